"""Templates: one data definition gives labelled, saved-by-key fields; the SEN Support Plan has what the issue asks."""

import re

import pytest

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.render.forms import template_sections
from tests.helpers import PROJECT, buttons_and_choices_need_scripts, assert_located, line_number_of, replace_in


@pytest.fixture(scope="module")
def data():
    return load_site_data(PROJECT / "data")


def render(data, template_id, page="forms/x/"):
    return str(COMPONENTS["template_form"](data, Links(page), template_id))


def test_the_issue_templates_exist(data):
    assert set(data["templates"].templates.ids()) == {
        "sen-support-plan",
        "initial-concern-record",
        "pupil-voice",
        "parent-voice",
        "planning-consultation-record",
        "individual-provision-map",
        "costed-provision-map",
        "intervention-tracker",
        "ehcna-evidence-index",
        "sen-information-report",
    }


def test_sen_support_plan_has_every_part_the_guidance_asks_for(data):
    template = data["templates"].templates["sen-support-plan"]
    sections = template_sections(data, template)
    outcomes = [s for s in sections if s.title.startswith("Outcome ")]
    assert len(outcomes) == data["support_plans"].support_plan.outcomes_max
    labels = {f.label for s in sections for f in s.fields}
    assert {
        "Pupil's name",
        "Outcome",
        "Interventions, strategies and support",
        "Key person",
        "When, where and how often",
        "Expected impact",
        "Review date and time",
        "The pupil's views",
        "The parents' or carers' views",
    } <= labels
    agreed = {f.hint for s in outcomes for f in s.fields}
    for agreement in data["support_plans"].support_plan.agree:
        if agreement.id != "review-date":
            assert agreement.text in agreed


def test_repeated_sections_save_under_numbered_keys(data):
    sections = template_sections(data, data["templates"].templates["sen-support-plan"])
    keys = [f.key for s in sections for f in s.fields]
    assert "outcome-1" in keys and "impact-4" in keys
    assert len(keys) == len(set(keys))


def test_form_fields_have_labels_hints_and_ids(data):
    for template in data["templates"].templates:
        html = render(data, template.id)
        controls = re.findall(r'<(?:input type="text"[^>]*|textarea[^>]*) id="([^"]+)" data-field="([^"]+)"', html)
        labels = [label for label in re.findall(r'<label for="([^"]+)">', html) if not label.startswith("rs-")]
        fields = [f for s in template_sections(data, template) for f in s.fields]
        assert [c[1] for c in controls] == [f.key for f in fields], template.id
        assert [c[0] for c in controls] == labels, template.id
        for hint_id in re.findall(r'aria-describedby="([^"]+)"', html):
            assert f'id="{hint_id}"' in html
        assert html.count("<fieldset") == len(template_sections(data, template)) + 1  # and the switcher's keep choice
        assert "<form" not in html and buttons_and_choices_need_scripts(html)  # nothing is ever submitted


def test_textareas_get_the_lines_the_data_asks_for(data):
    html = render(data, "pupil-voice")
    assert re.search(r'<textarea rows="4" data-rows="4" id="tpl-pupil-voice-good-at"', html)


def test_page_links_its_word_file(data):
    html = render(data, "parent-voice", page="forms/parent-voice/")
    assert 'href="../../downloads/templates/parent-voice.docx" download' in html


def test_data_change_shows_in_the_form(data_copy):
    replace_in(data_copy / "templates.yml", "label: What I find hard", "label: Things I find hard")
    assert ">Things I find hard</label>" in render(load_site_data(data_copy), "pupil-voice")


def test_two_fields_saving_to_one_key_stop_validation_at_the_field(data_copy):
    """A data check, so `make check` and the build both stop on it, at the field's line (never while rendering)."""
    changed = "{id: targets, label: Who will give the help}"
    replace_in(data_copy / "templates.yml", "{id: who-helps, label: Who will give the help}", changed)
    line = line_number_of(data_copy / "templates.yml", changed)
    assert_located(
        data_copy,
        f"data/templates.yml:{line}:",
        "template 'initial-concern-record' has two fields saved as 'targets'. Give one of them another id.",
    )


# The SEN Support Plan's ids before issue 26 item 4: saved plans use them, so none may be renamed or dropped.
PLAN_IDS_BEFORE_ISSUE_26 = {"pupil-name", "date-of-birth", "class", "plan-start", "written-by", "pupil-views"}
PLAN_IDS_BEFORE_ISSUE_26 |= {"caregiver-views", "review-date", "agreed-by"}
PLAN_IDS_BEFORE_ISSUE_26 |= {
    f"{field}-{n}"
    for field in ("outcome", "support", "who-does-what", "key-person", "when-where", "impact")
    for n in range(1, 5)
}


def test_the_plan_keeps_every_saved_id_and_adds_needs_baseline_strategies_views_and_a_review_per_outcome(data):
    sections = template_sections(data, data["templates"].templates["sen-support-plan"])
    keys = {f.key for s in sections for f in s.fields}
    assert PLAN_IDS_BEFORE_ISSUE_26 <= keys
    assert {"need-areas", "barriers", "strengths", "class-strategies", "home-help", "pupil-words"} <= keys
    assert "parent-meetings" in keys
    for n in range(1, 5):
        assert {f"baseline-{n}", f"success-criteria-{n}", f"progress-{n}", f"what-worked-{n}", f"next-step-{n}"} <= keys
    reviews = [s for s in sections if s.title.startswith("Review of outcome ")]
    assert len(reviews) == data["support_plans"].support_plan.outcomes_max
    [next_step] = [f for f in reviews[0].fields if f.key == "next-step-1"]
    assert all(word in next_step.hint for word in ("Continue", "step up", "step down", "leave the SEN register"))
    [home] = [s for s in sections if s.title == "At home and in the pupil's words"]
    assert "6.65" in home.hint
