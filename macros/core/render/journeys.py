"""A journey through the SEND system as one shape, whatever file it comes from.

The EHC needs assessment (`ehcna.yml`, weeks from the request) and the journeys
after the plan (`journeys.yml`: annual review, moving school, appeals...) are drawn
and listed by the same components (`journey_timeline`, `journey_steps`). This
module turns either file's records into that one shape, so the components never
ask which file a journey came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .text import plural

EHCNA = "ehcna"  # the journey id of the EHC needs assessment (data/ehcna.yml)
DAYS_PER_WEEK = 7


@dataclass(frozen=True)
class Mark:
    """A time limit set in law, drawn as a diamond at `at` (in the journey's unit)."""

    at: float
    fact: object
    label: str | None = None  # when shown in the text version ("15 February"); None: the step lists it


@dataclass(frozen=True)
class Bracket:
    """A period the family has (the 15 days), drawn as a bracket from `start` to `end`."""

    start: float
    end: float
    fact: object


@dataclass(frozen=True)
class Journey:
    id: str
    steps: tuple  # records with number, title, basis, law, deadlines, family, professionals...
    unit: str | None = None  # "week" or "month"; None: no timeline
    total: float | None = None
    caption: str = ""
    marks: tuple = ()
    bracket: Bracket | None = None
    axis: tuple = ()  # (at, label) under the drawing
    key_law: str = ""
    key_steps: str = ""
    terms: tuple = ()
    tab_prefix: str = "step-"  # radio group ids for the audience tabs
    record: object = field(default=None, compare=False)

    def step_start(self, step) -> float | None:
        return step.start_week if self.id == EHCNA else step.start

    def step_end(self, step) -> float | None:
        return step.end_week if self.id == EHCNA else step.end

    def step_when(self, step) -> str | None:
        """`Weeks 0 to 6 (6 weeks)`, or the step's own words (`September to 15 February`)."""
        if step.get("when"):
            return step.when
        start, end = self.step_start(step), self.step_end(step)
        if start is None or end is None or not self.unit:
            return None
        return f"{self.unit.title()}s {start:g} to {end:g} ({plural(end - start, self.unit)})"


def _request_marks(data, steps) -> tuple:
    """The EHCNA's legal week marks: each step's deadlines counted in weeks from the request (6, 16, 20)."""
    marks = []
    for step in steps:
        for fact_id in step.deadlines or ():
            fact = data.facts[fact_id]
            if fact.get("from") == "request" and fact.period and fact.period.unit == "weeks":
                marks.append(Mark(fact.period.amount, fact))
    return tuple(marks)


def _family_days(data, steps, end: float) -> Bracket | None:
    """The family's days on the draft plan, at the latest they can run: ending at the final plan."""
    for step in steps:
        for fact_id in step.deadlines or ():
            fact = data.facts[fact_id]
            if fact.get("from") == "draft-served" and fact.period and fact.period.unit == "days":
                return Bracket(end - fact.period.amount / DAYS_PER_WEEK, end, fact)
    return None


# The fact whose period is the whole EHC needs assessment: the timeline, the home page and search read it there.
ASSESSMENT_LIMIT = "final-plan"


def assessment_weeks(data) -> int:
    """The weeks from the request to the final plan, from the law's record (never a second copy)."""
    return data.facts[ASSESSMENT_LIMIT].period.amount


def ehcna_journey(data) -> Journey:
    guide = data.guide
    total = assessment_weeks(data)
    return Journey(
        id=EHCNA,
        steps=tuple(guide.steps),
        unit="week",
        total=total,
        caption=f"The {plural(total, 'week')} of an EHC needs assessment, counted from the day the council gets the request",
        marks=_request_marks(data, guide.steps),
        bracket=_family_days(data, guide.steps, total),
        axis=tuple(
            (week, f"Week {week}" if week in (0, total) else str(week))
            for week in sorted({0, *(step.end_week for step in guide.steps)})
        ),
        key_law="Diamond and bold week: a time limit set in law. The bracket: your 15 days on the draft plan, also set in law.",
        key_steps="Coloured bars and other weeks: the steps of one council's process. This is local practice, not law.",
        terms=tuple(guide.terms or ()),
        tab_prefix="ehcna-step-",
        record=guide,
    )


def point_text(point) -> str:
    return point if isinstance(point, str) else point.text


def point_groups(step) -> list[tuple[object, list[tuple[int, str]]]]:
    """The step's main points, each under its own basis, in order: [(basis, [(number, text), ...]), ...].

    A point written as plain text has the step's basis; a point with a basis of its own (law inside a
    local-practice step, practice inside a law step) is shown under that basis, never the step's.
    Points are numbered from 1 in the step: the Sources page lists each legal one under that number.
    """
    groups: list[tuple[object, list[tuple[int, str]]]] = []
    for number, point in enumerate(step.main_points or (), start=1):
        basis = step.basis if isinstance(point, str) else point.basis
        if groups and groups[-1][0] == basis:
            groups[-1][1].append((number, point_text(point)))
        else:
            groups.append((basis, [(number, point_text(point))]))
    return groups


def point_anchor(journey_id: str, step, number: int) -> str:
    """The Sources page row of a step's legal point: `point-annual-review-invitations-1`."""
    return f"point-{journey_id}-{step.id}-{number}"


def all_journeys(data) -> list[Journey]:
    """The EHC needs assessment, then every journey after the plan."""
    return [ehcna_journey(data)] + [journey(data, record.id) for record in journeys(data)]


def journeys(data):
    """The journeys after the plan (data/journeys.yml)."""
    return data["journeys"].journeys


def journey(data, journey_id: str) -> Journey:
    """The journey with this id: `ehcna`, or an id in journeys.yml."""
    if journey_id == EHCNA:
        return ehcna_journey(data)
    record = journeys(data)[journey_id]
    timeline = record.timeline
    facts = data.facts
    marks, bracket, axis = (), None, ()
    if timeline:
        marks = tuple(Mark(mark.at, facts[mark.fact], mark.label) for mark in timeline.marks or ())
        if timeline.bracket:
            days = facts[timeline.bracket.fact]
            start = timeline.bracket.start
            bracket = Bracket(start, start + days.period.amount / DAYS_PER_WEEK, days)
        axis = tuple((tick.at, tick.text) for tick in timeline.axis or ())
    return Journey(
        id=record.id,
        steps=tuple(record.steps),
        unit=timeline.unit if timeline else None,
        total=timeline.total if timeline else None,
        caption=timeline.caption if timeline else "",
        marks=marks,
        bracket=bracket,
        axis=axis,
        key_law=timeline.key_law if timeline else "",
        key_steps=timeline.key_steps if timeline else "",
        terms=(),
        tab_prefix=f"{record.id}-step-",
        record=record,
    )
