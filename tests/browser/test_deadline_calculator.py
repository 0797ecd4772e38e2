"""The deadline calculators in real Chromium (Europe/London time): the browser engine gives the same dates as
the Python reference for every journey on many generated dates, GOV.UK date entry and error messages,
focus, passed dates, the .ics with reminders, opt-in saving, and the worked example without JavaScript."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from macros.core import load_site_data
from macros.core.dates.deadlines import (
    MESSAGES,
    accepted_range,
    calculator_rules,
    example_values,
    journey_dates,
    long_date,
)
from macros.core.dates.key_dates import key_dates
from tests.conftest import PageWatch
from tests.deadline_cases import as_browser, cases, python_answer
from tests.helpers import PROJECT
from tests.quality.axe import axe_violations

pytestmark = pytest.mark.browser

DATA = load_site_data(PROJECT / "data")
TODAY = date(2026, 11, 23)
PAGES = {
    "assessment": "calculators/assessment-dates/",
    "annual-review": "calculators/annual-review-dates/",
    "moving-school": "calculators/moving-school-dates/",
    "appeal": "calculators/appeal-dates/",
    "reassessment": "calculators/reassessment-dates/",
}


def open_page(page, site_url, journey_id: str = "assessment", today: date = TODAY):
    page.clock.set_fixed_time(datetime(today.year, today.month, today.day, 12))
    page.goto(site_url + PAGES[journey_id])
    page.wait_for_selector(".deadline-calculator[data-enhanced]")  # the form is in the page before the script runs


def page_rules(page) -> dict:
    return json.loads(page.get_attribute(".deadline-calculator", "data-rules"))


def enter(page, journey_id: str, input_id: str, day="", month="", year=""):
    prefix = f"#calc-{journey_id}-{input_id}"
    for part, value in (("day", day), ("month", month), ("year", year)):
        if page.locator(f"{prefix}-{part}").count():
            page.fill(f"{prefix}-{part}", str(value))


def enter_date(page, journey_id: str, input_id: str, value: date):
    enter(page, journey_id, input_id, value.day, value.month, value.year)


def show(page):
    page.get_by_role("button", name="Show my dates").click()


def show_dates_for(page, site_url, journey_id: str, input_id: str, value: date, today: date = TODAY):
    """Open a journey's page on `today`, enter one date and show the results."""
    open_page(page, site_url, journey_id, today)
    enter_date(page, journey_id, input_id, value)
    show(page)


def shown(page) -> list[tuple[str, str]]:
    return [
        tuple(item)
        for item in page.eval_on_selector_all(
            ".deadline-calculator__dates > li", "items => items.map(li => [li.dataset.row, li.dataset.date])"
        )
    ]


@pytest.mark.parametrize("journey_id", list(PAGES))
def test_browser_engine_matches_python_on_generated_dates(london, site_url, journey_id):
    open_page(london, site_url, journey_id)
    rules = page_rules(london)
    same = json.loads(json.dumps(calculator_rules(DATA, journey_id)))
    # `next` and `carry` are the page's links (where a late date leads, the dates a letter takes), not rules
    assert [{k: v for k, v in row.items() if k not in ("next", "carry")} for row in rules["rows"]] == same.pop("rows")
    assert {
        k: v for k, v in rules.items() if k != "rows"
    } == same  # the browser reads the very rules the Python reference reads
    answers = cases(journey_id)
    assert len(answers) >= 150
    browser = london.evaluate(
        "([rules, all]) => all.map(a => window.sendGuideDeadlines(rules, a))",
        [rules, [as_browser(values) for values in answers]],
    )
    for values, got in zip(answers, browser):
        assert got == python_answer(rules, values), values
    assert london.watch.console_errors == []


