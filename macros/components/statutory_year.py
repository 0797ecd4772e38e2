"""The SENCo's statutory year (docs/statutory-year.md): the duties and rules behind each job, each with its basis.

- `statutory_year("report")`: the duty to write an SEN information report (a statutory fact). What the report must
  include is ticked on the sen-information-report checklist, from statutory_year.yml.
- `statutory_year("exams")`: exam access arrangements from one year's JCQ document. The page always says which year
  the points are for and to check the current document; the build warns once that year has ended.
- `statutory_year("records")`: how records move with a pupil and who can see them (statutory facts), what to record
  and how long to keep it.
"""

from __future__ import annotations

from datetime import date

from ..core.render.basis import ASSET, record_basis
from ..core.render.facts import fact_item, not_confirmed_note
from ..core.render.html import block, tag
from ..core.school_year import MONTH_NAMES

ASSETS = (ASSET,)

# The statutory facts each part of the page shows, in order.
PART_FACTS = {"report": ("sen-information-report-duty",)}


def _day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _exam_year(data, links, exams):
    """Which JCQ year the points are for, and what to do: never a bare list of rules that may have changed."""
    start, end = date.fromisoformat(exams.valid_from), date.fromisoformat(exams.valid_to)
    return tag(
        "div",
        tag("p", tag("strong", f"These points are for the {start.year} to {end.year} exam year only.")),
        tag(
            "p",
            f"They come from the JCQ rules that ran from {_day(exams.valid_from)} to {_day(exams.valid_to)}. "
            "JCQ publishes new rules every year. Check the current ",
            tag("a", "JCQ access arrangements document", href=data.sources[exams.source].url),
            " before you act on them.",
        ),
        class_="exam-year admonition warning",
        data_valid_from=exams.valid_from,
        data_valid_to=exams.valid_to,
    )


def _point(data, links, point, anchor=None):
    """A point with its title, text, basis label (pointing at its Sources page row, if it has one) and any note."""
    return tag(
        "li",
        tag("strong", point.title),
        ": ",
        point.text,
        " ",
        record_basis(data, links, point.basis, anchor=anchor),
        not_confirmed_note(point),
        data_point=point.id,
    )


def records_anchor(point) -> str | None:
    """The Sources page row of a records point stated as law or statutory guidance (practice is in its own list)."""
    return f"records-{point.id}" if point.basis.kind in ("law", "statutory-guidance") else None


def render(data, links, part: str = "report"):
    if part == "exams":
        exams = data["statutory_year"].access_arrangements
        return block(
            _exam_year(data, links, exams),
            tag("ul", [_point(data, links, point) for point in exams.points], class_="exam-access"),
        )
    if part == "records":
        records = data["statutory_year"].records
        return block(
            tag(
                "ul",
                [fact_item(data, links, data.facts[fact_id]) for fact_id in records.facts],
                class_="statutory-year__law",
            ),
            tag("ul", [_point(data, links, p, records_anchor(p)) for p in records.points], class_="records-points"),
        )
    return tag(
        "ul",
        [fact_item(data, links, data.facts[fact_id]) for fact_id in PART_FACTS[part]],
        class_="statutory-year__law",
    )
