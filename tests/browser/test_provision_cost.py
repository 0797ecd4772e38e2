"""The costed provision map in Chromium: the browser's sum matches the Python reference on generated cases, the
flag shows as a pupil's support nears or passes the £6,000 the page is given, and the new pages pass axe.

The Python sum (macros/core/costing.py) is the reference; the script is its copy. Nothing about the figure is in
the script: the test changes the page's threshold and the flag follows it.
"""

import random

import pytest

from macros.core import load_site_data
from macros.core.costing import ROW_NUMBERS, cost_text, map_costs
from tests.helpers import PROJECT
from tests.quality.axe import axe_violations

pytestmark = pytest.mark.browser

PAGE = "forms/costed-provision-map/"
DATA = load_site_data(PROJECT / "data")
TEMPLATE = DATA["templates"].templates["costed-provision-map"]
ROWS = next(s.repeat for s in TEMPLATE.sections if s.repeat)
RATE = round(DATA.site.costing.ta_hourly_rate * 100)
FACT = DATA["funding"].facts[DATA["funding"].costing.threshold_fact]
THRESHOLD, NEAR = round(FACT.amount * 100), round(DATA["funding"].costing.near_from * 100)
SCRIPT = PROJECT / "overrides/assets/components/provision-cost/provision-cost.js"


def box(page, key):
    return page.locator(f'[data-template="costed-provision-map"] [data-field="{key}"]')


def shown(page):
    """(each row's cost, the total, the flag shown) as the page shows them."""
    rows = [page.locator(f'[data-cost-row="{n}"]').text_content() for n in range(1, ROWS + 1)]
    flags = [f for f in ("near", "over") if page.locator(f'[data-flag="{f}"]').is_visible()]
    return rows, page.locator("[data-cost-total]").text_content(), (flags[0] if flags else None)


def expected(fields, check):
    costs = map_costs(fields, ROWS, RATE, NEAR, THRESHOLD)
    return [cost_text(c, check) for c in costs.rows], cost_text(costs.total_pence, check), costs.flag


def generated_cases(count):
    """Maps as a SENCo might type them: mostly sensible numbers, some typed rates, some mistakes."""
    rng = random.Random(26)
    mistakes = ["1.5", "abc", "0", "-2", "1000", "", " 7 "]
    for _ in range(count):
        fields = {}
        for n in range(1, rng.randint(1, ROWS) + 1):
            values = {
                "group-size": rng.choice([1, 1, 1, 2, 3, 4, 6, 8]),
                "minutes": rng.choice([10, 15, 20, 25, 30, 45, 50, 60]),
                "sessions": rng.randint(1, 5),
                "weeks": rng.randint(1, 39),
            }
            for key in ROW_NUMBERS:
                fields[f"{key}-{n}"] = str(values[key]) if rng.random() > 0.08 else rng.choice(mistakes)
            rate = rng.random()
            if rate < 0.4:
                fields[f"hourly-rate-{n}"] = f"{rng.randint(10, 60)}.{rng.randint(0, 99):02d}"
            elif rate < 0.5:
                fields[f"hourly-rate-{n}"] = rng.choice(["£25", "£ 31.5", "22.", "x"])
        if rng.random() < 0.4:
            fields["other-costs"] = rng.choice(["250", "1200.50", "£3000", "4999.99", "5800", "lots"])
        yield fields


KEYS = [f"{key}-{n}" for n in range(1, ROWS + 1) for key in (*ROW_NUMBERS, "hourly-rate")] + ["other-costs"]


def fill(page, fields):
    """Set every box, then send the input event typing sends (from the last box), so the page works the sum out."""
    page.evaluate(
        """values => {
        let last;
        Object.keys(values).forEach(key => {
            last = document.querySelector('[data-template="costed-provision-map"] [data-field="' + key + '"]');
            last.value = values[key];
        });
        last.dispatchEvent(new Event("input", {bubbles: true}));
    }""",
        {key: fields.get(key, "") for key in KEYS},
    )


def test_the_browser_sum_matches_python_on_generated_cases(page, site_url):
    page.goto(site_url + PAGE)
    check = page.locator("[data-provision-cost]").get_attribute("data-check-message")
    cases = list(generated_cases(80))
    flags = set()
    for fields in cases:
        fill(page, fields)
        want = expected(fields, check)
        assert shown(page) == want, fields
        flags.add(want[2])
    assert {None, "near", "over"} <= flags  # the cases reach every state
    assert page.watch.console_errors == [] and page.watch.outside_requests == []