def test_appeal_rule_12_cases_in_the_page(london, site_url):
    """A 2-month limit ending in August, at Christmas and on a bank holiday, entered through the boxes."""
    open_page(london, site_url, "appeal", date(2027, 6, 1))
    for letter, expected in (
        (date(2027, 6, 15), date(2027, 9, 1)),  # 15 August: first working day after 31 August
        (date(2026, 10, 26), date(2027, 1, 4)),  # 26 December: after 1 January (a Friday holiday)
        (date(2027, 1, 29), date(2027, 3, 30)),  # 29 March 2027 is Easter Monday... 29 Mar moves
        (date(2027, 3, 1), date(2027, 5, 4)),
    ):  # 1 May 2027 is a Saturday; 3 May a holiday
        enter_date(london, "appeal", "decision-letter", letter)
        show(london)
        assert dict(shown(london))["appeal-deadline"] == expected.isoformat(), letter
        assert london.evaluate("document.activeElement.classList.contains('deadline-calculator__heading')")
    text = london.locator(".deadline-calculator__dates").inner_text()
    assert "not a working day" in text


@pytest.mark.parametrize("journey_id", list(PAGES))
def test_each_journey_through_its_boxes(london, site_url, journey_id):
    """The worked example's answers, typed into the page, give the Python dates in date order."""
    values = example_values(DATA, journey_id)
    open_page(london, site_url, journey_id)
    for key, value in values.items():
        if key == "move":
            london.check(f"#calc-moving-school-move-{value}")
        elif isinstance(value, date):
            enter(london, journey_id, key, value.day, long_date(value).split()[2][:3].lower(), value.year)  # "mar"
        else:
            enter(london, journey_id, key, year=value)
    show(london)
    expected = [(d.id, d.date.isoformat()) for d in journey_dates(calculator_rules(DATA, journey_id), values)]
    assert shown(london) == expected
    assert [d for _, d in expected] == sorted(d for _, d in expected)
    assert london.evaluate("document.activeElement.textContent") == "Your dates"
    assert london.watch.console_errors == [] and london.watch.outside_requests == []


def errors(page) -> list[str]:
    return page.locator(".deadline-calculator__summary li").all_inner_texts()


def test_error_messages_follow_the_gov_uk_pattern(london, site_url):
    page = london
    open_page(page, site_url)
    show(page)
    assert errors(page) == ["Enter the date the council got the request"]
    assert page.evaluate("document.activeElement.classList.contains('deadline-calculator__summary')")
    page.get_by_role("link", name="Enter the date the council got the request").click()
    assert page.evaluate("document.activeElement.id") == "calc-assessment-request-day"
    assert (
        page.locator("#calc-assessment-request-error").inner_text()
        == "Error: Enter the date the council got the request"
    )
    fieldset = page.locator("#calc-assessment-request fieldset")
    assert "calc-assessment-request-error" in fieldset.get_attribute("aria-describedby").split()

    enter(page, "assessment", "request", 5, 1, "")
    show(page)
    assert errors(page) == ["The date the council got the request must include a year"]
    page.get_by_role("link", name=errors(page)[0]).click()
    assert page.evaluate("document.activeElement.id") == "calc-assessment-request-year"
    assert page.get_attribute("#calc-assessment-request-year", "aria-invalid") == "true"
    assert page.get_attribute("#calc-assessment-request-day", "aria-invalid") == "false"

    enter(page, "assessment", "request", "", "", 2026)
    show(page)
    assert errors(page) == ["The date the council got the request must include a day and a month"]
    for day, month, year in ((31, 2, 2026), (29, 2, 2027), (1, 13, 2026), ("x", 1, 2026), (1, "ju", 2026)):
        enter(page, "assessment", "request", day, month, year)
        show(page)
        assert errors(page) == ["The date the council got the request must be a real date"], (day, month, year)
    enter(page, "assessment", "request", 1, 1, 26)
    show(page)
    assert errors(page) == ["The year must include 4 numbers"]

    earliest, latest = accepted_range(TODAY)
    for far in (earliest - timedelta(days=1), latest + timedelta(days=1)):
        enter_date(page, "assessment", "request", far)
        show(page)
        assert errors(page) == [
            f"The date the council got the request must be between {long_date(earliest)} and "
            f"{long_date(latest)}. {MESSAGES['why-event']}"
        ]
    enter(page, "assessment", "request", 5, "January", 2026)  # month names are accepted
    enter(page, "assessment", "draft-served", 1, 1, "")  # an optional date, half filled
    show(page)
    assert errors(page) == ["The date the draft plan was served on you must include a year"]
    enter(page, "assessment", "draft-served", "", "", "")
    enter(page, "assessment", "request", " 5 ", "jan", "2026")
    show(page)
    assert page.locator(".deadline-calculator__summary").is_hidden()
    assert shown(page)[0] == ("decision-to-assess", "2026-02-16")
    assert page.get_attribute("#calc-assessment-request-day", "aria-invalid") == "false"
    assert page.watch.console_errors == []


