"""The EHC needs assessment's 20 weeks drawn to scale, backed by an ordered list of the same facts.

The law sets a few marks (weeks 6, 16 and 20 from the request, and the family's 15
days on the draft); how the weeks are split into steps is one council's local
practice. The drawing shows the two differently (a key says how), and the list says
the same in words: each step's band is labelled "Local practice", each legal time
limit "Set in law".

The drawing is inline SVG with presentation attributes (no style= under the
site's Content-Security-Policy) and is hidden from screen readers: the ordered
list below it says everything the drawing shows, for screen readers, print and
readers without CSS.
"""

from __future__ import annotations

from ..core.basis import ASSET, fact_basis, record_basis
from ..core.html import block, tag
from ..core.text import plural

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = (ASSET, 'ehcna-timeline')

WIDTH = 400            # drawing units across the whole assessment
BAR_TOP, BAR_HEIGHT = 8, 36
BRACKET_Y = 50
AXIS_Y = 62
LABEL_Y = 84
HEIGHT = 92
DAYS_PER_WEEK = 7


def week_x(week: float, total_weeks: int) -> float:
    """Where a week falls across the drawing: proportional to time."""
    return round(week * WIDTH / total_weeks, 2)


def _n(number: float) -> str:
    """`120` rather than `120.0` in the drawing's attributes."""
    return f"{number:g}"


def request_deadlines(data, step) -> list:
    """The step's statutory deadlines counted in weeks from the request: they fall on a week mark."""
    facts = (data.facts[fact_id] for fact_id in step.deadlines or ())
    return [fact for fact in facts
            if fact.get("from") == "request" and fact.period and fact.period.unit == "weeks"]


def legal_weeks(data, guide) -> set[int]:
    """The week marks the law sets: 6, 16, 20."""
    return {fact.period.amount for step in guide.steps for fact in request_deadlines(data, step)}


def family_days(data, guide):
    """The family's days on the draft plan (the 15 days), if a step names them."""
    for step in guide.steps:
        for fact_id in step.deadlines or ():
            fact = data.facts[fact_id]
            if fact.get("from") == "draft-served" and fact.period and fact.period.unit == "days":
                return fact
    return None


def week_marks(guide) -> list[int]:
    """0 and the end of every step: 0, 6, 12, 16, 20."""
    return sorted({0, *(step.end_week for step in guide.steps)})


def chart(data, guide):
    total = guide.total_weeks
    legal = legal_weeks(data, guide)
    shapes = []
    for step in guide.steps:
        x, end = week_x(step.start_week, total), week_x(step.end_week, total)
        shapes.append(tag("rect", x=_n(x), y=BAR_TOP, width=_n(end - x), height=BAR_HEIGHT, rx=3,
                          class_=f"ehcna-timeline__bar ehcna-timeline__bar--{step.number}",
                          data_step=step.number))
        shapes.append(tag("text", f"Step {step.number}", x=_n((x + end) / 2), y=_n(BAR_TOP + BAR_HEIGHT / 2 + 6),
                          text_anchor="middle", class_="ehcna-timeline__bar-label"))
    days = family_days(data, guide)
    if days:   # the latest the family's days can run: they end before the final plan at week 20
        start = week_x(total - days.period.amount / DAYS_PER_WEEK, total)
        shapes.append(tag("path", d=f"M{_n(start)} {BRACKET_Y - 4}V{BRACKET_Y}H{WIDTH}V{BRACKET_Y - 4}",
                          class_="ehcna-timeline__days", data_fact=days.id, fill="none"))
    shapes.append(tag("line", x1=0, y1=AXIS_Y, x2=WIDTH, y2=AXIS_Y, class_="ehcna-timeline__axis"))
    marks = week_marks(guide)
    for week in marks:
        x = week_x(week, total)
        anchor = "start" if week == 0 else "end" if week == total else "middle"
        if week in legal:
            shapes.append(tag("polygon", points=f"{_n(x)},{AXIS_Y - 8} {_n(x + 6)},{AXIS_Y} {_n(x)},{AXIS_Y + 8} "
                                                f"{_n(x - 6)},{AXIS_Y}",
                              class_="ehcna-timeline__legal", data_week=week))
        else:
            shapes.append(tag("line", x1=_n(x), y1=AXIS_Y - 6, x2=_n(x), y2=AXIS_Y + 4, class_="ehcna-timeline__tick"))
        shapes.append(tag("text", f"Week {week}" if week in (0, total) else str(week), x=_n(x), y=LABEL_Y,
                          text_anchor=anchor, font_weight="700" if week in legal else None,
                          class_="ehcna-timeline__mark"))
    return tag("svg", shapes, viewBox=f"0 0 {WIDTH} {HEIGHT}", class_="ehcna-timeline__chart",
               aria_hidden="true", focusable="false", data_marks=" ".join(map(str, marks)),
               data_legal=" ".join(map(str, sorted(legal))))


def key():
    """What the two kinds of mark mean, in words (also for print and high contrast)."""
    return tag("ul",
               tag("li", tag("span", class_="ehcna-timeline__swatch ehcna-timeline__swatch--law", aria_hidden="true"),
                   "Diamond and bold week: a time limit set in law. The bracket: your 15 days on the draft plan, also set in law.",
                   data_basis="law"),
               tag("li", tag("span", class_="ehcna-timeline__swatch ehcna-timeline__swatch--local", aria_hidden="true"),
                   "Coloured bars and other weeks: the steps of one council's process. This is local practice, not law.",
                   data_basis="local-practice"),
               class_="ehcna-timeline__key")


def when(fact) -> str:
    """`By week 6`, `At least 15 days`, `Within 6 weeks`: how a time limit is counted, in words."""
    period = fact.period
    if fact.get("from") == "request" and period.unit == "weeks":
        return f"By week {period.amount}"
    if period.first_day_counts and period.unit == "days":
        return f"At least {plural(period.amount, 'day')}"
    return f"Within {plural(period.amount, period.unit[:-1])}"


def step_item(data, links, step):
    weeks = step.end_week - step.start_week
    facts = [data.facts[fact_id] for fact_id in step.deadlines or ()]
    deadlines = [tag("li", f"{when(fact)}: {fact.title}. ", fact_basis(data, links, fact),
                     class_="ehcna-timeline__deadline", data_basis=fact.basis)
                 for fact in facts if fact.period]
    return tag("li",
               tag("a", f"Step {step.number}: {step.title}", href=f"#step-{step.number}"),
               tag("span", f"Weeks {step.start_week} to {step.end_week} ({plural(weeks, 'week')})",
                   class_="ehcna-timeline__weeks"),
               tag("span", record_basis(data, links, step.basis), class_="ehcna-timeline__band-basis")
               if step.basis else None,
               tag("ul", deadlines, class_="ehcna-timeline__deadlines") if deadlines else None,
               class_="ehcna-timeline__step", data_start=step.start_week, data_end=step.end_week)


def render(data, links):
    guide = data.guide
    return block(tag(
        "figure",
        tag("figcaption", f"The {plural(guide.total_weeks, 'week')} of an EHC needs assessment, "
                          "counted from the day the council gets the request",
            class_="ehcna-timeline__caption"),
        chart(data, guide),
        key(),
        tag("ol", [step_item(data, links, step) for step in guide.steps], class_="ehcna-timeline__steps"),
        class_="ehcna-timeline"))
