"""Contacts: made-up details are told apart from real ones, shown as examples, and warned about in a council build."""

import textwrap

import lxml.html
import pytest

from macros.components import contacts
from macros.core import Links, load_site_data
from macros.core.render.contacts import placeholder_reason, placeholder_warnings
from tests.helpers import COUNCIL_DATES, PROJECT


@pytest.mark.parametrize("field, value, made_up", [
    ("phone", "01632 960001", True), ("phone", "+44 1632 960001", True), ("phone", "0161 496 0123", True),
    ("phone", "07700 900123", True), ("phone", "0161 234 5678", False), ("phone", "0800 123 4567", False),
    ("email", "sen.team@example.gov.uk", True), ("email", "send@northfield.example", True),
    ("email", "send@leeds.gov.uk", False), ("url", "https://www.example.gov.uk/local-offer", True),
    ("url", "https://www.examples.org.uk/", False), ("url", "https://www.gov.uk/courts-tribunals", False),
    ("address", "Town Hall, example.gov.uk Street", False),
])
def test_made_up_details_are_told_apart_from_real_ones(field, value, made_up):
    assert bool(placeholder_reason(field, value)) is made_up


def council(tmp_path, site_extra: str = "", agencies: str | None = None):
    folder = tmp_path / "southfield"
    folder.mkdir()
    (folder / "site.yml").write_text("site:\n  publisher: Southfield Borough Council\n" + COUNCIL_DATES + site_extra,
                                     encoding="utf-8")
    if agencies:
        (folder / "agencies.yml").write_text(textwrap.dedent(agencies).lstrip(), encoding="utf-8")
    return folder, load_site_data(PROJECT / "data", None, folder)


def test_a_value_the_council_did_not_give_is_the_base_guides_example(tmp_path):
    folder, data = council(tmp_path)
    warnings = placeholder_warnings(data, folder, tmp_path)
    assert ("southfield/site.yml:1 (still the base guide's value): site.contacts[sendiass].phone: 01632 960002 is "
            "a made-up number reserved for examples: it reaches no one.") in "\n".join(warnings)
    assert ("southfield/site.yml:1 (still the base guide's value): site.feedback_url: "
            "https://www.example.gov.uk/local-offer/feedback is an example address") in "\n".join(warnings)


def test_a_made_up_number_the_council_typed_is_warned_about_at_its_line(tmp_path):
    folder, data = council(tmp_path, agencies="""
        agencies:
          - id: camhs
            contact: {phone: "0161 496 0999", email: camhs@southfield.gov.uk, url: null, address: null}
        """)
    warnings = "\n".join(placeholder_warnings(data, folder, tmp_path))
    assert "southfield/agencies.yml:3: agencies[camhs].contact.phone: 0161 496 0999 is a made-up number" in warnings
    assert "camhs@southfield.gov.uk" not in warnings


def test_a_council_without_sendiass_is_warned(tmp_path):
    folder, data = council(tmp_path, "remove:\n  site.contacts: [sendiass]\n")
    assert data.site.contacts.get("sendiass") is None
    warnings = placeholder_warnings(data, folder, tmp_path)
    assert any("there is no way to reach SENDIASS" in w for w in warnings), warnings


def test_real_details_are_not_labelled_as_examples_and_dial_as_digits(tmp_path):
    _, data = council(tmp_path, textwrap.indent(textwrap.dedent("""
        contacts:
          - id: sendiass
            phone: "+44 113 234 5678"
            email: sendiass@southfield.gov.uk
            url: https://www.southfield.gov.uk/sendiass
        """), "  "))
    html = lxml.html.fromstring(contacts.render(data, Links("", True), ids=["sendiass", "sen-team"]).split("-->")[1])
    sendiass, sen_team = html.xpath("//li[@data-contact]")
    assert not sendiass.xpath(".//*[@class='contact-example']")
    assert sendiass.xpath(".//a[starts-with(@href, 'tel:')]/@href") == ["tel:+441132345678"]
    assert sendiass.xpath(".//a[@href='https://www.southfield.gov.uk/sendiass']/text()") == ["SENDIASS website"]
    assert sen_team.xpath(".//*[@class='contact-example']")  # still the base guide's example


def test_every_caller_gets_the_same_contact_details(tmp_path):
    """The agencies page and the contacts blocks share one rendering of a contact."""
    _, data = council(tmp_path)
    from macros.components.agencies_directory import agency_card
    from macros.core.render.contacts import contact_details

    sendiass = data.site.contacts["sendiass"]
    assert str(contact_details(sendiass, name=sendiass.name)) in contacts.render(data, Links("", True), ids=["sendiass"])
    agency = data.agencies[0]
    assert str(contact_details(agency.contact, class_="agency__contact", name=agency.name) or "") in agency_card(
        data, agency)
