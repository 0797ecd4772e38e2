"""Key dates of the school year (page and .ics) and the calculator's build-time HTML, from the data."""

import html
import json
import re
import shutil
import textwrap
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.dates.deadlines import calculator_rules, example_values, journey_dates
from macros.core.dates.key_dates import key_dates
from macros.core.school_year import long_date, school_terms
from macros.outputs.key_dates_ics import key_dates_calendar
from tests.helpers import PROJECT, assert_located, line_number_of, replace_in

DATA = load_site_data(PROJECT / "data")


def events_of(ics: bytes):
    calendar = Calendar.from_ical(ics)
    return calendar, list(calendar.walk("VEVENT"))


def test_six_terms_each_with_a_planning_meeting_on_its_first_day():
    terms = school_terms(DATA)
    assert len(terms) == 6
    planning = [item for item in key_dates(DATA) if item.id.endswith("-planning-meeting")]
    assert [item.day for item in planning] == [term.start for term in terms]


def test_reviews_fall_on_the_first_school_day_of_their_month():
    days = {item.id: item for item in key_dates(DATA)}
    assert days["october-review"].day == date(2026, 10, 1)  # a Thursday in autumn term 1
    assert days["february-review"].day == date(2027, 2, 1)
    assert days["july-review"].day == date(2027, 7, 1)
    assert days["july-transition-meeting"].when == "July 2027"
    assert days["autumn-1-planning-meeting"].when == "Thursday 3 September 2026"
    ordered = [item.day for item in key_dates(DATA)]
    assert ordered == sorted(ordered)


def test_review_skips_a_holiday_start_of_month(data_copy):
    # February half term from 1 February: the review moves to the first school day back
    replace_in(data_copy / "term_dates.yml", 'end: "2027-02-12"', 'end: "2027-01-29"')
    replace_in(data_copy / "term_dates.yml", 'start: "2027-02-22"', 'start: "2027-02-08"')
    days = {item.id: item.day for item in key_dates(load_site_data(data_copy))}
    assert days["february-review"] == date(2027, 2, 8)


def test_build_calendar_parses_back_with_every_event():
    calendar, events = events_of(key_dates_calendar(DATA))
    assert str(calendar["VERSION"]) == "2.0" and "SEND guide" in str(calendar["PRODID"])
    expected = key_dates(DATA)
    assert len(events) == len(expected) == 12  # 6 meetings, 4 reviews, 2 fixed dates in law (issue 26)
    assert len({str(event["UID"]) for event in events}) == len(events)
    for event, item in zip(events, expected):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start == item.day and end == item.day + timedelta(days=1)  # all-day: DATE values
        assert not hasattr(start, "hour")
        assert event.decoded("DTSTAMP").tzinfo is not None
        assert str(event["SUMMARY"]).startswith(item.title)
    raw = key_dates_calendar(DATA)
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert key_dates_calendar(DATA) == raw  # same data, same bytes


def test_an_overlay_replaces_the_term_dates(data_copy):
    replace_in(data_copy / "term_dates.yml", 'start: "2026-09-03"', 'start: "2026-09-01"')
    replace_in(data_copy / "term_dates.yml", "school_year: 2026 to 2027", "school_year: Council year 2026 to 2027")
    data = load_site_data(data_copy)
    _, events = events_of(key_dates_calendar(data))
    assert events[0].decoded("DTSTART") == date(2026, 9, 1)
    page = str(COMPONENTS["key_dates"](data, Links("key-dates/")))
    assert "Tuesday 1 September 2026" in page and "Council year 2026 to 2027" in page


