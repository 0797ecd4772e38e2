"""A journey drawn to scale (the EHC needs assessment's 20 weeks, an annual review, a move of school...),
backed by an ordered list of the same facts.

The law sets a few marks (weeks 6, 16 and 20 from the request; 2 weeks before a
review meeting; 15 February); how the time between them is split into steps may
be one council's local practice. The drawing shows the two differently (a key says
how), and the list says the same in words: each step's band carries its basis label,
each legal time limit "Set in law".

The drawing is inline SVG with presentation attributes (no style= under the
site's Content-Security-Policy) and is hidden from screen readers: the ordered
list below it says everything the drawing shows, for screen readers, print and
readers without CSS. The CSS classes keep the name of the first journey drawn
(`ehcna-timeline`), so every journey shares one stylesheet.
"""

from __future__ import annotations

from ..core.render.basis import ASSET, fact_basis, record_basis
from ..core.render.html import block, tag
from ..core.render.journeys import EHCNA, journey as find_journey
from ..core.render.text import plural

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = (ASSET, "ehcna-timeline")

WIDTH = 400  # drawing units across the whole journey
BAR_TOP, BAR_HEIGHT = 8, 36
BRACKET_Y = 50
AXIS_Y = 62
LABEL_Y = 84
HEIGHT = 92


def unit_x(at: float, total: float) -> float:
    """Where a point in time falls across the drawing: proportional to time."""
    return round(at * WIDTH / total, 2)


def _n(number: float) -> str:
    """`120` rather than `120.0` in the drawing's attributes."""
    return f"{number:g}"


def _diamond(x: float, at: float):
    return tag(
        "polygon",
        points=f"{_n(x)},{AXIS_Y - 8} {_n(x + 6)},{AXIS_Y} {_n(x)},{AXIS_Y + 8} {_n(x - 6)},{AXIS_Y}",
        class_="ehcna-timeline__legal",
        data_week=_n(at),
    )


def chart(journey):
    total = journey.total
    legal = {mark.at for mark in journey.marks}
    shapes = []
    for step in journey.steps:
        x, end = unit_x(journey.step_start(step), total), unit_x(journey.step_end(step), total)
        shapes.append(
            tag(
                "rect",
                x=_n(x),
                y=BAR_TOP,
                width=_n(end - x),
                height=BAR_HEIGHT,
                rx=3,
                class_=f"ehcna-timeline__bar ehcna-timeline__bar--{step.number}",
                data_step=step.number,
            )
        )
        shapes.append(
            tag(
                "text",
                f"Step {step.number}",
                x=_n((x + end) / 2),
                y=_n(BAR_TOP + BAR_HEIGHT / 2 + 6),
                text_anchor="middle",
                class_="ehcna-timeline__bar-label",
            )
        )
    if journey.bracket:
        start, end = unit_x(journey.bracket.start, total), unit_x(journey.bracket.end, total)
        shapes.append(
            tag(
                "path",
                d=f"M{_n(start)} {BRACKET_Y - 4}V{BRACKET_Y}H{_n(end)}V{BRACKET_Y - 4}",
                class_="ehcna-timeline__days",
                data_fact=journey.bracket.fact.id,
                fill="none",
            )
        )
    shapes.append(tag("line", x1=0, y1=AXIS_Y, x2=WIDTH, y2=AXIS_Y, class_="ehcna-timeline__axis"))
    ticks = [at for at, _ in journey.axis]
    for at, label in journey.axis:
        x = unit_x(at, total)
        anchor = "start" if at == 0 else "end" if at == total else "middle"
        if at in legal:
            shapes.append(_diamond(x, at))
        else:
            shapes.append(tag("line", x1=_n(x), y1=AXIS_Y - 6, x2=_n(x), y2=AXIS_Y + 4, class_="ehcna-timeline__tick"))
        shapes.append(
            tag(
                "text",
                label,
                x=_n(x),
                y=LABEL_Y,
                text_anchor=anchor,
                font_weight="700" if at in legal else None,
                class_="ehcna-timeline__mark",
            )
        )
    shapes += [_diamond(unit_x(at, total), at) for at in sorted(legal - set(ticks))]
    return tag(
        "svg",
        shapes,
        viewBox=f"0 0 {WIDTH} {HEIGHT}",
        class_="ehcna-timeline__chart",
        aria_hidden="true",
        focusable="false",
        data_marks=" ".join(map(_n, ticks)),
        data_legal=" ".join(map(_n, sorted(legal))),
    )


def key(journey):
    """What the two kinds of mark mean, in words (also for print and high contrast)."""
    return tag(
        "ul",
        tag(
            "li",
            tag("span", class_="ehcna-timeline__swatch ehcna-timeline__swatch--law", aria_hidden="true"),
            journey.key_law,
            data_basis="law",
        ),
        tag(
            "li",
            tag("span", class_="ehcna-timeline__swatch ehcna-timeline__swatch--local", aria_hidden="true"),
            journey.key_steps,
            data_basis="local-practice",
        ),
        class_="ehcna-timeline__key",
    )


def when(fact) -> str:
    """`By week 6`, `At least 15 days`, `Within 6 weeks`: how a time limit is counted, in words."""
    period = fact.period
    if fact.get("from") == "request" and period.unit == "weeks":
        return f"By week {period.amount}"
    if period.first_day_counts and period.unit == "days":
        return f"At least {plural(period.amount, 'day')}"
    return f"Within {plural(period.amount, period.unit[:-1])}"


def step_item(data, links, journey, step):
    facts = [data.facts[fact_id] for fact_id in step.deadlines or ()]
    deadlines = [
        tag(
            "li",
            f"{when(fact)}: {fact.title}. ",
            fact_basis(data, links, fact),
            class_="ehcna-timeline__deadline",
            data_basis=fact.basis,
        )
        for fact in facts
        if fact.period
    ]
    return tag(
        "li",
        tag("a", f"Step {step.number}: {step.title}", href=f"#step-{step.number}"),
        tag("span", journey.step_when(step), class_="ehcna-timeline__weeks"),
        tag("span", record_basis(data, links, step.basis), class_="ehcna-timeline__band-basis") if step.basis else None,
        tag("ul", deadlines, class_="ehcna-timeline__deadlines") if deadlines else None,
        class_="ehcna-timeline__step",
        data_start=_n(journey.step_start(step)),
        data_end=_n(journey.step_end(step)),
    )


def marks_list(data, links, journey):
    """The marks the steps do not list themselves ("15 February: ..."), in order, each with its basis."""
    named = [mark for mark in journey.marks if mark.label]
    if not named:
        return None
    return tag(
        "ul",
        [
            tag(
                "li",
                tag("strong", mark.label),
                f": {mark.fact.title}. ",
                fact_basis(data, links, mark.fact),
                class_="ehcna-timeline__deadline",
                data_basis=mark.fact.basis,
                data_at=_n(mark.at),
            )
            for mark in sorted(named, key=lambda mark: mark.at)
        ],
        class_="ehcna-timeline__marks",
    )


def render(data, links, journey: str = EHCNA):
    """`journey_timeline("annual-review")`: the journey's drawing, key and text version."""
    found = find_journey(data, journey)  # the validator has checked it has a timeline (checks/page_calls.py)
    return block(
        tag(
            "figure",
            tag("figcaption", found.caption, class_="ehcna-timeline__caption"),
            chart(found),
            key(found),
            tag("ol", [step_item(data, links, found, step) for step in found.steps], class_="ehcna-timeline__steps"),
            marks_list(data, links, found),
            class_="ehcna-timeline",
        )
    )
