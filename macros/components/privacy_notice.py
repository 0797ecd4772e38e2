"""The privacy page: what the guide keeps in a browser, where, for how long, what never leaves it, how to clear it,
and what this means under UK data protection law for a school whose staff use it.

Written for parents and for a school's data protection lead. The legal points come from data with their basis.
"""

from __future__ import annotations

from ..core.render.basis import ASSET as BASIS_ASSET
from ..core.render.basis import fact_basis
from ..core.render.html import block, markdown_heading, tag
from ..core.render.text import bullet_list
from . import forget_everything, record_switcher

ASSETS = (BASIS_ASSET, *forget_everything.ASSETS)

PRIVACY_FACTS = ("school-is-controller", "health-details-special")


def _fact(data, links, fact_id):
    fact = data.facts[fact_id]
    return tag("p", fact.statement, " ", fact_basis(data, links, fact))


def _privacy_contact(privacy):
    """A council's own contact for privacy questions (site.privacy, from its overlay)."""
    return tag(
        "p",
        f"{privacy.name}: ",
        tag("a", privacy.email, href=f"mailto:{privacy.email}"),
        [". ", tag("a", f"{privacy.name.rstrip('.')}: privacy notice", href=privacy.url)] if privacy.url else None,
        ".",
        class_="privacy-notice__contact",
    )


def render(data, links):
    site = data.site
    return block(
        tag(
            "p",
            "This guide runs in your browser. It has no server that receives what you type, it sets no cookies, "
            "and it makes no request to any other website.",
        ),
        markdown_heading(2, "What the guide keeps, and where", "what-is-kept"),
        bullet_list(
            [
                "Ticks on a checklist with no child named: kept in this browser, so they are still there when you come back. "
                "They say nothing about who they are for.",
                "Names, dates of birth, dates, and what you type in a form, letter or calculator. These are kept on this "
                "device only if you choose. Until you choose, they are gone when you leave the page.",
                "The name or initials you give each child, so you can keep several children's records apart.",
                "Your choice of light or dark colours, if you change it.",
            ]
        ),
        tag("p", record_switcher.KEPT_MEANS),
        markdown_heading(2, "How long it is kept", "how-long"),
        tag("p", "You choose for each child, on every form, checklist, calculator and letter:"),
        bullet_list(
            [
                "not at all: gone when you leave the page (this is what happens until you choose);",
                "until you close the browser tab: best on a shared computer;",
                "for 30 days after your last change: then removed the next time you open one of its forms, checklists, "
                "calculators or letters, or My records;",
                "until you clear it.",
            ]
        ),
        tag("p", "Your choice and the date it ends are shown beside each form."),
        markdown_heading(2, "What is never sent anywhere", "never-sent"),
        tag(
            "p",
            "Nothing you type or tick leaves this browser. The publisher of this guide, "
            f"{site.publisher}, never receives it and cannot see it. There is no analytics, no advertising and no "
            "tracking. Printing, copying, downloading a Word file or a calendar file, and exporting all happen on "
            "your device: you decide where those files go.",
        ),
        markdown_heading(2, "See, move and clear what is kept", "clear"),
        tag(
            "p",
            tag("a", "My records", href=links.to("my-records")),
            " lists everything kept in this browser, by child "
            "and by kind, with the date each was last changed. You can open, export or delete each one there, and "
            "import an export on another computer.",
        ),
        tag(
            "p",
            "To remove everything this guide keeps in this browser at once, use this button. It is also at the "
            "bottom of every page.",
        ),
        forget_everything.render(data, links, place="page"),
        tag(
            "p",
            "You can also clear this site's data in your browser's settings. Clearing your browsing history "
            "may remove it too.",
        ),
        markdown_heading(2, "For schools: data protection", "schools"),
        tag("p", "This is for a school's data protection lead."),
        _fact(data, links, "school-is-controller"),
        _fact(data, links, "health-details-special"),
        bullet_list(
            [
                "The guide's publisher is not a processor for the school: no personal data reaches it.",
                "Anything staff keep stays in the browser profile on the computer they used, readable by anyone who uses that "
                "profile. On a shared computer, keep records only until the tab is closed, or not at all.",
                "Staff can use initials instead of names.",
                "An export is a plain file that is not encrypted. Keep it where the school keeps other pupil records, such as "
                "its secure drive, and delete it when you no longer need it.",
                "Printed sheets and downloaded files are school records like any other: store and dispose of them under "
                "the school's own policy.",
            ]
        ),
        markdown_heading(2, "Questions about privacy", "questions"),
        tag(
            "p",
            "The guide's publisher holds no personal data from it, so it cannot see, change or delete anything "
            "kept in your browser. For questions about how your school or council uses your child's information, "
            "ask them: each has a data protection officer.",
        ),
        _privacy_contact(site.privacy) if site.privacy else None,
    )