def test_moving_school_errors_and_explanation(london, site_url):
    page = london
    open_page(page, site_url, "moving-school")
    show(page)
    assert errors(page) == [MESSAGES["move"], MESSAGES["birth-or-year"]]
    page.check("#calc-moving-school-move-secondary-to-post-16")
    enter(page, "moving-school", "move-year", year="20")
    show(page)
    assert errors(page) == ["Enter the year of the move as a year, for example 2028"]
    enter(page, "moving-school", "move-year", year="2029")
    show(page)
    assert shown(page) == [("phase-transfer", "2029-03-30")]  # before 31 March
    enter(page, "moving-school", "move-year", year="")
    enter_date(page, "moving-school", "date-of-birth", date(2012, 9, 1))  # 1 September: a year later
    show(page)
    assert shown(page) == [("phase-transfer", "2029-03-30")]  # Reception in 2017, Year 12 in 2029
    text = page.locator(".deadline-calculator__dates").inner_text()
    assert "1 September" in text and "taught out of their year group" in text
    assert page.watch.console_errors == []


def test_closure_exception_shown_beside_its_step(london, site_url):
    """A request whose 20 weeks run into the summer holiday (term dates data): the closure sentence, per step."""
    page = london
    show_dates_for(page, site_url, "assessment", "request", date(2027, 3, 1), date(2027, 3, 1))
    final = page.locator("li[data-row=final-plan]")
    assert final.locator(".deadline-calculator__closure").inner_text() == (
        "The council may be allowed to take longer than Monday 19 July 2027 only if it asked the school for advice "
        "between Thursday 15 July 2027 and Monday 19 July 2027 and that made the time limit impractical. "
        "These dates come from one council's term dates: your child's school may close at other times."
    )
    assert page.locator("li[data-row=decision-to-assess] .deadline-calculator__closure").count() == 0
    assert page.locator("li[data-row=final-plan] details li").count() == len(DATA.facts["final-plan"].exceptions)
    assert page.locator("li[data-row=draft-plan-comments] details").count() == 0


def test_passed_dates_say_what_to_do_next(london, site_url):
    page = london
    show_dates_for(page, site_url, "assessment", "request", date(2026, 1, 5), date(2026, 4, 1))
    passed = page.locator(".deadline-calculator__date--passed")
    assert passed.count() == 1 and passed.get_attribute("data-row") == "decision-to-assess"
    link = passed.locator(".deadline-calculator__passed a")
    # The row's own if_passed: the letter that chases the decision, with the request's date carried across
    assert "letters/assessment-decision-late/?request-date=" in link.get_attribute("href")
    link.click()
    page.wait_for_url("**/letters/assessment-decision-late/**")  # another page: wait for it to load
    assert page.locator("h1").inner_text() == DATA["letters"].letters["assessment-decision-late"].title
    assert "5 January 2026" in page.input_value("#letter-assessment-decision-late-request-date")
    assert "5 January 2026" in page.locator("[data-letter-sheet]").inner_text()
    assert "Filled in from the date calculator" in page.locator(".letter-form__from-calculator").inner_text()


