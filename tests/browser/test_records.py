"""Records per child in Chromium: several children kept apart, saving only by choice, session-only and expiry,
Forget everything, export and import, migration of version 1 saves, and the switcher and My records by keyboard."""

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PLAN = "forms/sen-support-plan/"
CHECKLIST = "checklists/parent-ehcna/"
PLAN_SWITCHER = "#rs-template-sen-support-plan"
LIST_SWITCHER = "#rs-checklist-parent-ehcna"


def storage(page):
    """Every key in both stores, as {"local": {...}, "session": {...}}."""
    return page.evaluate("""() => ({local: Object.fromEntries(Object.entries(localStorage)),
                                    session: Object.fromEntries(Object.entries(sessionStorage))})""")


def kept_children(page, where="local"):
    return {
        key: json.loads(value) for key, value in storage(page)[where].items() if key.startswith("send-guide:child:")
    }


def new_child(page, switcher, name):
    page.locator(f"{switcher} [data-action=new]").click()
    page.locator(f"{switcher}-name").fill(name)
    page.locator(switcher).get_by_role("button", name="Start").click()


def keep(page, switcher, value):
    page.locator(f"{switcher}-keep-{value}").check()


def choose(page, switcher, name):
    page.locator(f"{switcher}-child").select_option(label=name)


def seed(page, items: dict):
    """Puts keys in localStorage before the page's scripts run, once per browser context."""
    script = "; ".join(f"localStorage.setItem({json.dumps(k)}, {json.dumps(v)})" for k, v in items.items())
    page.add_init_script(
        f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('seeded', '1'); {script}; }}"
    )


def test_nothing_personal_is_kept_until_the_person_chooses(page, site_url):
    page.goto(site_url + PLAN)
    page.get_by_label("Pupil's name").fill("Sam Smith")
    page.get_by_label("Date of birth").fill("1 May 2017")
    assert not any(k.startswith("send-guide:") for k in storage(page)["local"])
    assert not any(k.startswith("send-guide:child") for k in storage(page)["session"])
    assert page.locator(f"{PLAN_SWITCHER} .record-switcher__state").inner_text().startswith("Not kept")
    page.reload()
    assert page.get_by_label("Pupil's name").input_value() == ""  # not kept: gone, as the page said
    # Ticks hold nothing personal: kept by default, and they survive a reload.
    page.goto(site_url + CHECKLIST)
    page.locator("#cl-parent-ehcna-request-made").check()
    page.reload()
    assert page.locator("#cl-parent-ehcna-request-made").is_checked()
    [child] = kept_children(page).values()
    assert child["id"] == "unnamed" and child["keep"] == "none"
    assert child["records"]["checklist/parent-ehcna"]["data"] == {"ticked": ["request-made"]}
    # A date typed on the checklist is personal: not kept while nothing is chosen.
    page.locator("#cl-parent-ehcna-date").fill("3 March 2027")
    assert "fields" not in kept_children(page)["send-guide:child:unnamed"]["records"]["checklist/parent-ehcna"]["data"]
    assert page.watch.console_errors == [] and page.watch.outside_requests == []


def test_two_childrens_plans_and_checklists_survive_reloads_apart(page, site_url):
    page.goto(site_url + PLAN)
    keep(page, PLAN_SWITCHER, "until-cleared")
    new_child(page, PLAN_SWITCHER, "A.B.")
    assert page.get_by_label("Pupil's name").input_value() == "A.B."  # the new record starts with the name
    page.locator("#tpl-sen-support-plan-outcome-1").fill("A.B. reads a short book on her own.")
    new_child(page, PLAN_SWITCHER, "C.D.")
    assert page.locator("#tpl-sen-support-plan-outcome-1").input_value() == ""
    page.locator("#tpl-sen-support-plan-outcome-1").fill("C.D. joins a group game at break.")
    page.goto(site_url + CHECKLIST)
    assert page.locator(f"{LIST_SWITCHER}-child").input_value() != "unnamed"  # still C.D. in this tab
    page.locator("#cl-parent-ehcna-draft-received").check()
    choose(page, LIST_SWITCHER, "A.B.")
    assert not page.locator("#cl-parent-ehcna-draft-received").is_checked()
    page.locator("#cl-parent-ehcna-request-made").check()
    page.reload()
    assert page.locator("#cl-parent-ehcna-request-made").is_checked()
    page.goto(site_url + PLAN)
    assert page.locator("#tpl-sen-support-plan-outcome-1").input_value() == "A.B. reads a short book on her own."
    choose(page, PLAN_SWITCHER, "C.D.")
    assert page.locator("#tpl-sen-support-plan-outcome-1").input_value() == "C.D. joins a group game at break."
    page.reload()
    assert page.locator("#tpl-sen-support-plan-outcome-1").input_value() == "C.D. joins a group game at break."
    names = sorted(c["name"] for c in kept_children(page).values() if c["id"] != "unnamed")
    assert names == ["A.B.", "C.D."]
    assert page.watch.console_errors == []