@pytest.mark.parametrize(
    "old, new, located",
    [
        (
            'end: "2027-02-12"',
            'end: "2027-02-30"',
            r"terms\[2\]\.end: '2027-02-30' is not a real date: February 2027 has 28 days",
        ),  # the schema
        ('end: "2027-02-12"', 'end: "2027-02-29"', r"terms\[2\]\.end: day is out of range for month"),  # no 29th
        (
            'start: "2026-11-02"',
            'start: "2026-10-20"',
            r"terms\[1\]\.start: Autumn term 2 starts before Autumn term 1 ends",
        ),
        ('end: "2026-10-23"', 'end: "2026-09-01"', r"terms\[0\]\.end: Autumn term 1 ends before it starts"),
    ],
)
def test_bad_term_dates_are_refused_at_their_own_line(data_copy, old, new, located):
    """Checked by the validator, so the message names the line edited (not line 1) and no page is rendered."""
    replace_in(data_copy / "term_dates.yml", old, new)
    line = line_number_of(data_copy / "term_dates.yml", new)
    assert_located(data_copy, re.compile(rf"data/term_dates.yml:{line}: {located}"))


def test_a_review_month_with_no_school_day_is_refused_at_its_line(data_copy):
    replace_in(data_copy / "review_calendar.yml", "month: 10", "month: 8")  # August: the summer holiday
    line = line_number_of(data_copy / "review_calendar.yml", "month: 8")
    assert_located(
        data_copy, re.compile(rf"data/review_calendar.yml:{line}: reviews\[0\]\.month: no school day in month 8")
    )


def _council_overlay(tmp_path, term_dates: str):
    """The sample council overlay (local/example/data) with its term_dates.yml replaced."""
    overlay = tmp_path / "overlay"
    shutil.copytree(PROJECT / "local" / "example" / "data", overlay)
    (overlay / "term_dates.yml").write_text(textwrap.dedent(term_dates).lstrip(), encoding="utf-8")
    return overlay


@pytest.mark.parametrize(
    "overlay_terms, needle, located",
    [
        (
            """
     terms:
       - id: autumn-1
         start: "2026-10-30"
     """,
            'start: "2026-10-30"',
            r"terms\[autumn-1\]\.start: Autumn term 1 ends before it starts",
        ),
        (
            """
     terms:
       - id: autumn-2
         start: "2026-10-01"
     """,
            'start: "2026-10-01"',
            r"terms\[autumn-2\]\.start: Autumn term 2 starts before Autumn term 1 ends",
        ),
    ],
)
def test_bad_term_dates_in_a_council_overlay_name_the_councils_file_and_line(
    data_copy, tmp_path, overlay_terms, needle, located
):
    overlay = _council_overlay(tmp_path, overlay_terms)
    line = line_number_of(overlay / "term_dates.yml", needle)
    found = assert_located(data_copy, re.compile(rf"overlay/term_dates.yml:{line}: {located}"), overlay_dir=overlay)
    assert not any(p.startswith("data/term_dates.yml") for p in found), found


def test_key_dates_page_links_the_calendar_file():
    page = str(COMPONENTS["key_dates"](DATA, Links("key-dates/")))
    assert 'href="../downloads/key-dates.ics"' in page
    assert page.count("<tr>") == 1 + 12 + 1 + 6  # headers and rows of both tables
    assert "October 2026" in page and DATA["term_dates"].note in html.unescape(page)


def test_calculator_html_carries_the_rules_and_a_worked_example():
    page = str(COMPONENTS["deadline_calculator"](DATA, Links("ehc-needs-assessment/")))
    rules = json.loads(html.unescape(re.search(r'data-rules="([^"]*)"', page).group(1)))
    assert [row["amount"] for row in rules["rows"]] == [row["amount"] for row in calculator_rules(DATA)["rows"]]
    assert rules["rows"][0]["next"] == "../letters/assessment-decision-late/"  # the row's if_passed page: its letter
    assert '<label for="calc-assessment-request-day"' in page and 'inputmode="numeric"' in page
    assert 'type="date"' not in page  # no native date picker
    for deadline in journey_dates(rules, example_values(DATA, "assessment")):
        assert f"<td>{long_date(deadline.date)}</td>" in page
    shown = {
        ground
        for row in DATA["statutory"].calculator.journeys["assessment"].rows
        for ground in DATA.facts[row.fact].exceptions or ()
    }
    for exception in DATA["statutory"].exceptions:  # each limit's own grounds, and no other (no missed appointment)
        assert (html.escape(exception.text, quote=False).split(".")[0] in page) == (exception.id in shown)
    assert DATA.facts["calendar-weeks"].statement.split(" ")[-1] in page
