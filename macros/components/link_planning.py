"""Link planning with the link educational psychologist and specialist teacher."""

from __future__ import annotations

from ..core.render.basis import ASSET, record_basis
from ..core.render.html import block, tag
from ..core.render.sections import titled


ASSETS = (ASSET,)


def render(data, links, heading_level: int = 3):
    meetings = data["meetings"]
    meeting = meetings.link_planning
    h = f"h{heading_level}"
    questions = [
        tag(
            "li",
            question.text,
            tag("br") if question.hint else None,
            tag("span", question.hint, class_="hint") if question.hint else None,
            id=f"question-{question.id}",
        )
        for question in meeting.questions or ()
    ]
    parts = [
        tag(
            "p", "This is how one council works. ", record_basis(data, links, meetings.basis), class_="meetings__basis"
        ),
        tag("p", meeting.purpose) if meeting.purpose else None,
    ]
    for title, anchor, text in (
        ("Working with both of them", "link-together", meeting.together),
        ("Your hours, in termly blocks", "link-hours", meeting.hours),
        ("When your priorities change", "link-changes", meeting.changes),
    ):
        parts.append(titled(h, title, anchor, tag("p", text) if text else None, markdown=True))
    parts.append(
        titled(
            h,
            "Questions to think about before the meeting",
            "link-questions",
            tag("ol", questions, class_="link-questions") if questions else None,
            markdown=True,
        )
    )
    return block(parts)
