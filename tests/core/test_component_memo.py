"""Component HTML is reused only for the same call with the same data and code."""

import types

from markupsafe import Markup

from macros import component_memo
from macros.component_memo import ComponentMemo, call_key, memo_key
from macros.core import Links


def test_a_stored_call_is_reused_without_rendering_again(tmp_path):
    renders = []

    def render():
        renders.append(1)
        return Markup("<p>Stage 1</p>")

    first = ComponentMemo(tmp_path, "key-1")
    call = call_key("stage_timeline", Links("graduated-response/"), (), {})
    assert first.html(call, render) == "<p>Stage 1</p>"
    first.save()
    second = ComponentMemo(tmp_path, "key-1")                   # the next build
    assert second.html(call, render) == "<p>Stage 1</p>" and isinstance(second.html(call, render), Markup)
    assert len(renders) == 1
    assert ComponentMemo(tmp_path, "key-2").html(call, render)  # other inputs: rendered again
    assert len(renders) == 2


def test_each_page_link_style_and_option_is_its_own_call():
    calls = {call_key("checklist", Links("checklists/a/"), (), {"checklist_id": "a"}),
             call_key("checklist", Links("checklists/b/"), (), {"checklist_id": "a"}),
             call_key("checklist", Links("checklists/a.html", directory_urls=False), (), {"checklist_id": "a"}),
             call_key("checklist", Links("checklists/a/"), (), {"checklist_id": "b"}),
             call_key("checklist", Links("checklists/a/"), ("b",), {}),
             call_key("template_form", Links("checklists/a/"), (), {"checklist_id": "a"})}
    assert len(calls) == 6


def test_the_key_changes_with_the_data_and_with_the_code(tmp_path, monkeypatch):
    package = tmp_path / "macros"
    package.mkdir()
    (package / "component.py").write_text("HEADING = 'Stage'\n")
    monkeypatch.setattr(component_memo, "_PACKAGE", package)
    data = types.SimpleNamespace(input_key="data-1")
    before = memo_key(data)
    assert memo_key(types.SimpleNamespace(input_key="data-2")) != before
    (package / "component.py").write_text("HEADING = 'Step'\n")
    assert memo_key(data) != before


def test_nothing_is_saved_when_nothing_was_new(tmp_path):
    memo = ComponentMemo(tmp_path / "cache", "key")
    memo.save()
    assert not (tmp_path / "cache").exists()
