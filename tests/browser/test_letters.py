"""Letters in Chromium: typing fills the letter live and by keyboard, nothing is kept unless chosen, one record
per child, Copy gives the letter's text, print is the letter alone on A4, and without scripts the blank letter."""

from __future__ import annotations

import json

import pytest

from macros.core import load_site_data
from tests.helpers import PROJECT, pdf_page_count
from tests.quality.axe import axe_violations
from tests.quality.test_keyboard import tab_to

pytestmark = pytest.mark.browser

LETTERS = load_site_data(PROJECT / "data")["letters"].letters
PAGE = "letters/ask-for-assessment/"


def sheet(page) -> str:
    return page.locator("[data-letter-sheet]").inner_text()


def test_typing_fills_the_letter_by_keyboard_and_nothing_is_kept_unless_chosen(london, site_url):
    page = london
    page.goto(site_url + PAGE)
    tab_to(page, "el.id === 'letter-ask-for-assessment-sender-name'")
    page.keyboard.type("Alex Smith")
    tab_to(page, "el.id === 'letter-ask-for-assessment-child-name'")
    page.keyboard.type("Sam")
    assert "I am the parent of Sam, born [Date of birth]." in sheet(page)
    assert sheet(page).rstrip().endswith("Alex Smith")
    assert page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('send-guide:child:'))") == []
    page.reload()
    assert page.input_value("#letter-ask-for-assessment-child-name") == ""
    assert "[Your child's name]" in sheet(page)
    assert page.watch.console_errors == [] and page.watch.outside_requests == []


def test_kept_when_chosen_under_the_child_and_cleared_on_request(london, site_url):
    page = london
    page.goto(site_url + PAGE)
    page.get_by_label("Until I clear it").check()
    page.get_by_label("Your child's name").fill("Sam")
    page.get_by_label("Why you think your child needs this").fill("Sam finds reading very hard.")
    child = json.loads(page.evaluate("() => localStorage.getItem('send-guide:child:unnamed')"))
    assert child["records"]["letter/ask-for-assessment"]["data"]["fields"] == {
        "child-name": "Sam",
        "needs": "Sam finds reading very hard.",
    }
    page.reload()
    assert "Sam finds reading very hard." in sheet(page)
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear the letter").click()
    assert page.input_value("#letter-ask-for-assessment-child-name") == ""
    assert "[Your child's name]" in sheet(page)


def test_copy_gives_the_letter_as_text(london, site_url):
    page = london
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + PAGE)
    page.get_by_label("Your child's name").fill("Sam")
    page.get_by_role("button", name="Copy the text").click()
    page.wait_for_function(
        "() => /copied/.test(document.querySelector('.letter [role=status]:not(.record-switcher__status)').textContent)"
    )
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("[Your name]")
    assert "Request for an EHC needs assessment for Sam, born [Date of birth]" in copied
    assert "section 36(1) of the Children and Families Act 2014" in copied
    assert "Copy the text" not in copied and "Your details for the letter" not in copied


@pytest.mark.parametrize("letter_id", [letter.id for letter in LETTERS])
def test_every_letter_prints_alone_on_a4_and_passes_axe(london, site_url, letter_id):
    page = london
    page.goto(site_url + f"letters/{letter_id}/")
    assert axe_violations(page) == []
    assert page.watch.console_errors == []
    page.emulate_media(media="print")
    assert page.locator("[data-letter-sheet]").is_visible()
    for not_printed in ("h1", ".letter-form", ".letter-law", ".send-toolbar", ".md-header"):
        assert not page.locator(not_printed).first.is_visible(), not_printed
    assert 1 <= pdf_page_count(page.pdf(format="A4")) <= 2


def test_letters_index_passes_axe(london, site_url):
    london.goto(site_url + "letters/")
    assert axe_violations(london) == []


def test_without_javascript_the_blank_letter_is_there_to_print(page_without_js, site_url):
    page = page_without_js
    page.goto(site_url + PAGE)
    assert "[Your child's name]" in sheet(page)
    assert not [b for b in page.locator(".letter button").all() if b.is_visible()]
    assert not page.locator(".record-switcher").is_visible()
    page.emulate_media(media="print")
    blank = page.locator("[data-fill=child-name]").first
    assert blank.evaluate("el => getComputedStyle(el).borderBottomStyle") == "solid"  # a line to write on


def test_sender_details_from_another_letter_are_offered_not_copied(london, site_url):
    page = london
    page.goto(site_url + PAGE)
    offer = page.get_by_role("button", name="Use your name and address from your other letter")
    assert not offer.is_visible()  # no other letter yet
    page.get_by_label("Until I clear it").check()
    page.get_by_label("Your name").fill("Alex Smith")
    page.get_by_label("Your address").fill("1 High Street\nTown")
    page.goto(site_url + "letters/complaint/")
    assert page.input_value("#letter-complaint-sender-name") == ""  # nothing copied unasked
    offer = page.get_by_role("button", name="Use your name and address from your other letter")
    offer.click()
    assert page.input_value("#letter-complaint-sender-name") == "Alex Smith"
    assert page.input_value("#letter-complaint-sender-address") == "1 High Street\nTown"
    assert "Alex Smith" in sheet(page) and not offer.is_visible()