def test_rename_and_delete_one_child_leave_the_other(page, site_url):
    page.goto(site_url + PLAN)
    keep(page, PLAN_SWITCHER, "until-cleared")
    new_child(page, PLAN_SWITCHER, "Sam")
    page.locator("#tpl-sen-support-plan-outcome-1").fill("Sam's outcome")
    new_child(page, PLAN_SWITCHER, "Kit")
    page.locator("#tpl-sen-support-plan-outcome-1").fill("Kit's outcome")
    page.locator(f"{PLAN_SWITCHER} [data-action=rename]").click()
    page.locator(f"{PLAN_SWITCHER}-name").fill("K.T.")
    page.locator(PLAN_SWITCHER).get_by_role("button", name="Save the name").click()
    assert page.locator(f"{PLAN_SWITCHER}-child option:checked").inner_text() == "K.T."
    page.locator(f"{PLAN_SWITCHER} [data-action=delete]").click()
    question = page.locator(f"{PLAN_SWITCHER} .record-switcher__confirm")
    assert "Delete K.T.'s records on this device (1 page)?" in question.inner_text()
    assert question.evaluate("el => el === document.activeElement")
    page.locator(PLAN_SWITCHER).get_by_role("button", name="Yes, delete").click()
    assert (
        page.locator(f"{PLAN_SWITCHER} .record-switcher__status").inner_text()
        == "Deleted K.T.'s records on this device."
    )
    assert [o.inner_text() for o in page.locator(f"{PLAN_SWITCHER}-child option").all()] == ["Not named", "Sam"]
    choose(page, PLAN_SWITCHER, "Sam")
    assert page.locator("#tpl-sen-support-plan-outcome-1").input_value() == "Sam's outcome"
    assert "Kit's outcome" not in json.dumps(storage(page))


def test_a_new_child_needs_a_name(page, site_url):
    page.goto(site_url + PLAN)
    page.locator(f"{PLAN_SWITCHER} [data-action=new]").click()
    page.locator(PLAN_SWITCHER).get_by_role("button", name="Start").click()
    name = page.locator(f"{PLAN_SWITCHER}-name")
    assert name.get_attribute("aria-invalid") == "true"
    assert page.locator(f"{PLAN_SWITCHER}-name-error").inner_text() == "Error: enter a name or initials"
    assert name.evaluate("el => el === document.activeElement")


def test_session_only_records_are_gone_in_a_new_browser_context(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + PLAN)
    keep(page, PLAN_SWITCHER, "session")
    new_child(page, PLAN_SWITCHER, "Jo")
    page.get_by_label("Pupil's name").fill("Jo Bloggs")
    page.reload()
    assert page.get_by_label("Pupil's name").input_value() == "Jo Bloggs"
    assert kept_children(page, "session") and not kept_children(page, "local")
    assert (
        page.locator(f"{PLAN_SWITCHER} .record-switcher__state").inner_text()
        == "Kept in this browser tab until you close it."
    )
    context.close()
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + PLAN)
    assert page.get_by_label("Pupil's name").input_value() == ""
    assert page.locator(f"{PLAN_SWITCHER}-child option").count() == 1
    context.close()


