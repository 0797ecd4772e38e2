"""The example council overlay builds with --strict and differs visibly: name, colour, logo and contacts."""

import json
import re

import pytest

from macros.outputs.open_referral import OPEN_REFERRAL_PATH
from tests.helpers import COUNCIL_DATES, PROJECT, line_number_of, run_mkdocs_build, southfield

EXAMPLE_CONFIG = PROJECT / "local" / "example" / "mkdocs.yml"
BRAND_LINK = re.compile(r'<link rel="stylesheet" href="((?:\.\./)*)assets/stylesheets/brand\.css">')


def content_pages(site):
    """Every page but 404.html, which MkDocs links from the site root because it is served at any address."""
    return [page for page in site.rglob("*.html") if page.name != "404.html"]


@pytest.fixture(scope="module")
def council_build(tmp_path_factory):
    site_dir = tmp_path_factory.mktemp("northfield")
    result = run_mkdocs_build(site_dir, config=EXAMPLE_CONFIG)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir, result.stdout + result.stderr


@pytest.fixture(scope="module")
def council_site(council_build):
    return council_build[0]


@pytest.fixture(scope="module")
def council_build_output(council_build):
    return council_build[1]


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
    url = "https://www.northfield.example/localoffer/have-your-say"
    for page in content_pages(council_site):
        html = page.read_text(encoding="utf-8")
        assert re.search(
            rf'<aside class="send-feedback"[^>]*>\s*<p><a href="{re.escape(url)}">'
            r"Tell us what you think</a>",
            html,
        ), page
    for page in content_pages(built_site):  # the base guide has no council to send feedback to
        assert 'class="send-feedback"' not in page.read_text(encoding="utf-8"), page


def test_accessibility_statement_is_filled_from_the_overlay(council_site):
    text = re.sub(r"<[^>]+>", "", read(council_site, "accessibility/index.html"))
    assert "published by Northfield Borough Council" in text
    assert "web.accessibility@northfield.example" in text and "01632 960190" in text
    assert "Equality and Human Rights Commission (EHRC)" in text
    assert "partially compliant with the Web Content Accessibility Guidelines" in text
    # the council's own dates, and what it reviewed, beside the base guide's review of the national guidance
    assert "This statement was prepared on 1 December 2026. The guide was last tested on 1 December 2026." in text
    assert (
        "Northfield Borough Council last reviewed its guide on 1 December 2026, checking its contacts, "
        "agencies, term dates. The national guidance was last reviewed on 23 November 2026."
    ) in text


def test_every_page_says_when_the_council_reviewed_it_and_what_it_checked(council_site):
    for page in content_pages(council_site):
        line = re.search(r'<p class="last-reviewed">(.*?)</p>', page.read_text(encoding="utf-8"), re.S)
        assert line, page
        assert re.sub(r"<[^>]+>", "", line.group(1)) == (
            "Last reviewed: 1 December 2026 by Northfield Borough Council (checked: contacts, agencies, term dates). "
            "The national guidance in it was last reviewed on 23 November 2026."
        ), page


def contact_block(html: str, ids: str) -> str:
    match = re.search(
        rf'<ul class="send-contacts(?: send-contacts--national)?" data-contacts="{ids}">.*?</ul>', html, re.S
    )
    assert match, ids
    return match.group(0)


def test_the_councils_contacts_show_on_the_home_agencies_and_disagree_pages(council_site):
    for page in ("index.html", "agencies/index.html"):
        html = read(council_site, page)
        block = contact_block(html, "sen-team sendiass send-information-line")
        assert "Northfield SEND team" in re.sub(r"<[^>]+>", "", block), page
        for shown in (
            'href="tel:01632960101"',
            "mailto:sendiass@northfield.example",
            "https://www.northfield.example/localoffer/contact-us",
        ):
            assert shown in block, (page, shown)
        assert (
            'Find local services on the <a href="https://www.northfield.example/localoffer">'
            "Northfield Borough Council Local Offer</a>"
        ) in html, page
        # national help stays below the council's own; the finders of a SENDIASS and a council are not needed
        national = contact_block(html, "ipsea contact-helpline")
        assert html.index(block) < html.index(national), page
    disagree = read(council_site, "ehc-needs-assessment/index.html")
    assert disagree.index('id="if-you-disagree"') < disagree.index('id="disagree-contacts"')
    block = contact_block(disagree, "sendiass mediation")
    assert "mailto:sendiass@northfield.example" in block
    national = contact_block(disagree, "ipsea send-tribunal ombudsman")
    assert (
        "https://www.gov.uk/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability" in national
    )
    assert 'href="tel:03000610614">0300 061 0614</a>' in national
    assert disagree.index(block) < disagree.index(national)


