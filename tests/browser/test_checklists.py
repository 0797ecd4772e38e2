"""Checklists in Chromium: ticks kept across reloads and item changes, progress read out, clear, keyboard, print."""

import json

import pytest

from tests.helpers import pdf_page_count

pytestmark = pytest.mark.browser

PAGE = "checklists/parent-ehcna/"
KEY = "send-guide:checklist:parent-ehcna"  # version 1: one key per checklist
CHILD = "send-guide:child:unnamed"  # version 2: the ticks of the not-named child (records.js)
BLOCK_STORAGE = """Object.defineProperty(window, 'localStorage', {configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }});"""


def box(page, item):
    return page.locator(f"#cl-parent-ehcna-{item}")


def saved(page):
    """This checklist's record of the not-named child, as kept in localStorage."""
    child = json.loads(page.evaluate(f"() => localStorage.getItem('{CHILD}')"))
    return child["records"]["checklist/parent-ehcna"]["data"]


def test_ticks_survive_a_reload_and_progress_is_announced(page, site_url):
    page.goto(site_url + PAGE)
    progress = page.locator(".checklist__progress")
    assert progress.get_attribute("role") == "status" and progress.get_attribute("aria-live") == "polite"
    assert progress.inner_text() == "0 of 9 done"
    box(page, "request-made").check()
    page.locator("label[for=cl-parent-ehcna-views-shared]").click()  # the label ticks its box
    box(page, "final-plan-received").check()
    assert progress.inner_text() == "3 of 9 done"
    assert saved(page) == {"ticked": ["request-made", "views-shared", "final-plan-received"]}
    page.reload()
    assert box(page, "request-made").is_checked() and box(page, "views-shared").is_checked()
    assert not box(page, "draft-received").is_checked()
    assert page.locator(".checklist__progress").inner_text() == "3 of 9 done"
    assert page.locator(".send-blocked").count() == 0
    assert page.watch.console_errors == [] and page.watch.outside_requests == []


def test_clear_all_ticks_asks_first(page, site_url):
    page.goto(site_url + PAGE)
    box(page, "request-made").check()
    box(page, "draft-received").check()
    clear = page.get_by_role("button", name="Clear all ticks")
    messages = []
    page.once("dialog", lambda dialog: (messages.append(dialog.message), dialog.dismiss()))
    clear.click()
    assert messages == ["Clear all 2 ticks on this checklist?"]
    assert box(page, "request-made").is_checked()
    page.once("dialog", lambda dialog: dialog.accept())
    clear.click()
    assert page.locator("input[data-item]:checked").count() == 0
    assert page.locator(".checklist__progress").inner_text() == "All ticks cleared. 0 of 9 done"
    assert saved(page)["ticked"] == []


def test_keyboard_ticks_with_a_visible_focus(page, site_url):
    page.goto(site_url + PAGE)
    box(page, "request-made").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id")
    assert focused == "cl-parent-ehcna-sen-officer-contact"
    page.keyboard.press("Space")
    assert box(page, "sen-officer-contact").is_checked()
    outline = page.evaluate(
        "getComputedStyle(document.activeElement).outlineStyle + ' ' "
        "+ getComputedStyle(document.activeElement).outlineWidth"
    )
    assert outline.startswith("solid") and not outline.endswith(" 0px"), outline
    page.keyboard.press("Space")
    assert not box(page, "sen-officer-contact").is_checked()
    assert page.locator(".checklist__progress").inner_text() == "0 of 9 done"


def test_without_javascript_it_is_a_plain_list_of_checkboxes(page_without_js, site_url):
    page = page_without_js
    page.goto(site_url + PAGE)
    assert page.locator(".checklist input[type=checkbox]").count() == 9
    assert page.get_by_label("You got the draft EHC plan.").is_visible()
    assert not page.locator("button").filter(has_text="Clear").count()
    assert not page.locator(".record-switcher").is_visible()  # nothing can be kept without JavaScript
    assert not page.locator(".checklist__progress").is_visible()
    page.get_by_label("You got the draft EHC plan.").check()  # still usable for the visit


def test_blocked_storage_still_works_for_the_visit(page, site_url):
    errors = []
    page.on("pageerror", lambda error: errors.append(error.stack or str(error)))
    page.add_init_script(BLOCK_STORAGE)
    page.goto(site_url + PAGE)
    note = page.locator(".send-blocked")
    assert note.inner_text() == "Your browser is not saving ticks, so they will be lost when you leave this page."
    box(page, "request-made").check()
    assert page.locator(".checklist__progress").inner_text() == "1 of 9 done"
    assert note.count() == 1
    # Material's own scripts also read storage and fail; ours must not.
    assert not [error for error in errors if "assets/components/" in error], errors


