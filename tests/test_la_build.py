"""The example council overlay builds with --strict and differs visibly: name, colour, logo and contacts."""

import json
import re
import textwrap

import pytest

from macros.outputs.open_referral import OPEN_REFERRAL_PATH
from tests.helpers import PROJECT, line_number_of, run_mkdocs_build

EXAMPLE_CONFIG = PROJECT / "local" / "example" / "mkdocs.yml"
BRAND_LINK = re.compile(r'<link rel="stylesheet" href="((?:\.\./)*)assets/stylesheets/brand\.css">')


def content_pages(site):
    """Every page but 404.html, which MkDocs links from the site root because it is served at any address."""
    return [page for page in site.rglob("*.html") if page.name != "404.html"]


@pytest.fixture(scope="module")
def council_site(tmp_path_factory):
    site_dir = tmp_path_factory.mktemp("northfield")
    result = run_mkdocs_build(site_dir, config=EXAMPLE_CONFIG)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


def read(site, page):
    return (site / page).read_text(encoding="utf-8")


def test_same_pages_as_the_base_guide(council_site, built_site):
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    assert pages == sorted(p.relative_to(council_site).as_posix() for p in council_site.rglob("*.html"))


def test_council_name_and_logo_replace_the_base(council_site, built_site):
    home = read(council_site, "index.html")
    assert "<title>SEND guide - Northfield Borough Council</title>" in home
    assert '<img src="assets/brand/logo.svg"' in home
    assert (council_site / "assets/brand/logo.svg").read_text(encoding="utf-8").startswith("<svg")
    assert "Northfield" not in read(built_site, "index.html")
    assert not (built_site / "assets/brand").exists()


def test_brand_colour_comes_from_a_stylesheet_linked_on_every_page(council_site, built_site):
    css = read(council_site, "assets/stylesheets/brand.css")
    assert "--md-primary-fg-color: #00594f;" in css
    for page in content_pages(council_site):
        html = page.read_text(encoding="utf-8")
        link = BRAND_LINK.search(html)
        assert link, page
        depth = len(page.relative_to(council_site).parts) - 1
        assert link.group(1) == "../" * depth, page  # relative: works under a sub-path and offline
        assert "#00594f" not in html, page  # no inline style
    assert not BRAND_LINK.search(read(built_site, "index.html"))
    assert not (built_site / "assets/stylesheets/brand.css").exists()


def test_council_contacts_and_agencies_show(council_site, built_site):
    agencies = read(council_site, "agencies/index.html")
    assert "eps@northfield.example" in agencies and "01632 960110" in agencies
    assert "Northfield sensory support hub" in agencies
    assert "Local inclusion partnership" not in agencies
    assert "Local inclusion partnership" in read(built_site, "agencies/index.html")
    services = json.loads(read(council_site, OPEN_REFERRAL_PATH))["contents"]
    assert {s["organization"]["name"] for s in services} == {"Northfield Borough Council"}


def test_feedback_link_on_every_page_comes_from_the_data(council_site, built_site):
    for site, url in ((council_site, "https://www.northfield.example/localoffer/have-your-say"),
                      (built_site, "https://www.example.gov.uk/local-offer/feedback")):
        for page in content_pages(site):
            html = page.read_text(encoding="utf-8")
            assert re.search(rf'<aside class="send-feedback"[^>]*>\s*<p><a href="{re.escape(url)}">'
                             r"Tell us what you think</a>", html), page


def test_accessibility_statement_is_filled_from_the_overlay(council_site):
    text = re.sub(r"<[^>]+>", "", read(council_site, "accessibility/index.html"))
    assert "published by Northfield Borough Council" in text
    assert "web.accessibility@northfield.example" in text and "01632 960190" in text
    assert "Equality and Human Rights Commission (EHRC)" in text
    assert "partially compliant with the Web Content Accessibility Guidelines" in text
    assert "This statement was prepared on 23 November 2026." in text


def test_an_overlay_anywhere_with_bad_data_stops_the_build_at_its_line(tmp_path):
    """A council can keep its folder outside the guide; a failing brand colour names the file and line."""
    folder = tmp_path / "southfield"
    (folder / "data").mkdir(parents=True)
    site_yml = folder / "data" / "site.yml"
    site_yml.write_text('site:\n  publisher: Southfield Borough Council\n  brand_colour: "#8fbc8f"\n',
                        encoding="utf-8")
    (folder / "mkdocs.yml").write_text(textwrap.dedent(f"""
        INHERIT: {PROJECT / 'mkdocs.yml'}
        docs_dir: {PROJECT / 'docs'}
        theme: {{custom_dir: {PROJECT / 'overrides'}}}
        hooks: [{PROJECT / 'macros' / 'mkdocs_hooks.py'}]
        watch: [{PROJECT / 'data'}]
        plugins: {{macros: {{module_name: {PROJECT / 'macros'}}}}}
        extra: {{data_dir: {PROJECT / 'data'}, overlay_dir: data}}
        """), encoding="utf-8")
    result = run_mkdocs_build(tmp_path / "site", config=folder / "mkdocs.yml")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    line = line_number_of(site_yml, "brand_colour")
    assert re.search(rf"southfield/data/site\.yml:{line}: site\.brand_colour: brand colour #8fbc8f has a contrast "
                     r"of [\d.]+:1", output), output
    assert "Traceback" not in output