def test_every_page_footer_lists_the_contacts_and_the_local_offer(council_site):
    for page in content_pages(council_site):
        footer = re.search(r'<footer class="md-footer">.*?</footer>', page.read_text(encoding="utf-8"), re.S)
        assert footer, page
        text = footer.group(0)
        assert 'class="send-contacts send-contacts--footer"' in text, page
        assert '<a href="tel:01632960102">01632 960102</a>' in text, page  # Northfield SENDIASS
        assert 'href="https://www.northfield.example/localoffer"' in text, page
        assert '<a href="tel:08088083555">0808 808 3555</a>' in text, page  # national help, below the council's


def test_made_up_details_are_labelled_as_examples(council_site, built_site):
    html = read(council_site, "index.html")
    assert html.count("These details are an example. They do not reach anyone.") >= 3
    agencies = read(council_site, "agencies/index.html")
    card = re.search(r'<li class="agency" data-agency="educational-psychology".*?</li>', agencies, re.S).group(0)
    assert "Example only." in card and "eps@northfield.example" in card


def test_a_council_build_lists_what_still_reaches_no_one(council_build_output):
    assert re.search(
        r"Before you publish, fix these \d+ things \(details that reach no one, or left from the "
        r"example\):",
        council_build_output,
    )
    line = line_number_of(EXAMPLE_CONFIG.parent / "data/site.yml", '"01632 960102"')
    assert (
        f"local/example/data/site.yml:{line}: site.contacts[sendiass].phone: 01632 960102 is a made-up number"
        in council_build_output
    )


def test_an_overlay_anywhere_with_bad_data_stops_the_build_at_its_line(tmp_path):
    """A council can keep its folder outside the guide; a failing brand colour names the file and line."""
    config, site_yml = southfield(
        tmp_path, 'site:\n  publisher: Southfield Borough Council\n  brand_colour: "#8fbc8f"\n' + COUNCIL_DATES
    )
    result = run_mkdocs_build(tmp_path / "site", config=config)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    line = line_number_of(site_yml, "brand_colour")
    assert re.search(
        rf"southfield/data/site\.yml:{line}: site\.brand_colour: brand colour #8fbc8f has a contrast "
        r"of [\d.]+:1",
        output,
    ), output
    assert "Traceback" not in output


def test_a_site_name_left_from_the_example_stops_the_build_at_its_line(tmp_path):
    config, _ = southfield(
        tmp_path,
        "site:\n  publisher: Southfield Borough Council\n" + COUNCIL_DATES,
        "site_name: SEND guide - Northfield Borough Council\n",
    )
    result = run_mkdocs_build(tmp_path / "site", config=config)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    line = line_number_of(config, "site_name:")
    assert (
        f"southfield/mkdocs.yml:{line}: site_name 'SEND guide - Northfield Borough Council' does not name your "
        "council, Southfield Borough Council"
    ) in output, output
    assert "Traceback" not in output


def test_without_a_site_name_the_guide_is_named_from_the_councils_data(tmp_path):
    config, _ = southfield(tmp_path, "site:\n  publisher: Southfield Borough Council\n" + COUNCIL_DATES)
    result = run_mkdocs_build(tmp_path / "site", config=config)
    assert result.returncode == 0, result.stdout + result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>SEND guide - Southfield Borough Council</title>" in home
    assert "Northfield" not in home
    # Southfield gave no contacts: the build says SENDIASS and the SEN team cannot be reached
    assert "site.contacts: there is no way to reach SENDIASS" in result.stdout + result.stderr