def test_thirty_days_shows_its_end_and_expired_records_are_removed(page, site_url):
    old = {
        "format": "send-guide-child",
        "version": 2,
        "id": "cold0000000",
        "name": "Old",
        "keep": "30-days",
        "created": "2026-01-01T00:00:00.000Z",
        "changed": "2026-01-02T00:00:00.000Z",
        "expires": "2026-02-01T00:00:00.000Z",
        "records": {
            "template/sen-support-plan": {
                "changed": "2026-01-02T00:00:00.000Z",
                "plain": [],
                "data": {"fields": {"pupil-name": "Old"}},
            }
        },
    }
    seed(page, {"send-guide:child:cold0000000": json.dumps(old)})
    page.clock.set_fixed_time("2026-12-03T10:00:00Z")
    page.goto(site_url + PLAN)
    assert "send-guide:child:cold0000000" not in storage(page)["local"]  # past its 30 days: removed on opening
    assert page.locator(f"{PLAN_SWITCHER}-child option").count() == 1
    keep(page, PLAN_SWITCHER, "30-days")
    assert page.locator(f"{PLAN_SWITCHER} .record-switcher__state").inner_text() == (
        "Kept in this browser until 2 January 2027 (30 days after the last change), then removed."
    )
    assert kept_children(page)["send-guide:child:unnamed"]["expires"] == "2027-01-02T10:00:00.000Z"


def test_forget_everything_leaves_storage_empty(page, site_url):
    page.goto(site_url + PLAN)
    keep(page, PLAN_SWITCHER, "until-cleared")
    new_child(page, PLAN_SWITCHER, "Sam")
    page.get_by_label("Pupil's name").fill("Sam")
    keep(page, PLAN_SWITCHER, "session")
    new_child(page, PLAN_SWITCHER, "Jo")
    page.goto(site_url + CHECKLIST)
    page.locator("#cl-parent-ehcna-request-made").check()
    assert len(storage(page)["local"]) + len(storage(page)["session"]) >= 3
    footer = page.locator(".forget-everything--footer")
    footer.get_by_role("button", name="Forget everything on this device").click()
    question = footer.locator(".forget-everything__question")
    assert question.is_visible() and question.evaluate("el => el === document.activeElement")
    assert question.inner_text().startswith("Forget everything this guide keeps in this browser: 2 children's records")
    footer.get_by_role("button", name="Cancel").click()
    assert kept_children(page, "session")  # cancelled: nothing removed
    footer.get_by_role("button", name="Forget everything on this device").click()
    footer.get_by_role("button", name="Yes, forget everything").click()
    assert (
        footer.locator(".forget-everything__status").inner_text()
        == "Done. This guide keeps nothing in this browser now."
    )
    assert storage(page) == {"local": {}, "session": {}}
    assert not page.locator("#cl-parent-ehcna-request-made").is_checked()  # the page shows it at once
    page.reload()
    assert not [k for k in storage(page)["local"] if k.startswith("send-guide:")]


def test_forget_everything_is_on_every_page_and_the_privacy_page(page, site_url):
    for path in ("", "glossary/", "privacy/", "calculators/appeal-dates/"):
        page.goto(site_url + path)
        assert page.locator(".md-footer .forget-everything__button").is_visible(), path
    page.goto(site_url + "privacy/")
    assert page.locator(".forget-everything--page .forget-everything__button").is_visible()


def export_file(page, path="my-records/", button="Export all records"):
    page.goto(page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2] + "/" + path)
    with page.expect_download() as download:
        page.get_by_role("button", name=button).click()
    return download.value


