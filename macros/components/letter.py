"""A letter a family sends: when to use it, the law it rests on, a form, and the letter itself.

The letter is printed with blanks to fill by hand (no JavaScript needed); letter.js fills it live as the
person types, and adds Print and Copy text. What is typed belongs to the child chosen in the record
switcher and is kept only as the person chooses (records.js), like a template's fields.
"""

from __future__ import annotations

from ..core.dataset.checks.letters import PLACEHOLDER
from ..core.render.contacts import council_contacts
from ..core.render.facts import fact_item
from ..core.render.html import block, markdown_heading, tag
from . import next_steps, record_switcher

ASSETS = (
    *record_switcher.ASSETS,
    *next_steps.ASSETS,
    "saved-locally",
    "letter",
)  # saved-locally fetches docx-writer when used

SENDERS = {"parent": "a parent or carer", "young-person": "a young person over school age"}
RECIPIENTS = {
    "council": "the council's SEN team",
    "school": "the school or college",
    "mediation-adviser": "the mediation adviser named in the council's decision letter",
}
PROOF = (
    "Keep a copy of the letter. Keep proof of when you sent it: send it by email, or get a free "
    "certificate of posting at the Post Office."
)


def letters(data):
    return data["letters"].letters


def page_path(letter_id: str) -> str:
    """Where a letter's page is (docs/letters/ID.md), for links from calculators and other pages."""
    return f"letters/{letter_id}"


def carried_dates(data, page: str) -> dict[str, str]:
    """{calculator input: letter field} for a calculator's late date that leads to a letter page: the dates carried across."""
    letter_id = page.removeprefix(f"{page_path('')}")
    found = letters(data).get(letter_id) if page.startswith(page_path("")) else None
    if found is None:
        return {}
    fields = data["letters"].fields
    return {fields[field_id].from_calculator: field_id for field_id in found.fields if fields[field_id].from_calculator}


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:]


def _control(letter_id, field, default=None):
    field_id = f"letter-{letter_id}-{field.id}"
    hint = "Leave it empty to send it to the council's SEN team, as the letter shows." if default else field.hint
    hint_id = f"{field_id}-hint" if hint else None
    common = {"id": field_id, "data_field": field.id, "aria_describedby": hint_id, "autocomplete": "off"}
    if field.type == "textarea":
        control = tag("textarea", rows=field.lines or 3, **common)
    else:
        control = tag("input", type="text", class_="letter-form__date" if field.type == "date" else None, **common)
    return tag(
        "div",
        tag("label", field.label, for_=field_id),
        tag("p", hint, id=hint_id, class_="letter-form__hint") if hint else None,
        control,
        class_="letter-form__field",
    )


def council_addressee(data) -> str | None:
    """The council's SEN team as a letter's addressee, from its overlay (site.yml contacts), one line a part."""
    team = council_contacts(data).get("sen-team")
    if team is None or not (team.address or team.email):
        return None
    return "\n".join(
        [*(team.address.split(", ") if team.address else [team.name]), *([team.email] if team.email else [])]
    )


def _default(data, letter, field_id):
    """What a blank shows until typed, when the data knows it: the council's SEN team for a letter to the council."""
    return council_addressee(data) if field_id == "recipient-address" and letter.to == "council" else None


def _blank(field, default=None):
    """A place in the letter a field fills: its label in brackets until typed (a line to write on, in print),
    or what the data knows (`default`), which typing replaces."""
    lines = field.lines if field.type == "textarea" and not default else None
    return tag(
        "span",
        default or f"[{field.label}]",
        class_="letter__fill" + (" letter__fill--lines" if lines else ""),
        data_fill=field.id,
        data_label=default or f"[{field.label}]",
        data_lines=lines,
        data_default="" if default else None,
    )


def filled_text(data, text: str) -> list:
    """Letter text with each `{field}` replaced by its blank."""
    fields = data["letters"].fields
    parts, at = [], 0
    for match in PLACEHOLDER.finditer(text):
        parts += [text[at : match.start()], _blank(fields[match.group(1)])]
        at = match.end()
    return [*parts, text[at:]]


