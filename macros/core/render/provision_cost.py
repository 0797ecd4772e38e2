"""The costed provision map's extra parts: the rate it starts from, each row's cost and the total with its flag.

The figures the browser needs (the teaching assistant rate, the £6,000 and where "nears" starts) and every
message it may show are written into the HTML here, from the data: the script holds no figure or wording.
Without JavaScript the form prints as a blank with the sum written out, to work out by hand.
"""

from __future__ import annotations

from ..costing import format_pounds
from .html import tag


def _pence(pounds: float) -> int:
    return round(pounds * 100)


def threshold(data):
    """The funding fact the map compares a pupil's total with (first-6000), and where "nears" starts, in pence."""
    costing = data["funding"].costing
    fact = data["funding"].facts[costing.threshold_fact]
    return fact, _pence(fact.amount), _pence(costing.near_from)


def root_attributes(data) -> dict:
    """Data attributes on the form: what provision-cost.js reads."""
    fact, threshold_pence, near_pence = threshold(data)
    return {
        "data_provision_cost": "",
        "data_rate_pence": _pence(data.site.costing.ta_hourly_rate),
        "data_threshold_pence": threshold_pence,
        "data_near_pence": near_pence,
        "data_check_message": "Check the numbers: type whole numbers, and the cost in pounds.",
    }


def rate_note(data, links):
    """Before the first section: the rate the map starts from, and the sum it does."""
    costing = data.site.costing
    rate = format_pounds(_pence(costing.ta_hourly_rate))
    return tag(
        "div",
        tag("p", tag("strong", f"Teaching assistant rate: {rate} an hour. "), costing.rate_note),
        tag("p", "Cost per pupil = minutes × sessions a week × weeks × hourly cost ÷ pupils in the group ÷ 60."),
        class_="provision-cost__rate",
    )


def row_cost(template_id: str, section_key: str):
    """At the end of each intervention: its cost per pupil, worked out in the browser, a line to write on in print."""
    output_id = f"cost-{template_id}-{section_key}"
    return tag(
        "p",
        tag("strong", "Cost per pupil: "),
        tag("output", "£", id=output_id, data_cost_row=section_key.rsplit("-", 1)[1]),
        class_="provision-cost__row",
    )


def total(data, links, template_id: str):
    """After the last section: the year's total, and the flag messages the script shows when it nears or passes £6,000."""
    fact, threshold_pence, near_pence = threshold(data)
    limit = format_pounds(threshold_pence).removesuffix(".00")
    to_fact = links.to("interventions", f"funding-{fact.id}")
    top_up = data.site.costing.top_up_route
    ask = (
        tag("p", top_up)
        if top_up
        else tag(
            "p",
            "Ask your council how to apply for top-up funding. ",
            tag("a", "Read about top-up funding", href=links.to("interventions", "funding-top-up-funding")),
            ".",
        )
    )
    return tag(
        "section",
        tag("h2", "Total for the year", id=f"total-{template_id}"),
        tag(
            "p",
            tag("strong", "Extra support for this pupil this year: "),
            tag("output", "£", id=f"cost-{template_id}-total", data_cost_total=""),
        ),
        tag(
            "div",
            tag(
                "div",
                tag(
                    "p",
                    tag("strong", f"This is close to {limit}."),
                    f" Schools are expected to pay up to {limit} a year of a pupil's extra support. ",
                    tag("a", "How this is set", href=to_fact),
                    ".",
                ),
                ask,
                data_flag="near",
                hidden=True,
                class_="provision-cost__flag",
            ),
            tag(
                "div",
                tag(
                    "p",
                    tag("strong", f"This is {limit} or more."),
                    " It may be more than the school is expected to pay from its notional SEN budget. ",
                    tag("a", "How this is set", href=to_fact),
                    ".",
                ),
                ask,
                data_flag="over",
                hidden=True,
                class_="provision-cost__flag",
            ),
            role="status",
        ),  # announced when the script shows one
        class_="provision-cost__total",
        aria_labelledby=f"total-{template_id}",
    )
