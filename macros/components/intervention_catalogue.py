"""Choose an intervention: each kind, by area of need, with its size, time, staff, measures, evidence and cost.

The cost per pupil is worked out at the council's teaching assistant rate (site.yml costing) by the same sum as the
costed provision map (macros/core/costing.py), so the catalogue and the map agree.
"""

from __future__ import annotations

from ..core.costing import cost_per_pupil_pence, format_pounds
from ..core.render.basis import ASSET, record_basis
from ..core.render.html import block, markdown_heading, tag

ASSETS = (ASSET,)
PHASES = {"primary": "primary", "secondary": "secondary"}


def _times(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _advice(data, links, item, area_id: str):
    """Links to the services a school can ask (a service the council removed is left out), or None."""
    agencies = [data.agencies.get(agency_id) for agency_id in item.advice_from or ()]
    found = [agency for agency in agencies if agency is not None]
    if not found:
        return None

    def where(agency):  # the agencies page lists a service under each of its areas: this one if it can
        return area_id if area_id in (agency.areas or ()) else (agency.areas or (area_id,))[0]

    return [
        tag(
            "span",
            tag("a", agency.name, href=links.to("agencies", f"agencies-{where(agency)}")),
            ". ",
            class_="send-link-only",
        )  # a link that stands alone: a 44 px target on a phone
        for agency in found
    ]


def _card(data, links, item, area_id: str):
    rate_pence = round(data.site.costing.ta_hourly_rate * 100)
    cost = cost_per_pupil_pence(item.minutes, item.sessions_per_week, item.weeks, rate_pence, item.group_size)
    group = "One-to-one" if item.group_size == 1 else f"Groups of {item.group_size}"
    return tag(
        "section",
        tag("h3", item.name, id=f"{area_id}-{item.id}"),
        tag("p", item.summary),
        tag(
            "dl",
            tag("dt", "Size and time"),
            tag(
                "dd",
                f"{group}. {_times(item.minutes, 'minute', 'minutes')}, "
                f"{_times(item.sessions_per_week, 'time', 'times')} a week, for {_times(item.weeks, 'week', 'weeks')}.",
            ),
            tag("dt", "Suits"),
            tag("dd", " and ".join(PHASES[p] for p in item.phases).capitalize() + " schools."),
            tag("dt", "Who runs it"),
            tag("dd", item.staff + "."),
            tag("dt", "Training"),
            tag("dd", item.training),
            tag("dt", "Measure before"),
            tag("dd", item.entry),
            tag("dt", "Measure after"),
            tag("dd", item.exit),
            tag("dt", "Cost per pupil"),
            tag("dd", f"About {format_pounds(cost)} at {format_pounds(rate_pence)} an hour for the adult."),
            [tag("dt", "Ask for advice"), tag("dd", advice)]
            if (advice := _advice(data, links, item, area_id))
            else None,
            tag("dt", "What it rests on"),
            tag("dd", [tag("span", record_basis(data, links, basis), " ") for basis in item.evidence]),
            class_="intervention__facts",
        ),
        class_="intervention",
    )


def render(data, links, heading_level: int = 2):
    interventions = data["interventions"].interventions
    parts = []
    for area in data.areas:
        chosen = [item for item in interventions if area.id in item.areas]
        if not chosen:
            continue
        parts.append(markdown_heading(heading_level, area.name, f"interventions-{area.id}"))
        parts.append(tag("div", [_card(data, links, item, area.id) for item in chosen], class_="intervention-list"))
    return block(parts)
