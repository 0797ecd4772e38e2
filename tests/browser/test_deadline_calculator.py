"""The deadline calculator in real Chromium (Europe/London time): same dates as the Python rules,
clear messages for bad input, an .ics that parses, local saving, and the key-dates calendar."""

from __future__ import annotations

import calendar as month_calendar
import re
from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from macros.components.deadline_calculator import MESSAGES
from macros.core import load_site_data
from macros.core.deadlines import MONTHS_AFTER_TODAY, accepted_range, long_date, request_deadlines
from macros.core.key_dates import key_dates
from tests.conftest import PageWatch
from tests.helpers import PROJECT

pytestmark = pytest.mark.browser

DATA = load_site_data(PROJECT / "data")
FIELD = "#deadline-request-date"
ERROR = "#deadline-request-date-error"


def last_sunday(year: int, month: int) -> date:
    last = date(year, month, month_calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() + 1) % 7)


def comparison_dates() -> list[date]:
    """Month ends, leap days, year boundaries and the British Summer Time change days, with their neighbours."""
    days = {date(2024, 2, 29), date(2028, 2, 29), date(2024, 2, 28), date(2028, 3, 1), date(2027, 2, 28),
            date(2025, 12, 31), date(2026, 1, 1), date(2026, 12, 31), date(2027, 1, 1), date(2026, 1, 5)}
    weeks_to_decision = timedelta(weeks=DATA.facts["decision-to-assess"].period.amount)
    for year in (2025, 2026, 2027):
        for month in range(1, 13):
            month_end = date(year, month, month_calendar.monthrange(year, month)[1])
            days.update({month_end, month_end - weeks_to_decision})  # the appeal then counts from a month end
    for year in range(2024, 2029):
        for month in (3, 10):
            sunday = last_sunday(year, month)
            days.update({sunday - timedelta(days=1), sunday, sunday + timedelta(days=1)})
    return sorted(days)


def open_calculator(page, site_url, today: date = date(2026, 11, 23)):
    page.clock.set_fixed_time(datetime(today.year, today.month, today.day, 12))
    page.goto(site_url + "ehc-needs-assessment/")
    page.wait_for_selector(f"{FIELD}:visible")


def show(page, value: str):
    page.fill(FIELD, value)
    page.get_by_role("button", name="Show my dates").click()


def shown_dates(page) -> list[tuple[str, str, str]]:
    return page.eval_on_selector_all(".deadline-calculator__dates li",
                                     "items => items.map(li => [li.dataset.row, li.dataset.date, li.textContent])")


def python_rows(request: date):
    return [[d.id, d.date.isoformat(), f"{d.sentence} (step {d.step_number})"] for d in request_deadlines(DATA, request)]


def test_browser_dates_match_the_python_rules(london, site_url):
    days = comparison_dates()
    assert len(days) >= 50
    open_calculator(london, site_url)
    for day in days:
        london.clock.set_fixed_time(datetime(day.year, day.month, day.day, 12))  # "today", so every day is accepted
        show(london, day.isoformat())
        assert shown_dates(london) == python_rows(day), day
        assert london.locator(".deadline-calculator__heading").inner_text().endswith(long_date(day))
    text = london.locator(".deadline-calculator").inner_text()
    assert "NaN" not in text and "Invalid Date" not in text
    assert london.watch.console_errors == []


def test_each_date_links_to_its_step(london, site_url):
    open_calculator(london, site_url)
    show(london, "2026-01-05")
    links = london.locator(".deadline-calculator__dates a")
    assert links.count() == len(DATA["statutory"].calculator.rows)
    for index in range(links.count()):
        anchor = links.nth(index).get_attribute("href").split("#")[1]
        assert london.locator(f"#{anchor}").count() == 1
    assert london.locator(".deadline-calculator__dates li").first.inner_text().startswith(
        "By Monday 16 February 2026: the council tells you whether it will")