def test_a_step_that_has_happened_is_not_flagged_as_passed(london, site_url):
    """Issue 21: a meeting the person says took place makes its invitations history, not late."""
    page = london
    show_dates_for(page, site_url, "annual-review", "review-meeting", date(2026, 11, 10), date(2026, 11, 23))
    assert ("review-notice", "2026-10-27") in shown(page)  # before today, but the meeting has happened
    assert page.locator(".deadline-calculator__dates .deadline-calculator__date--passed").count() == 0
    open_page(page, site_url, "assessment", date(2026, 4, 1))
    enter_date(page, "assessment", "request", date(2026, 1, 5))
    enter_date(page, "assessment", "la-asks-for-advice", date(2026, 2, 10))  # so the council decided to assess
    show(page)
    passed = [
        page.locator(".deadline-calculator__date--passed").nth(i).get_attribute("data-row")
        for i in range(page.locator(".deadline-calculator__date--passed").count())
    ]
    assert "decision-to-assess" not in passed and "advice-deadline" in passed  # the advice is still owed


def test_a_middle_school_move_asks_for_the_year(london, site_url):
    page = london
    open_page(page, site_url, "moving-school")
    page.check("#calc-moving-school-move-middle-to-secondary")
    enter_date(page, "moving-school", "date-of-birth", date(2016, 3, 14))
    show(page)
    assert MESSAGES["middle"] in page.locator(".deadline-calculator__summary").inner_text()
    enter(page, "moving-school", "move-year", year=2028)
    show(page)
    assert shown(page) == [("phase-transfer", "2028-02-14")]


