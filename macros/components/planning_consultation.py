"""Termly planning and consultation meetings: who attends, when, priorities, support, records, review."""

from __future__ import annotations

from ..core.render.html import block, tag
from ..core.render.sections import titled
from ..core.render.roles import role_links
from ..core.render.text import bullet_list, plural


def render(data, links, heading_level: int = 3):
    meeting = data["meetings"].planning_consultation
    h = f"h{heading_level}"
    parts = [tag("p", meeting.purpose) if meeting.purpose else None]

    def section(title, anchor, *content):
        parts.append(titled(h, title, anchor, *content, markdown=True))

    section("Principles", "meeting-principles", bullet_list(meeting.principles))
    section(
        "Who attends",
        "meeting-attendees",
        tag("p", "Always: ", role_links(data, links, meeting.attendees, full_names=True), ".")
        if meeting.attendees
        else None,
        tag("p", "When needed: ", role_links(data, links, meeting.may_attend, full_names=True), ".")
        if meeting.may_attend
        else None,
        tag(
            "p",
            "Named link staff from the local authority's services: ",
            role_links(data, links, meeting.link_teams, full_names=True),
            ".",
        )
        if meeting.link_teams
        else None,
    )
    section("When meetings happen", "meeting-timing", tag("p", meeting.timing) if meeting.timing else None)
    section(
        "Priorities",
        "meeting-priorities",
        tag("ul", [tag("li", p.text, id=f"priority-{p.id}") for p in meeting.priorities])
        if meeting.priorities
        else None,
    )
    forms = meeting.forms_of_support or ()
    section(
        f"The {plural(len(forms), 'form')} of support",
        "meeting-support",
        tag("ol", [tag("li", f.text, id=f"support-{f.id}") for f in forms]) if forms else None,
    )
    section("How meetings are recorded", "meeting-recording", bullet_list(meeting.recording))
    section("How the meetings are reviewed", "meeting-evaluation", bullet_list(meeting.evaluation))
    return block(parts)
