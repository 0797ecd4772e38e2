"""A section per stage of the graduated response: when it starts, who, what happens, documents, how long, next.

Each section links to the roles involved and, where outside services take part,
to the agencies directory: a SENCo gets from any stage to the people in one click.
"""

from __future__ import annotations

from ..core.render.basis import ASSET
from ..core.render.facts import source_note
from ..core.render.html import block, markdown_heading, tag
from ..core.render.roles import role_links
from ..core.render.sections import titled
from ..core.render.text import REVIEW_RHYTHM, bullet_list, stage_length

ASSETS = (ASSET,)  # the basis label of local stage lengths
OUTSIDE_SERVICES_ROLE = "external-agencies"


def documents_list(data, stage):
    documents = data["stages"].documents
    items = [
        tag("div", tag("dt", documents[doc_id].name), tag("dd", documents[doc_id].description))
        for doc_id in stage.documents or ()
    ]
    return tag("dl", items, class_="stage__documents") if items else None


def who_is_involved(data, links, stage):
    parts = [tag("p", role_links(data, links, stage.involved, full_names=True), ".")]
    if OUTSIDE_SERVICES_ROLE in (stage.involved or ()):
        parts.append(
            tag(
                "p",
                "Find the outside services that can help, grouped by area of need, in ",
                tag("a", "the agencies directory", href=links.to("agencies")),
                ".",
            )
        )
    return parts


def how_long(data, links, stage):
    limit = data.facts.get(stage.statutory_limit) if stage.statutory_limit else None
    return [
        tag(
            "p",
            stage_length(data, links, stage),
            "" if stage.duration.basis == "local-practice" else ".",
            (" " + stage.duration.note) if stage.duration.note else None,
        ),
        tag("p", "The legal time limit: ", limit.statement, " ", source_note(data, links, limit)) if limit else None,
        tag(
            "p",
            f"Reviewed: {REVIEW_RHYTHM[stage.review.rhythm].lower()}.",
            (" " + stage.review.detail) if stage.review.detail else None,
        ),
    ]


def render(data, links, heading_level: int = 2):
    sub = f"h{heading_level + 1}"
    sections = []
    for stage in data.stages:

        def part(title, *content, key):
            return titled(sub, title, f"stage-{stage.id}-{key}", *content)

        sections.append(markdown_heading(heading_level, f"Stage {stage.number}: {stage.name}", f"stage-{stage.id}"))
        sections.append(
            tag(
                "section",
                part("When it starts", tag("p", stage.trigger) if stage.trigger else None, key="starts"),
                part("Who is involved", *who_is_involved(data, links, stage), key="who"),
                part("What happens", bullet_list(stage.actions), key="actions"),
                part("Documents", documents_list(data, stage), key="documents"),
                part("How long it lasts", *how_long(data, links, stage), key="how-long"),
                part("What happens next", tag("p", stage.next) if stage.next else None, key="next"),
                class_="stage",
                data_stage=stage.number,
            )
        )
    return block(sections)