def test_calendar_file_has_the_persons_dates_with_reminders(london, site_url):
    page = london
    open_page(page, site_url, "annual-review")
    enter_date(page, "annual-review", "review-meeting", date(2027, 3, 28))  # a clock change day
    show(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Add these dates to my calendar").click()
    raw = download_info.value.path().read_bytes()
    assert download_info.value.suggested_filename == "annual-review-dates.ics"
    assert raw.endswith(b"\r\n") and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    events = list(Calendar.from_ical(raw).walk("VEVENT"))
    expected = journey_dates(calculator_rules(DATA, "annual-review"), {"review-meeting": date(2027, 3, 28)})
    assert [e.decoded("DTSTART") for e in events] == [d.date for d in expected]
    assert [str(e["SUMMARY"]) for e in events] == [d.text for d in expected]
    assert all(str(e.walk("VALARM")[0]["TRIGGER"].to_ical(), "ascii") == "-P3D" for e in events)
    assert len({str(e["UID"]) for e in events}) == len(events)


def kept_answers(page):
    """The calculator records kept in localStorage, by child name ("" for not named)."""
    found = page.evaluate("""() => Object.keys(localStorage).filter(k => k.startsWith('send-guide:child:'))
                                 .map(k => JSON.parse(localStorage.getItem(k)))""")
    return {c["name"]: {k: r["data"] for k, r in c["records"].items() if k.startswith("calculator/")} for c in found}


def test_keeping_dates_is_a_choice_that_can_be_undone(london, site_url):
    page = london
    show_dates_for(page, site_url, "appeal", "decision-letter", date(2026, 10, 1))
    assert kept_answers(page) == {}  # nothing kept until the person asks
    page.check("#rs-calculator-appeal-keep-until-cleared")
    assert kept_answers(page) == {"": {"calculator/appeal": {"answers": {"decision-letter": "2026-10-01"}}}}
    page.reload()
    page.wait_for_selector(".deadline-calculator__result:visible")
    assert page.input_value("#calc-appeal-decision-letter-month") == "10"
    assert shown(page) == [("mediation-adviser", "2026-12-01"), ("appeal-deadline", "2026-12-01")]
    page.check("#rs-calculator-appeal-keep-none")
    assert kept_answers(page) == {}


def test_two_childrens_dates_stay_apart_and_their_calendar_events_are_distinct(london, site_url):
    """Same dates for two children: each calendar file names its child, and no event id is shared."""
    page = london
    open_page(page, site_url, "appeal")
    page.check("#rs-calculator-appeal-keep-until-cleared")
    files = {}
    for name in ("A.B.", "C.D."):
        page.locator("#rs-calculator-appeal [data-action=new]").click()
        page.locator("#rs-calculator-appeal-name").fill(name)
        page.locator("#rs-calculator-appeal").get_by_role("button", name="Start").click()
        assert page.input_value("#calc-appeal-decision-letter-day") == ""  # a new child starts empty
        enter_date(page, "appeal", "decision-letter", date(2026, 10, 1))
        show(page)
        assert page.locator(".deadline-calculator__heading").inner_text() == f"Dates for {name}"
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Add these dates to my calendar").click()
        files[name] = download_info.value
    assert files["A.B."].suggested_filename == "appeal-dates-a-b.ics"
    events = {name: list(Calendar.from_ical(f.path().read_bytes()).walk("VEVENT")) for name, f in files.items()}
    assert all(str(e["SUMMARY"]).startswith(f"{name}: ") for name, found in events.items() for e in found)
    uids = [str(e["UID"]) for found in events.values() for e in found]
    assert len(uids) == 4 and len(set(uids)) == 4
    assert [e.decoded("DTSTART") for e in events["A.B."]] == [e.decoded("DTSTART") for e in events["C.D."]]
    page.locator("#rs-calculator-appeal-child").select_option(label="A.B.")
    assert page.input_value("#calc-appeal-decision-letter-month") == "10"
    assert sorted(kept_answers(page)) == ["", "A.B.", "C.D."]


def test_blocked_storage_still_works(browser, site_url):
    context = browser.new_context(timezone_id="Europe/London")
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }})"
    )
    page = context.new_page()
    watch = PageWatch(page, site_url.rstrip("/"))
    open_page(page, site_url, "appeal")
    assert page.locator(".send-blocked").inner_text() == MESSAGES["storage"]
    enter_date(page, "appeal", "decision-letter", date(2026, 10, 1))
    show(page)
    assert shown(page) == [("mediation-adviser", "2026-12-01"), ("appeal-deadline", "2026-12-01")]
    assert watch.own_errors == [], watch.own_errors
    context.close()


def test_copy_as_text_and_print(london, site_url):
    page = london
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    show_dates_for(page, site_url, "appeal", "decision-letter", date(2026, 10, 1))
    page.get_by_role("button", name="Copy my dates as text").click()
    page.wait_for_function("() => document.querySelector('.deadline-calculator__status').textContent.length > 0")
    assert page.locator(".deadline-calculator__status").inner_text() == MESSAGES["copied"]
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert "By Tuesday 1 December 2026: The tribunal must receive your appeal by 5pm on this day." in copied
    page.emulate_media(media="print")
    assert page.locator(".deadline-calculator__dates").is_visible()
    assert page.locator(".deadline-calculator__form").is_hidden()
    assert page.locator(".deadline-calculator__example").is_hidden()  # never printed beside the person's dates


def test_keyboard_alone(london, site_url):
    page = london
    open_page(page, site_url, "appeal")
    page.focus("#calc-appeal-decision-letter-day")
    page.keyboard.type("1")
    page.keyboard.press("Tab")  # no automatic tabbing: the person moves on
    page.keyboard.type("oct")
    page.keyboard.press("Tab")
    page.keyboard.type("2026")
    page.keyboard.press("Enter")
    page.wait_for_selector(".deadline-calculator__result:visible")
    assert page.evaluate("document.activeElement.textContent") == "Your dates"
    assert shown(page) == [("mediation-adviser", "2026-12-01"), ("appeal-deadline", "2026-12-01")]
    page.keyboard.press("Tab")
    for _ in range(12):
        if page.evaluate("document.activeElement.textContent") == "Add these dates to my calendar":
            break
        page.keyboard.press("Tab")
    with page.expect_download():
        page.keyboard.press("Enter")


