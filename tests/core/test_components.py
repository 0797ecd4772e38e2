"""Components render from data: escaping, absent optional fields, and data changes showing up."""

import re

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from tests.helpers import PROJECT, render_any_component, replace_in

LINKS = Links("graduated-response/")


def render(name, data, **options):
    return str(COMPONENTS[name](data, LINKS, **options))


def test_every_component_renders_shipped_data_without_none():
    data = load_site_data(PROJECT / "data")
    for name, render_component in COMPONENTS.items():
        html = render_any_component(name, render_component, data, LINKS)
        assert html.strip(), name
        assert ">None<" not in html and "None</" not in html, name


def test_markup_in_data_is_escaped(data_copy):
    agencies = data_copy / "agencies.yml"
    text = agencies.read_text(encoding="utf-8")
    name = re.search(r"^(\s+)name: (.*)$", text.split("agencies:", 1)[1], re.M).group(2)
    replace_in(agencies, f"name: {name}", 'name: "<script>alert(1)</script> Service"')
    html = render("agencies_directory", load_site_data(data_copy))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Service" in html
    assert "<script>" not in html


def test_stage_timeline_follows_the_data(data_copy):
    data = load_site_data(data_copy)
    html = render("stage_timeline", data)
    assert html.count('class="stage-timeline__stage"') == len(data.stages) == 6
    first = data.stages[0]
    replace_in(data_copy / "stages.yml", f"name: {first.name}", "name: First worry about progress")
    assert "Stage 1: First worry about progress" in render("stage_timeline", load_site_data(data_copy))


def test_stage_links_go_to_roles_page():
    html = render("stage_timeline", load_site_data(PROJECT / "data"))
    assert 'href="../roles/#class-teacher"' in html


def test_privacy_page_shows_a_councils_privacy_contact_only_when_it_gives_one(data_copy):
    base = COMPONENTS["privacy_notice"](load_site_data(data_copy), Links("privacy/"))
    assert "privacy-notice__contact" not in base
    assert "Forget everything on this device" in base and "Article 4(7)" in base
    site = data_copy / "site.yml"
    site.write_text(
        site.read_text().replace(
            "site:\n", "site:\n  privacy:\n    name: Our data protection officer\n    email: dpo@council.example\n", 1
        )
    )
    html = COMPONENTS["privacy_notice"](load_site_data(data_copy), Links("privacy/"))
    assert 'Our data protection officer: <a href="mailto:dpo@council.example">dpo@council.example</a>' in html