def test_changed_item_list_keeps_ticks_on_unchanged_ids_and_drops_removed_ones(page, site_url):
    old = {"version": 1, "ticked": ["request-made", "asked-for-mediation", "final-plan-received"]}
    page.add_init_script(
        f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('seeded', '1'); "
        f"localStorage.setItem('{KEY}', {json.dumps(json.dumps(old))}); }}"
    )
    page.goto(site_url + PAGE)
    assert [b.get_attribute("data-item") for b in page.locator("input[data-item]:checked").all()] == [
        "request-made",
        "final-plan-received",
    ]
    assert page.locator(".checklist__progress").inner_text() == "2 of 9 done"
    assert saved(page) == {"ticked": ["request-made", "final-plan-received"]}
    assert page.evaluate(f"() => localStorage.getItem('{KEY}')") is None  # moved into version 2


def test_enhancing_twice_adds_nothing(page, site_url):
    """Material's document$ may emit again: scripts must be safe to run twice."""
    page.goto(site_url + PAGE)
    # Resolves once the script has run (its load event); document$ replays to a new subscriber at once.
    page.evaluate("""() => new Promise((resolve, reject) => {
        const s = document.createElement('script'); s.src = '../../assets/components/checklist/checklist.js';
        s.onload = resolve; s.onerror = reject; document.body.appendChild(s); })""")
    assert page.get_by_role("button", name="Clear all ticks").count() == 1


def test_print_shows_ticks_and_writing_lines_without_site_chrome(page, site_url):
    page.goto(site_url + PAGE)
    box(page, "request-made").check()
    page.emulate_media(media="print")
    assert box(page, "request-made").is_checked()
    assert page.get_by_text("Date:", exact=True).is_visible() and page.get_by_text("Notes", exact=True).is_visible()
    for chrome in (
        ".md-header",
        ".md-sidebar--primary",
        ".md-footer",
        ".send-toolbar",
        ".record-switcher",
        ".checklist__progress",
    ):
        assert not page.locator(chrome).first.is_visible(), chrome


@pytest.mark.parametrize(
    "checklist_id, sheets",
    [
        ("link-planning", 2),
        ("planning-consultation", 1),
        ("ehcna-request", 2),
        ("sen-support-plan", 1),
        ("reviews", 1),
        ("parent-ehcna", 1),
        ("sen-information-report", 2),
    ],
)
def test_each_checklist_prints_on_few_a4_pages_with_notes_to_the_foot(page, site_url, checklist_id, sheets):
    """The notes area runs to the foot of the last sheet and never spills onto a sheet of its own."""
    page.goto(site_url + f"checklists/{checklist_id}/")
    page.locator("input[data-item]").first.check()
    pdf = page.pdf(format="A4")
    assert pdf_page_count(pdf) == sheets
    from io import BytesIO

    from pypdf import PdfReader

    last = PdfReader(BytesIO(pdf)).pages[-1].extract_text()
    assert "Notes" in last


@pytest.mark.parametrize("stored", [json.dumps({"version": 99, "ticked": ["request-made"], "notes": "x"}), "{not json"])
def test_saved_data_it_cannot_read_is_kept_aside_not_overwritten(page, site_url, stored):
    """A newer version's save (or a damaged one) stays where it is, untouched, and the page says so."""
    page.add_init_script(
        f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('seeded', '1'); "
        f"localStorage.setItem('{KEY}', {json.dumps(stored)}); }}"
    )
    page.goto(site_url + PAGE)
    note = page.locator(".send-blocked")
    assert note.inner_text() == (
        "Answers you saved earlier could not be opened. They are kept aside in this browser, not deleted."
    )
    assert page.locator("input[data-item]:checked").count() == 0  # not loaded
    box(page, "draft-received").check()
    assert saved(page)["ticked"] == ["draft-received"]
    assert page.evaluate(f"() => localStorage.getItem('{KEY}')") == stored
    page.reload()
    assert box(page, "draft-received").is_checked() and note.count() == 1


def test_the_sen_information_report_ticks_are_kept_through_the_record_model(page, site_url):
    """Issue 26, item 6: the report checklist is an ordinary checklist, so its ticks are kept like every other."""
    page.goto(site_url + "checklists/sen-information-report/")
    boxes = page.locator("#checklist-sen-information-report input[data-item]")
    assert boxes.count() == 18
    page.check("#cl-sen-information-report-report-local-offer")
    page.reload()
    assert page.is_checked("#cl-sen-information-report-report-local-offer")
    assert page.locator(".checklist__progress").inner_text() == "1 of 18 done"
    stored = page.evaluate(
        "Object.keys(localStorage).filter(k => k.startsWith('send-guide')).map(k => localStorage.getItem(k)).join(' ')"
    )
    assert "checklist/sen-information-report" in stored and "report-local-offer" in stored, stored