def test_export_then_import_in_a_fresh_context_restores_every_record(browser, site_url, tmp_path):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(site_url + PLAN)
    keep(page, PLAN_SWITCHER, "30-days")
    new_child(page, PLAN_SWITCHER, "A.B.")
    page.locator("#tpl-sen-support-plan-outcome-1").fill("Outcome for A.B.")
    new_child(page, PLAN_SWITCHER, "C.D.")
    page.goto(site_url + CHECKLIST)
    page.locator("#cl-parent-ehcna-views-shared").check()
    before = kept_children(page)
    download = export_file(page)
    assert download.suggested_filename.startswith("send-guide-records-") and download.suggested_filename.endswith(
        ".json"
    )
    saved = tmp_path / "export.json"
    download.save_as(saved)
    exported = json.loads(saved.read_text())
    assert exported["format"] == "send-guide-records" and exported["version"] == 2
    assert sorted(c["name"] for c in exported["children"]) == ["A.B.", "C.D."]
    context.close()

    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "my-records/")
    assert page.locator(".my-records__empty").is_visible()
    page.locator("#import-file").set_input_files(str(saved))
    page.locator("#import-keep-until-cleared").check()
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator(".my-records__status")).to_have_text(re.compile(r"^Imported: (A\.B\., C\.D\.|C\.D\., A\.B\.)$"))
    after = kept_children(page)
    assert {k: v["records"] for k, v in after.items()} == {k: v["records"] for k, v in before.items() if v["records"]}
    assert all(c["keep"] == "until-cleared" for c in after.values())
    page.goto(site_url + PLAN + "?child=" + next(c["id"] for c in after.values() if c["name"] == "A.B."))
    assert page.locator("#tpl-sen-support-plan-outcome-1").input_value() == "Outcome for A.B."
    # The same file again changes nothing and says so.
    page.goto(site_url + "my-records/")
    page.locator("#import-file").set_input_files(str(saved))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator(".my-records__status")).to_have_text(re.compile("^Already here, unchanged:"))
    assert kept_children(page).keys() == after.keys()
    context.close()


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "This file cannot be read: it is not an export of this guide's records"),
        (
            json.dumps({"format": "something-else", "version": 2, "children": []}),
            "This file is not an export of this guide's records.",
        ),
        (
            json.dumps({"format": "send-guide-records", "version": 9, "children": []}),
            "This file was made by a newer version of this guide",
        ),
        (
            json.dumps(
                {
                    "format": "send-guide-records",
                    "version": 2,
                    "children": [
                        {
                            "id": "cgood000000",
                            "name": "Fine",
                            "keep": "session",
                            "created": "2026-12-01T00:00:00.000Z",
                            "changed": "2026-12-01T00:00:00.000Z",
                            "records": {},
                        },
                        {
                            "id": "cbad0000000",
                            "name": "Broken",
                            "created": "yesterday",
                            "changed": "2026-12-01T00:00:00.000Z",
                            "records": {},
                        },
                    ],
                }
            ),
            "This file is damaged, so nothing was imported. Child 2 (Broken) has a date that is not valid.",
        ),
    ],
)
def test_a_damaged_import_file_gives_a_clear_message_and_changes_nothing(page, site_url, tmp_path, content, message):
    page.goto(site_url + PLAN)
    keep(page, PLAN_SWITCHER, "until-cleared")
    new_child(page, PLAN_SWITCHER, "Kept")
    before = storage(page)
    page.goto(site_url + "my-records/")
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    page.locator("#import-file").set_input_files(str(bad))
    page.get_by_role("button", name="Import", exact=True).click()
    error = page.locator("#import-file-error")
    expect(error).to_contain_text(message)
    assert page.locator("#import-file").get_attribute("aria-invalid") == "true"
    assert storage(page)["local"] == before["local"]


def test_a_record_saved_by_the_version_before_is_migrated(page, site_url):
    """Saves exactly as the version 1 scripts wrote them (one key per page, no children)."""
    seed(
        page,
        {
            "send-guide:template:sen-support-plan": json.dumps(
                {"fields": {"pupil-name": "Sam", "outcome-2": "Reads alone."}, "version": 1}
            ),
            "send-guide:checklist:parent-ehcna": json.dumps({"ticked": ["request-made", "views-shared"], "version": 1}),
            "send-guide:checklist:reviews": json.dumps({"version": 99, "ticked": ["x"]}),  # newer: left alone
        },
    )
    page.goto(site_url + PLAN)
    assert page.get_by_label("Pupil's name").input_value() == "Sam"
    assert page.locator("#tpl-sen-support-plan-outcome-2").input_value() == "Reads alone."
    assert "earlier version of this guide" in page.locator(f"{PLAN_SWITCHER} .record-switcher__status").inner_text()
    assert page.locator(f"{PLAN_SWITCHER}-keep-until-cleared").is_checked()  # it was kept until cleared
    local = storage(page)["local"]
    assert "send-guide:template:sen-support-plan" not in local and "send-guide:checklist:parent-ehcna" not in local
    assert json.loads(local["send-guide:checklist:reviews"])["version"] == 99
    page.goto(site_url + CHECKLIST)
    assert (
        page.locator("#cl-parent-ehcna-request-made").is_checked()
        and page.locator("#cl-parent-ehcna-views-shared").is_checked()
    )
    page.reload()
    assert page.locator("#cl-parent-ehcna-views-shared").is_checked()