def test_axe_with_errors_and_results(london, site_url):
    page = london
    open_page(page, site_url, "moving-school")
    show(page)
    page.mouse.move(0, 0)  # the pointer left over a link would measure Material's hover colour
    assert axe_violations(page) == []
    page.check("#calc-moving-school-move-primary-to-secondary")
    enter_date(page, "moving-school", "date-of-birth", date(2016, 3, 14))
    show(page)
    assert axe_violations(page) == []


@pytest.mark.parametrize("journey_id", list(PAGES))
def test_without_javascript_each_rule_is_explained_with_an_example(page_without_js, site_url, journey_id):
    page = page_without_js
    page.goto(site_url + PAGES[journey_id])
    assert page.locator(".deadline-calculator__form").is_hidden()
    rules = calculator_rules(DATA, journey_id)
    expected = journey_dates(rules, example_values(DATA, journey_id))
    example = page.locator(".deadline-calculator__example")
    assert "not your dates" in example.locator("h2").inner_text()
    assert example.locator("caption").inner_text() == "Example only"
    assert example.locator("tbody tr td:first-child").all_inner_texts() == [long_date(d.date) for d in expected]
    explained = page.locator(".deadline-calculator__rules > li")
    assert explained.count() == len(rules["rows"])
    for row in rules["rows"]:
        assert (
            DATA.facts[row["fact"]].title
            in page.locator(f".deadline-calculator__rules > li[data-row={row['id']}]").inner_text()
        )


def test_ehc_needs_assessment_page_links_to_its_calculator(london, site_url):
    """The guide page links its calculator at the top and in "Work out your dates" (the calculator's own page
    keeps the guide page within its page-weight budget; the component stays embeddable in any page)."""
    page = london
    page.goto(site_url + "ehc-needs-assessment/")
    links = page.locator("article a[href$='calculators/assessment-dates/']")
    assert links.count() >= 2 and links.first.is_visible()
    page.goto(site_url)
    assert page.locator("article a[href$='calculators/']").count() >= 1


def test_key_dates_page_and_its_calendar_file(london, site_url, built_site):
    london.goto(site_url + "key-dates/")
    link = london.get_by_role("link", name=re.compile("Download the key dates"))
    with london.expect_download() as download_info:
        link.click()
    raw = download_info.value.path().read_bytes()
    assert raw == (built_site / "downloads" / "key-dates.ics").read_bytes()
    events = list(Calendar.from_ical(raw).walk("VEVENT"))
    assert [e.decoded("DTSTART") for e in events] == [item.day for item in key_dates(DATA)]


def test_a_date_kept_by_the_earlier_calculator_is_shown_not_dropped(london, site_url):
    """Saves of the two earlier versions (send-guide:calculator:v1 and :<journey>) move into the record model."""
    page = london
    open_page(page, site_url)
    page.evaluate("""() => { localStorage.setItem('send-guide:calculator:v1', JSON.stringify({request: '2026-03-29', version: 1}));
      localStorage.setItem('send-guide:calculator:appeal', JSON.stringify({answers: {'decision-letter': '2026-10-01'}, version: 1})); }""")
    page.reload()
    page.wait_for_selector(".deadline-calculator__result:visible")
    assert page.input_value("#calc-assessment-request-day") == "29"
    assert shown(page)[0] == ("decision-to-assess", "2026-05-10")
    assert page.is_checked("#rs-calculator-assessment-keep-until-cleared")  # it was kept until cleared
    assert kept_answers(page)[""] == {
        "calculator/assessment": {"answers": {"request": "2026-03-29"}},
        "calculator/appeal": {"answers": {"decision-letter": "2026-10-01"}},
    }
    assert page.evaluate("() => localStorage.getItem('send-guide:calculator:v1')") is None
