"""Records, switching and clearing in the other engines families use: Firefox (firefox-esr, WebDriver BiDi) and
WebKit (WebKitGTK's MiniBrowser, the engine family of Safari on iPhones), including blocked and full storage.
The same behaviour is tested in more depth in Chromium (test_records.py)."""

import json

import pytest

from tests.engines import _until, engine

pytestmark = pytest.mark.browser

PLAN = "forms/sen-support-plan/"
CHECKLIST = "checklists/parent-ehcna/"
SWITCHER = "#rs-template-sen-support-plan"
OUTCOME = "#tpl-sen-support-plan-outcome-1"
FULL = """() => { let i = 0;
  for (let n = 1 << 20; n >= 1; n >>= 1) { const text = 'x'.repeat(n);
    for (;;) { try { localStorage.setItem('filler-' + i++, text); } catch (e) { break; } } } return i; }"""


@pytest.fixture(scope="module", params=["firefox", "webkit"])
def browser_engine(request):
    with engine(request.param) as running:
        yield running


@pytest.fixture
def other_page(browser_engine):
    page = browser_engine.new_page()
    yield page
    page.close()


def status(page):
    return page.text(f"{SWITCHER} .record-switcher__status") or ""


def new_child(page, name):
    page.click(f"{SWITCHER} [data-action=new]")
    page.wait_for(f"() => document.activeElement.id === '{SWITCHER[1:]}-name'")
    page.fill(f"{SWITCHER}-name", name)
    page.click(f"{SWITCHER} .record-switcher__panel button[type=submit]")
    page.wait_for(f"() => document.querySelector('{SWITCHER}-child option:checked').textContent === {json.dumps(name)}")


def children(page, where="local"):
    return {k: json.loads(v) for k, v in (page.storage()[where] or {}).items() if k.startswith("send-guide:child:")}


def named_children(page, where="local"):
    return sorted(c["name"] for c in children(page, where).values() if c["name"])


def test_two_children_kept_apart_switched_and_deleted(other_page, site_url):
    page = other_page
    page.goto(site_url + PLAN)
    page.click(f"{SWITCHER}-keep-until-cleared")
    new_child(page, "A.B.")
    page.fill(OUTCOME, "Outcome for A.B.")
    new_child(page, "C.D.")
    assert page.run(f"() => document.querySelector('{OUTCOME}').value") == ""
    page.fill(OUTCOME, "Outcome for C.D.")
    page.reload()
    assert page.run(f"() => document.querySelector('{OUTCOME}').value") == "Outcome for C.D."
    ids = {c["name"]: c["id"] for c in children(page).values()}
    page.select(f"{SWITCHER}-child", ids["A.B."])
    assert page.run(f"() => document.querySelector('{OUTCOME}').value") == "Outcome for A.B."
    page.click(f"{SWITCHER} [data-action=delete]")
    page.click(f"{SWITCHER} .record-switcher__panel button[type=submit]")
    assert status(page) == "Deleted A.B.'s records on this device."
    assert sorted(c["name"] for c in children(page).values()) == ["", "C.D."]
    # Ticks with no child named are kept by default, and survive a reload.
    page.goto(site_url + CHECKLIST)
    page.select("#rs-checklist-parent-ehcna-child", "unnamed")
    page.click("#cl-parent-ehcna-request-made")
    page.reload()
    assert page.run("() => document.querySelector('#cl-parent-ehcna-request-made').checked") is True


def test_nothing_personal_kept_until_chosen_and_session_only_ends_with_the_page(browser_engine, site_url):
    page = browser_engine.new_page()
    try:
        page.goto(site_url + PLAN)
        page.fill("#tpl-sen-support-plan-pupil-name", "Sam")
        assert not children(page) and not children(page, "session")
        page.click(f"{SWITCHER}-keep-session")
        new_child(page, "Jo")
        page.fill(OUTCOME, "Kept for this tab only")
        # An engine under load may save a moment after the typing that caused it: wait for the save.
        _until(lambda: named_children(page, "session") == ["Jo"], "Jo's record in session storage")
        assert named_children(page, "session") == ["Jo"]
        assert named_children(page) == []
    finally:
        page.close()
    fresh = browser_engine.new_page()
    try:
        fresh.goto(site_url + PLAN)
        assert fresh.run(f"() => document.querySelectorAll('{SWITCHER}-child option').length") == 1
        assert not children(fresh, "session")
    finally:
        fresh.close()


def test_forget_everything_leaves_storage_empty(other_page, site_url):
    page = other_page
    page.goto(site_url + PLAN)
    page.click(f"{SWITCHER}-keep-30-days")
    new_child(page, "Sam")
    page.fill(OUTCOME, "Something to forget")
    page.click(".forget-everything--footer .forget-everything__button")
    page.wait_for("() => !document.querySelector('.forget-everything--footer .forget-everything__confirm').hidden")
    page.click(".forget-everything--footer [data-answer=yes]")
    page.wait_for("() => document.querySelector('.forget-everything--footer .forget-everything__status').textContent")
    assert (
        page.text(".forget-everything--footer .forget-everything__status")
        == "Done. This guide keeps nothing in this browser now."
    )
    assert page.storage() == {"local": {}, "session": {}}, page.storage()
    assert page.run(f"() => document.querySelector('{OUTCOME}').value") == ""


def test_full_storage_says_so_and_loses_nothing(other_page, site_url):
    page = other_page
    page.goto(site_url + PLAN)
    page.click(f"{SWITCHER}-keep-until-cleared")
    page.fill("#tpl-sen-support-plan-pupil-name", "Sam")
    before = children(page)
    assert page.run(FULL) > 1
    page.fill(OUTCOME, "Too long to keep now. " * 50)
    assert status(page).startswith("This browser's storage is full")
    assert children(page) == before
    assert page.run(f"() => document.querySelector('{OUTCOME}').value").startswith("Too long")
    page.run(
        "() => Object.keys(localStorage).filter(k => k.startsWith('filler-')).forEach(k => localStorage.removeItem(k))"
    )


@pytest.mark.parametrize("name", ["firefox", "webkit"])
def test_blocked_storage_says_so_and_the_page_still_works(name, site_url):
    """The browser's own setting turns web storage off (Firefox: dom.storage.enabled; WebKitGTK: local storage)."""
    with engine(name, block_storage=True) as blocked:
        page = blocked.new_page()
        page.goto(site_url + PLAN)
        assert status(page).startswith("This browser is not letting the guide keep anything")
        new_child(page, "Sam")
        page.fill(OUTCOME, "Still here while the page is open")
        assert page.run(f"() => document.querySelector('{OUTCOME}').value") == "Still here while the page is open"
        assert page.text(".forget-everything--footer .forget-everything__button") is not None
        page.close()


def test_a_webkit_driver_that_stops_answering_is_replaced_for_the_next_page(site_url):
    """The test client's own recovery (tests/engines.py WebKit.new_page): when WebKitWebDriver cannot start a
    session, a new driver takes over, so one stuck driver on a loaded CI machine does not fail a test."""
    with engine("webkit") as webkit:
        first = webkit.new_page()
        first.close()
        dead = webkit.process
        dead.kill()
        dead.wait()
        page = webkit.new_page()
        assert webkit.process is not dead
        page.goto(site_url + PLAN)
        assert page.run("() => document.querySelector('h1').textContent")
        page.close()