def test_my_records_lists_by_child_and_by_kind_and_opens_and_deletes(page, site_url):
    page.goto(site_url + PLAN)
    keep(page, PLAN_SWITCHER, "until-cleared")
    new_child(page, PLAN_SWITCHER, "Sam")
    page.get_by_label("Pupil's name").fill("Sam Smith")
    page.goto(site_url + CHECKLIST)
    page.locator("#cl-parent-ehcna-request-made").check()
    page.goto(site_url + "my-records/")
    section = page.get_by_role("region", name="Sam")
    assert section.get_by_role("heading", name="Sam").is_visible()
    rows = section.locator("tbody tr")
    assert "SEN Support Plan" in [r.locator("td").first.inner_text() for r in rows.all()]
    assert rows.count() == 2 and "Kept until you clear it" in section.inner_text()
    page.get_by_role("button", name="By kind").click()
    assert page.get_by_role("button", name="By kind").get_attribute("aria-pressed") == "true"
    plans = page.get_by_role("region", name="Plans and forms")
    assert plans.locator("tbody tr").count() == 1 and "Sam" in plans.inner_text()
    page.get_by_role("button", name="By child").click()
    page.get_by_role("button", name="Delete SEN Support Plan for Sam").click()
    page.get_by_role("button", name="Yes, delete").click()
    assert page.locator(".my-records__status").inner_text() == "Deleted SEN Support Plan for Sam."
    assert page.get_by_role("region", name="Sam").locator("tbody tr").count() == 1
    page.get_by_role("region", name="Sam").get_by_role("link", name="Open").click()
    page.wait_for_url("**/checklists/parent-ehcna/?child=*")
    assert page.locator("#cl-parent-ehcna-request-made").is_checked()


def test_blocked_storage_says_so_and_keeps_the_work_for_the_visit(page, site_url):
    page.add_init_script("""for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }});""")
    page.goto(site_url + PLAN)
    status = page.locator(f"{PLAN_SWITCHER} .record-switcher__status")
    assert status.inner_text().startswith("This browser is not letting the guide keep anything")
    new_child(page, PLAN_SWITCHER, "Sam")
    page.get_by_label("Pupil's name").fill("Sam")
    keep(page, PLAN_SWITCHER, "until-cleared")
    assert status.inner_text().startswith("This browser is not letting the guide keep anything")
    assert page.get_by_label("Pupil's name").input_value() == "Sam"  # nothing lost while the page is open
    assert page.watch.own_errors == []


# Fills localStorage to the last character with another key, as a full browser would be (Chromium: 5 MB).
FILL_STORAGE = """() => { let i = 0;
  for (let n = 1 << 20; n >= 1; n >>= 1) { const text = 'x'.repeat(n);
    for (;;) { try { localStorage.setItem('filler-' + i++, text); } catch (e) { break; } } } }"""