def test_the_flag_shows_as_support_nears_and_passes_the_threshold(page, site_url):
    page.goto(site_url + PAGE)
    row = {"group-size-1": "1", "minutes-1": "60", "sessions-1": "5", "weeks-1": "30"}  # 150 hours at £18: £2,700
    fill(page, row)
    assert shown(page)[1:] == ("£2,700.00", None)
    fill(page, {**row, "other-costs": "2300"})  # £5,000: near
    assert shown(page)[1:] == ("£5,000.00", "near")
    near = page.locator('[data-flag="near"]').text_content()
    assert "£6,000" in near and "close to" in near
    fill(page, {**row, "other-costs": "3300"})  # £6,000: reached
    assert shown(page)[1:] == ("£6,000.00", "over")
    assert "notional" in page.locator('[data-flag="over"]').text_content()
    assert axe_violations(page) == []


def test_the_threshold_comes_from_the_page_not_the_script(page, site_url):
    source = SCRIPT.read_text(encoding="utf-8")
    assert not any(figure in source for figure in ("6000", "6,000", "600000", "5000", "1800"))
    page.goto(site_url + PAGE)
    page.evaluate(
        "() => document.querySelector('[data-provision-cost]').setAttribute('data-threshold-pence', '300000')"
    )
    fill(page, {"group-size-1": "1", "minutes-1": "60", "sessions-1": "5", "weeks-1": "30", "other-costs": "500"})
    assert shown(page)[1:] == ("£3,200.00", "over")  # the page's figure, read when it changes, not a constant


def test_costs_follow_the_record_after_a_reload(page, site_url):
    page.goto(site_url + PAGE)
    page.get_by_label("Until I clear it").check()
    fields = {"group-size-2": "3", "minutes-2": "30", "sessions-2": "3", "weeks-2": "10"}
    fill(page, fields)
    page.reload()
    assert box(page, "minutes-2").input_value() == "30"
    assert shown(page) == expected(fields, page.locator("[data-provision-cost]").get_attribute("data-check-message"))
    assert shown(page)[0][1] == "£90.00"


def test_without_javascript_it_is_a_printable_blank_with_the_sum_written_out(page_without_js, site_url):
    page_without_js.goto(site_url + PAGE)
    text = page_without_js.locator("article").inner_text()
    assert "Teaching assistant rate: £18.00 an hour." in text
    assert "minutes × sessions a week × weeks × hourly cost ÷ pupils in the group ÷ 60" in text
    assert page_without_js.locator("[data-cost-row]").count() == ROWS
    assert not page_without_js.locator('[data-flag="near"]').is_visible()


def test_the_interventions_page_passes_axe_and_links_the_map(page, site_url):
    page.goto(site_url + "interventions/")
    assert axe_violations(page) == []
    assert page.locator("h2#how-sen-support-is-paid-for, h2:has-text('How SEN support is paid for')").count() == 1
    assert page.locator("#funding-first-6000").count() == 1
    page.get_by_role("link", name="costed provision map").first.click()
    assert page.url.endswith(PAGE)


def test_the_intervention_tracker_follows_the_record_model_and_passes_axe(page, site_url):
    page.goto(site_url + "forms/intervention-tracker/")
    assert axe_violations(page) == []
    page.get_by_label("Until I clear it").check()
    page.locator('[data-field="pupil-2"]').fill("Sam")
    page.locator('[data-field="entry-2"]').fill("Reading age 7 years 2 months")
    kept = page.evaluate("() => JSON.parse(localStorage.getItem('send-guide:child:unnamed'))")
    assert kept["records"]["template/intervention-tracker"]["data"]["fields"] == {
        "pupil-2": "Sam",
        "entry-2": "Reading age 7 years 2 months",
    }
    page.reload()
    assert page.locator('[data-field="entry-2"]').input_value() == "Reading age 7 years 2 months"
    assert page.watch.console_errors == []


@pytest.mark.parametrize("path", ["interventions/", PAGE])
def test_the_new_pages_pass_axe_in_the_dark_palette(browser, site_url, path):
    context = browser.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(site_url + path)
        if path == PAGE:
            fill(
                page,
                {"group-size-1": "1", "minutes-1": "60", "sessions-1": "5", "weeks-1": "30", "other-costs": "2300"},
            )
        assert axe_violations(page) == []
    finally:
        context.close()
