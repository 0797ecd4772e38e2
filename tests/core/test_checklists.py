"""Checklists render from data: labelled checkboxes, text taken from the records they point at, checked ids."""

import re

import pytest

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from tests.helpers import assert_located, buttons_and_choices_need_scripts
from tests.helpers import PROJECT, line_number_of, replace_in


def render(data, checklist_id=None, page="checklists/x/"):
    return str(COMPONENTS["checklist"](data, Links(page), checklist_id))


@pytest.fixture(scope="module")
def data():
    return load_site_data(PROJECT / "data")


def test_the_issue_checklists_exist_with_at_most_20_items(data):
    checklists = data["checklists"].checklists
    assert {
        "link-planning",
        "planning-consultation",
        "ehcna-request",
        "sen-support-plan",
        "reviews",
        "parent-ehcna",
    } <= set(checklists.ids())
    assert all(1 <= len(c["items"]) <= 20 for c in checklists)  # the print test pins each one's A4 sheets


def test_every_item_is_a_real_checkbox_with_its_own_label(data):
    html = render(data)
    boxes = re.findall(r'<input type="checkbox" id="([^"]+)" data-item="([^"]+)"', html)
    # The record switcher's and the printed date's own labels aside (tested with them).
    dates = {f"cl-{c.id}-date" for c in data["checklists"].checklists}
    labels = [
        label
        for label in re.findall(r'<label for="([^"]+)">', html)
        if not label.startswith("rs-") and label not in dates
    ]
    assert len(boxes) == sum(len(c["items"]) for c in data["checklists"].checklists)
    assert [box_id for box_id, _ in boxes] == labels
    assert len(set(labels)) == len(labels)


def test_no_script_state_is_empty_and_needs_no_buttons(data):
    """Without JavaScript: nothing ticked, no progress text, no buttons that could not work."""
    html = render(data, "reviews")
    assert buttons_and_choices_need_scripts(html)
    assert not re.search(r'<input type="checkbox"[^>]* checked', html)
    assert re.search(r'<p role="status" aria-live="polite" hidden class="checklist__progress send-no-print"></p>', html)


def test_link_planning_items_take_the_questions_from_meetings(data, data_copy):
    html = render(data, "link-planning")
    for question in data["meetings"].link_planning.questions:
        assert f'data-item="{question.id}"' in html
        assert question.text.replace("'", "&#39;") in html
    replace_in(
        data_copy / "meetings.yml",
        "text: What training does your school need for the next school year?",
        "text: What training do your staff need next year?",
    )
    assert "What training do your staff need next year?" in render(load_site_data(data_copy), "link-planning")


def test_support_plan_items_take_the_seven_agreements(data):
    html = render(data, "sen-support-plan")
    for agreement in data["support_plans"].support_plan.agree:
        assert agreement.text in html
    assert len(data["support_plans"].support_plan.agree) == 7  # who-does-what (Code 6.65) added in issue 26


def test_parent_checklist_takes_the_comment_time_from_statutory_facts(data, data_copy):
    html = render(data, "parent-ehcna")
    assert "Step 3: Producing the EHC plan or giving feedback" in html
    assert data.facts["draft-plan-comments"].statement in html
    assert "regulation 13(1)" in html
    import re

    # No hand-written 15 (ids such as send-cop-2015 are not a number of days).
    assert not re.search(r"(?<![\w-])15(?![\w-])", (PROJECT / "data" / "checklists.yml").read_text(encoding="utf-8"))
    replace_in(
        data_copy / "statutory.yml", "You have at least 15 days to comment", "You have at least 21 days to comment"
    )
    assert "at least 21 days to comment" in render(load_site_data(data_copy), "parent-ehcna")


def test_items_link_to_their_template(data):
    html = render(data, "sen-support-plan", page="checklists/sen-support-plan/")
    assert '<a href="../../forms/pupil-voice/" class="checklist__template">Template: Pupil voice</a>' in html


def test_duplicate_item_id_is_located(data_copy):
    path = data_copy / "checklists.yml"
    replace_in(path, "- id: training-needs", "- id: send-data")
    line = line_number_of(path, "question: training-needs") - 1
    assert_located(data_copy, f"data/checklists.yml:{line}:", "duplicate id 'send-data'")


def test_item_needs_text_or_a_record_to_take_it_from(data_copy):
    replace_in(data_copy / "checklists.yml", "        text: You got the final EHC plan.\n", "")
    assert_located(data_copy, "data/checklists.yml:", "checklists[6].items[8]")


def test_unknown_reference_is_located(data_copy):
    path = data_copy / "checklists.yml"
    replace_in(path, "fact: draft-plan-comments", "fact: draft-plan-coments")
    line = line_number_of(path, "fact: draft-plan-coments")
    assert_located(data_copy, f"data/checklists.yml:{line}:", "unknown facts id 'draft-plan-coments'")


def test_a_twenty_first_item_is_refused(data_copy):
    assert len(load_site_data(PROJECT / "data")["checklists"].checklists["planning-consultation"]["items"]) == 12
    extra = "".join(f"      - id: extra-item-{n}\n        text: One more thing.\n" for n in range(9))
    replace_in(
        data_copy / "checklists.yml",
        "      - id: next-meeting-booked\n",
        extra + "      - id: next-meeting-booked\n",
    )
    assert_located(data_copy, "", ("checklists[1].items", "is too long"))


@pytest.mark.parametrize(
    "checklist_id, who, when",
    [
        ("parent-ehcna", "Child", "Date"),
        ("before-sen-support", "Pupil", "Date"),
        ("reviews", "Pupil", "Meeting date"),
        ("link-planning", "School", "Meeting date"),
        ("sen-information-report", "School", "Date checked"),
    ],
)
def test_the_printed_sheet_starts_with_what_it_is_about(data, checklist_id, who, when):
    """A school-wide check prints lines for the school and the date checked, not for a pupil (checklists.yml `about`)."""
    html = render(data, checklist_id)
    head = re.search(r'<div class="checklist__print-head[^"]*">(.*?)</div>', html, re.S).group(1)
    assert re.findall(r"<p[^>]*>([^:<]+): ", head) == [who, when]
    assert f">{when} (optional)</label>" in html