def assert_problem(page, message: str):
    error = page.locator(ERROR)
    assert error.is_visible() and error.inner_text() == message
    field = page.locator(FIELD)
    assert field.get_attribute("aria-invalid") == "true"
    assert "deadline-request-date-error" in field.get_attribute("aria-describedby").split()
    assert page.locator(".deadline-calculator__result").is_hidden()
    text = page.locator(".deadline-calculator").inner_text()
    assert "NaN" not in text and "Invalid Date" not in text


def test_bad_input_in_the_date_field(london, site_url):
    open_calculator(london, site_url)
    london.click(FIELD, position={"x": 6, "y": 6})  # the day box (en-GB: day, month, year)
    london.keyboard.type("05")                      # only the day: the browser reports bad input
    london.keyboard.press("Enter")
    assert_problem(london, MESSAGES["real"])
    show(london, "")
    assert_problem(london, MESSAGES["empty"])
    show(london, "2026-02-31")  # page.fill: the browser refuses an impossible value, leaving the field empty
    assert_problem(london, MESSAGES["empty"])
    london.eval_on_selector(FIELD, "field => { field.value = '2026-02-30'; field.dispatchEvent(new Event('change')); }")
    assert_problem(london, MESSAGES["empty"])
    earliest, latest = accepted_range(date(2026, 11, 23))
    out_of_range = MESSAGES["range"].format_map({"from": long_date(earliest), "to": long_date(latest)})
    for far in (earliest - timedelta(days=1), latest + timedelta(days=1), date(1999, 1, 1)):
        show(london, far.isoformat())
        assert_problem(london, out_of_range)
    london.eval_on_selector(FIELD, "field => { field.value = '22026-03-10'; field.dispatchEvent(new Event('change')); }")
    assert_problem(london, out_of_range)  # a five-figure year, which the date field allows
    show(london, earliest.isoformat())  # the limits themselves are accepted
    assert london.locator(ERROR).is_hidden()
    assert london.locator(FIELD).get_attribute("aria-invalid") == "false"
    assert london.locator(FIELD).get_attribute("aria-describedby") == "deadline-request-date-hint"
    assert len(shown_dates(london)) == len(DATA["statutory"].calculator.rows)
    assert london.watch.console_errors == []


def test_typed_text_where_the_browser_has_no_date_picker(london, site_url):
    open_calculator(london, site_url)
    london.eval_on_selector(FIELD, "field => field.type = 'text'")
    for typed, message in (("31/02/2026", "real"), ("29/2/2027", "real"), ("16/02", "incomplete"),
                           ("next Tuesday", "incomplete"), ("2026-13-01", "real"), ("   ", "empty")):
        show(london, typed)
        assert_problem(london, MESSAGES[message])
    show(london, "5/1/2026")
    assert shown_dates(london) == python_rows(date(2026, 1, 5))
    show(london, " 29 02 2024 ")
    assert_problem(london, MESSAGES["range"].format_map(
        {"from": long_date(accepted_range(date(2026, 11, 23))[0]), "to": long_date(date(2027, 11, 23))}))


def test_calendar_file_made_in_the_browser(london, site_url):
    open_calculator(london, site_url)
    show(london, "2027-10-31")  # a BST change day
    with london.expect_download() as download_info:
        london.get_by_role("button", name="Add these dates to my calendar").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    raw = download.path().read_bytes()
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # long summaries are folded
    parsed = Calendar.from_ical(raw)
    assert str(parsed["VERSION"]) == "2.0" and str(parsed["PRODID"])
    events = list(parsed.walk("VEVENT"))
    expected = request_deadlines(DATA, date(2027, 10, 31))
    assert len(events) == len(expected)
    assert len({str(event["UID"]) for event in events}) == len(events)
    for event, deadline in zip(events, expected):
        assert event.decoded("DTSTART") == deadline.date
        assert event.decoded("DTEND") == deadline.date + timedelta(days=1)
        assert event.decoded("DTSTAMP").tzinfo is not None
        assert str(event["SUMMARY"]) == deadline.text[0].upper() + deadline.text[1:]
        assert long_date(date(2027, 10, 31)) in str(event["DESCRIPTION"])
    assert london.watch.console_errors == []