def test_full_storage_says_so_and_loses_nothing_kept_before(page, site_url):
    page.goto(site_url + PLAN)
    keep(page, PLAN_SWITCHER, "until-cleared")
    page.get_by_label("Pupil's name").fill("Sam")
    kept_before = kept_children(page)
    # Fill this origin's storage to the brim with another key, as a full browser would be.
    page.evaluate(FILL_STORAGE)
    page.locator("#tpl-sen-support-plan-outcome-1").fill("A long outcome that no longer fits. " * 40)
    status = page.locator(f"{PLAN_SWITCHER} .record-switcher__status")
    assert status.inner_text().startswith("This browser's storage is full")
    assert kept_children(page) == kept_before  # the earlier save is still there
    assert page.locator("#tpl-sen-support-plan-outcome-1").input_value().startswith("A long outcome")


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_switcher_and_my_records_pass_axe_with_their_panels_open(browser, site_url, palette):
    from tests.quality.axe import axe_violations

    context = browser.new_context(color_scheme=palette)
    page = context.new_page()
    try:
        page.goto(site_url + PLAN)
        keep(page, PLAN_SWITCHER, "30-days")
        new_child(page, PLAN_SWITCHER, "Sam")
        page.locator(f"{PLAN_SWITCHER} [data-action=delete]").click()  # the confirmation open
        page.mouse.move(0, 0)
        assert axe_violations(page) == []
        page.goto(site_url + "my-records/")
        page.get_by_role("button", name="Delete all of Sam's records").click()
        page.mouse.move(0, 0)
        assert axe_violations(page) == []
        page.get_by_role("button", name="By kind").click()
        page.locator(".md-footer .forget-everything__button").click()
        page.mouse.move(0, 0)
        assert axe_violations(page) == []
    finally:
        context.close()


def test_switcher_works_by_keyboard_alone(page, site_url):
    page.goto(site_url + PLAN)
    page.locator(f"{PLAN_SWITCHER}-child").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.dataset.action") == "new"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "rs-template-sen-support-plan-name"
    page.keyboard.type("Sam")
    page.keyboard.press("Enter")  # submits the small form
    assert page.evaluate("() => document.activeElement.id") == "rs-template-sen-support-plan-child"
    assert page.locator(f"{PLAN_SWITCHER}-child option:checked").inner_text() == "Sam"
    # To the keep choice: arrow keys move between the radios, as in any radio group.
    page.locator(f"{PLAN_SWITCHER}-keep-none").focus()
    page.keyboard.press("ArrowDown")
    assert page.locator(f"{PLAN_SWITCHER}-keep-session").is_checked()
    assert (
        page.locator(f"{PLAN_SWITCHER} .record-switcher__state").inner_text()
        == "Kept in this browser tab until you close it."
    )
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    # Escape hatch: Cancel returns focus to the button that opened the panel.
    page.locator(f"{PLAN_SWITCHER} [data-action=delete]").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Cancel"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.dataset.action") == "delete"


def test_my_records_and_forget_everything_by_keyboard(page, site_url):
    page.goto(site_url + PLAN)
    keep(page, PLAN_SWITCHER, "until-cleared")
    new_child(page, PLAN_SWITCHER, "Sam")
    page.goto(site_url + "my-records/")
    page.get_by_role("button", name="By kind").focus()
    page.keyboard.press("Enter")
    assert page.get_by_role("button", name="By kind").get_attribute("aria-pressed") == "true"
    button = page.locator(".md-footer .forget-everything__button")
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.classList.contains('forget-everything__question')")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Yes, forget everything
    assert page.locator(".md-footer .forget-everything__status").inner_text().startswith("Done.")
    assert storage(page) == {"local": {}, "session": {}}
    assert page.locator(".my-records__empty").is_visible()


def test_forget_everything_on_a_page_without_records_fetches_the_model_first(page, site_url):
    """Pages that keep nothing do not load records.js (page weight): the footer's button fetches it when used."""
    seed(
        page,
        {
            "send-guide:child:cabc0000000": json.dumps(
                {
                    "format": "send-guide-child",
                    "version": 2,
                    "id": "cabc0000000",
                    "name": "Sam",
                    "keep": "until-cleared",
                    "created": "2026-12-01T00:00:00.000Z",
                    "changed": "2026-12-01T00:00:00.000Z",
                    "expires": None,
                    "records": {},
                }
            )
        },
    )
    page.goto(site_url + "glossary/")
    assert page.evaluate("() => typeof window.sendGuideRecords") == "undefined"
    footer = page.locator(".forget-everything--footer")
    footer.get_by_role("button", name="Forget everything on this device").click()
    expect(footer.locator(".forget-everything__question")).to_contain_text("1 child's records")
    footer.get_by_role("button", name="Yes, forget everything").click()
    assert storage(page) == {"local": {}, "session": {"seeded": "1"}}  # only the test's own marker is left
    assert page.watch.console_errors == [] and page.watch.outside_requests == []
