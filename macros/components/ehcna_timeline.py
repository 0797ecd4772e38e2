"""The EHC needs assessment's 20 weeks drawn to scale, backed by an ordered list of the same facts.

The drawing is inline SVG with presentation attributes (no style= under the
site's Content-Security-Policy) and is hidden from screen readers: the ordered
list below it says everything the drawing shows, for screen readers, print and
readers without CSS.
"""

from __future__ import annotations

from ..core.html import block, tag
from ..core.text import plural

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = ('ehcna-timeline',)

WIDTH = 400            # drawing units across the whole assessment
BAR_TOP, BAR_HEIGHT = 8, 36
AXIS_Y = 56
LABEL_Y = 76
HEIGHT = 84


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


def week_marks(guide) -> list[int]:
    """0 and the end of every step: 0, 6, 12, 16, 20."""
    return sorted({0, *(step.end_week for step in guide.steps)})


def chart(data, guide):
    total = guide.total_weeks
    shapes = []
    for step in guide.steps:
        x, end = week_x(step.start_week, total), week_x(step.end_week, total)
        shapes.append(tag("rect", x=_n(x), y=BAR_TOP, width=_n(end - x), height=BAR_HEIGHT, rx=3,
                          class_=f"ehcna-timeline__bar ehcna-timeline__bar--{step.number}",
                          data_step=step.number))
        shapes.append(tag("text", f"Step {step.number}", x=_n((x + end) / 2), y=_n(BAR_TOP + BAR_HEIGHT / 2 + 6),
                          text_anchor="middle", class_="ehcna-timeline__bar-label"))
    shapes.append(tag("line", x1=0, y1=AXIS_Y, x2=WIDTH, y2=AXIS_Y, class_="ehcna-timeline__axis"))
    marks = week_marks(guide)
    for week in marks:
        x = week_x(week, total)
        anchor = "start" if week == 0 else "end" if week == total else "middle"
        shapes.append(tag("line", x1=_n(x), y1=AXIS_Y - 6, x2=_n(x), y2=AXIS_Y + 4, class_="ehcna-timeline__tick"))
        shapes.append(tag("text", f"Week {week}" if week in (0, total) else str(week), x=_n(x), y=LABEL_Y, text_anchor=anchor, class_="ehcna-timeline__mark"))
    return tag("svg", shapes, viewBox=f"0 0 {WIDTH} {HEIGHT}", class_="ehcna-timeline__chart",
               aria_hidden="true", focusable="false", data_marks=" ".join(map(str, marks)))


def step_item(data, step):
    weeks = step.end_week - step.start_week
    deadlines = [tag("li", f"By week {fact.period.amount}: {fact.title}", class_="ehcna-timeline__deadline")
                 for fact in request_deadlines(data, step)]
    return tag("li",
               tag("a", f"Step {step.number}: {step.title}", href=f"#step-{step.number}"),
               tag("span", f"Weeks {step.start_week} to {step.end_week} ({plural(weeks, 'week')})",
                   class_="ehcna-timeline__weeks"),
               tag("ul", deadlines, class_="ehcna-timeline__deadlines") if deadlines else None,
               class_="ehcna-timeline__step", data_start=step.start_week, data_end=step.end_week)


def render(data, links):
    guide = data.guide
    return block(tag(
        "figure",
        tag("figcaption", f"The {plural(guide.total_weeks, 'week')} of an EHC needs assessment, "
                          "counted from the day the local authority gets the request",
            class_="ehcna-timeline__caption"),
        chart(data, guide),
        tag("ol", [step_item(data, step) for step in guide.steps], class_="ehcna-timeline__steps"),
        class_="ehcna-timeline"))