def test_last_date_is_kept_locally_and_blocked_storage_still_works(browser, site_url, london):
    open_calculator(london, site_url)
    show(london, "2026-03-29")
    stored = london.evaluate("localStorage.getItem('send-guide:calculator:v1')")
    assert re.fullmatch(r'\{"request":"2026-03-29","version":1\}|\{"version":1,"request":"2026-03-29"\}', stored)
    london.reload()
    assert london.input_value(FIELD) == "2026-03-29"
    assert shown_dates(london) == python_rows(date(2026, 3, 29))

    context = browser.new_context(timezone_id="Europe/London")
    context.add_init_script("Object.defineProperty(window, 'localStorage', "
                            "{get() { throw new DOMException('blocked', 'SecurityError'); }})")
    page = context.new_page()
    watch = PageWatch(page, site_url.rstrip("/"))
    open_calculator(page, site_url)
    assert page.locator(".send-blocked").inner_text() == MESSAGES["storage"]
    show(page, "2026-03-29")
    assert shown_dates(page) == python_rows(date(2026, 3, 29))
    # Material logs its own storage errors here (how many depends on timing); the calculator adds none.
    assert watch.own_errors == [], watch.own_errors
    context.close()


def test_without_javascript_the_worked_example_shows(page_without_js, site_url):
    page = page_without_js
    page.goto(site_url + "ehc-needs-assessment/")
    assert page.locator(FIELD).is_hidden()
    example = date.fromisoformat(DATA["statutory"].calculator.example_request)
    table = page.locator("table.deadline-calculator__example")
    assert long_date(example) in table.locator("caption").inner_text()
    cells = table.locator("tbody tr td:first-child").all_inner_texts()
    assert cells == [long_date(d.date) for d in request_deadlines(DATA, example)]
    limits = [DATA.facts[row.fact] for row in DATA["statutory"].calculator.rows if DATA.facts[row.fact].exceptions]
    grounds = page.locator(".deadline-calculator__exceptions li li")   # each time limit with its own grounds only
    assert grounds.count() == sum(len(limit.exceptions) for limit in limits)
    assert DATA["statutory"].exceptions["missed-appointment"].text not in page.locator(".deadline-calculator__exceptions").inner_text()


def test_printed_page_shows_the_dates_not_the_controls(london, site_url):
    open_calculator(london, site_url)
    show(london, "2026-01-05")
    london.emulate_media(media="print")
    assert london.locator(".deadline-calculator__dates").is_visible()
    assert london.locator(".deadline-calculator__form").is_hidden()
    assert london.get_by_role("button", name="Add these dates to my calendar").is_hidden()


def test_key_dates_page_and_its_calendar_file(london, site_url, built_site):
    london.goto(site_url + "key-dates/")
    assert london.locator("h1").inner_text() == "Key dates in the school year"
    link = london.get_by_role("link", name=re.compile("Download the key dates"))
    with london.expect_download() as download_info:
        link.click()
    raw = download_info.value.path().read_bytes()
    assert raw == (built_site / "downloads" / "key-dates.ics").read_bytes()
    events = list(Calendar.from_ical(raw).walk("VEVENT"))
    expected = key_dates(DATA)
    assert [(e.decoded("DTSTART"), e.decoded("DTEND") - e.decoded("DTSTART")) for e in events] == \
        [(item.day, timedelta(days=1)) for item in expected]
    assert [str(e["SUMMARY"]) for e in events] == [item.calendar_title for item in expected]
    assert london.locator("table.key-dates tbody tr").count() == len(expected)
    assert london.watch.console_errors == [] and london.watch.outside_requests == []


def test_range_limit_matches_python(london, site_url):
    """The browser's 'too far ahead' limit is the Python one (a year), not a second typed copy."""
    today = date(2028, 2, 29)
    open_calculator(london, site_url, today)
    latest = accepted_range(today)[1]
    assert latest == date(2029, 2, 28) and MONTHS_AFTER_TODAY == 12
    show(london, latest.isoformat())
    assert london.locator(ERROR).is_hidden()
    show(london, (latest + timedelta(days=1)).isoformat())
    assert london.locator(ERROR).inner_text().endswith(long_date(latest))