def _field_line(data, letter, field_id, class_):
    if field_id not in letter.fields:
        return None
    return tag("p", _blank(data["letters"].fields[field_id], _default(data, letter, field_id)), class_=class_)


def _sheet(data, letter):
    """The letter as it is printed and copied."""
    return tag(
        "div",
        tag(
            "div",
            _field_line(data, letter, "sender-name", "letter__sender"),
            _field_line(data, letter, "sender-address", "letter__sender"),
            _field_line(data, letter, "sender-contact", "letter__sender"),
            class_="letter__from",
        ),
        _field_line(data, letter, "recipient-address", "letter__to"),
        _field_line(data, letter, "letter-date", "letter__date"),
        tag("p", tag("strong", filled_text(data, letter.subject)), class_="letter__subject"),
        tag("p", letter.greeting),
        [tag("p", filled_text(data, text)) for text in letter.paragraphs],
        tag("p", "Yours sincerely"),
        _field_line(data, letter, "sender-name", "letter__signature"),
        class_="letter__sheet",
        data_letter_sheet="",
        data_no_first_use="",
    )


def _sent_record():
    """Lines for the family's own copy: when and how it was sent."""
    return tag(
        "div",
        tag("p", "For your own copy:"),
        tag("p", "Date sent: ", tag("span", class_="letter__line")),
        tag("p", "How sent: ", tag("span", class_="letter__line")),
        class_="letter__sent",
    )


def render(data, links, letter_id: str | None = None):
    """`letter("ask-for-assessment")`: the whole letter page below its title (with no id, the first letter)."""
    letter = letters(data)[letter_id] if letter_id else letters(data)[0]
    fields = data["letters"].fields
    facts = [data.facts[fact_id] for fact_id in letter.facts]
    about = tag(
        "div",
        tag("p", "Part of: ", tag("a", "Letters", href=links.to("letters")), class_="part-of"),
        tag(
            "dl",
            tag("dt", "Who sends it"),
            tag("dd", _sentence(SENDERS[letter["from"]])),
            tag("dt", "Who it goes to"),
            tag("dd", _sentence(RECIPIENTS[letter.to])),
            class_="letter-about__who",
        ),
        class_="letter-about send-no-print",
    )
    form = tag(
        "div",
        record_switcher.render(data, links, "letter", letter.id, "letter"),
        tag(
            "fieldset",
            tag("legend", "Your details for the letter"),
            tag(
                "p",
                "What you type fills the letter below. Leave a box empty to write it by hand.",
                class_="letter-form__hint",
            ),
            [_control(letter.id, fields[field_id], _default(data, letter, field_id)) for field_id in letter.fields],
            class_="letter-form__fields",
        ),
        class_="letter-form send-no-print",
        data_letter_form="",
    )
    return block(
        about,
        markdown_heading(2, "When to use this letter", "when"),
        tag(
            "div",
            tag("p", letter.when),
            tag("p", "Send it with:") if letter.attach else None,
            tag("ul", [tag("li", item) for item in letter.attach]) if letter.attach else None,
            class_="send-no-print",
        ),
        markdown_heading(2, "The law this letter relies on", "law"),
        tag("ul", [fact_item(data, links, fact) for fact in facts], class_="letter-law send-no-print"),
        markdown_heading(2, "Fill in the letter", "fill-in"),
        tag(
            "div",
            form,
            tag(
                "section",
                tag("h3", "Your letter", class_="send-no-print"),
                _sheet(data, letter),
                _sent_record(),
                aria_label="Your letter",
                class_="letter__paper",
            ),
            class_="letter",
            data_letter=letter.id,
            data_docx_title=_sentence(letter.title.removeprefix("Letter: ")),
            data_docx_author=data["site"].site.service_name,
        ),
        markdown_heading(2, "After you send it", "after"),
        tag("div", tag("p", PROOF), tag("p", letter.next), class_="send-no-print"),
    ) + next_steps.ending(
        data,
        links,
        data["letters"].ending.next_steps,  # its own blocks: its heading stays Markdown
        letter.contacts or data["letters"].ending.contacts,
    )
