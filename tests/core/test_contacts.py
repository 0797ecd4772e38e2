"""Contacts: made-up details are told apart from real ones, shown as examples, and warned about in a council build."""

import textwrap

import lxml.html
import pytest

from macros.components import contacts
from macros.core import Links, load_site_data
from macros.core.dates.review_due import stale_national_contacts
from macros.core.render.contacts import (
    contacts_for,
    display_phone,
    national_contacts,
    placeholder_reason,
    placeholder_warnings,
)
from tests.helpers import COUNCIL_DATES, PROJECT


@pytest.mark.parametrize(
    "field, value, made_up",
    [
        ("phone", "01632 960001", True),
        ("phone", "+44 1632 960001", True),
        ("phone", "0161 496 0123", True),
        ("phone", "07700 900123", True),
        ("phone", "0161 234 5678", False),
        ("phone", "0800 123 4567", False),
        ("email", "sen.team@example.gov.uk", True),
        ("email", "send@northfield.example", True),
        ("email", "send@leeds.gov.uk", False),
        ("url", "https://www.example.gov.uk/local-offer", True),
        ("url", "https://www.examples.org.uk/", False),
        ("url", "https://www.gov.uk/courts-tribunals", False),
        ("address", "Town Hall, example.gov.uk Street", False),
    ],
)
def test_made_up_details_are_told_apart_from_real_ones(field, value, made_up):
    assert bool(placeholder_reason(field, value)) is made_up


def council(tmp_path, site_extra: str = "", agencies: str | None = None):
    folder = tmp_path / "southfield"
    folder.mkdir()
    (folder / "site.yml").write_text(
        "site:\n  publisher: Southfield Borough Council\n" + COUNCIL_DATES + site_extra, encoding="utf-8"
    )
    if agencies:
        (folder / "agencies.yml").write_text(textwrap.dedent(agencies).lstrip(), encoding="utf-8")
    return folder, load_site_data(PROJECT / "data", None, folder)


def test_a_council_that_gives_nothing_is_told_what_its_guide_still_lacks(tmp_path):
    folder, data = council(tmp_path)
    warnings = "\n".join(placeholder_warnings(data, folder, tmp_path))
    assert (
        "southfield/site.yml:1 (still the base guide's value): site.accessibility.email: accessibility@example.gov.uk "
        "is an example address: it reaches no one."
    ) in warnings
    assert "southfield/site.yml:1: site.contacts: there is no way to reach SENDIASS" in warnings
    assert "southfield/site.yml:1: site.contacts: there is no way to reach the SEN team" in warnings
    assert "southfield/site.yml:1: site.local_offer_url: your site.yml does not give it" in warnings
    assert "southfield/site.yml:1: site.feedback_url: your site.yml does not give it" in warnings


def test_a_made_up_number_the_council_typed_is_warned_about_at_its_line(tmp_path):
    folder, data = council(
        tmp_path,
        agencies="""
        agencies:
          - id: camhs
            contact: {phone: "0161 496 0999", email: camhs@southfield.gov.uk, url: null, address: null}
        """,
    )
    warnings = "\n".join(placeholder_warnings(data, folder, tmp_path))
    assert "southfield/agencies.yml:3: agencies[camhs].contact.phone: 0161 496 0999 is a made-up number" in warnings
    assert "camhs@southfield.gov.uk" not in warnings


def test_a_council_without_sendiass_is_warned(tmp_path):
    folder, data = council(tmp_path, '  contacts:\n    - id: sen-team\n      phone: "0113 496 0101"\n')
    assert data.site.contacts.get("sendiass") is None
    warnings = placeholder_warnings(data, folder, tmp_path)
    assert any("there is no way to reach SENDIASS" in w for w in warnings), warnings
    assert not any("there is no way to reach the SEN team" in w for w in warnings), warnings


def test_real_details_are_not_labelled_as_examples_and_dial_as_digits(tmp_path):
    _, data = council(
        tmp_path,
        textwrap.indent(
            textwrap.dedent("""
        contacts:
          - id: sendiass
            phone: "+44 113 234 5678"
            email: sendiass@southfield.gov.uk
            url: https://www.southfield.gov.uk/sendiass
          - id: sen-team
            phone: "01632 960101"
        """),
            "  ",
        ),
    )
    html = lxml.html.fromstring(contacts.render(data, Links("", True), ids=["sendiass", "sen-team"]).split("-->")[1])
    sendiass, sen_team = html.xpath("//ul[@data-contacts='sendiass sen-team']/li[@data-contact]")
    assert not sendiass.xpath(".//*[@class='contact-example']")
    assert sendiass.xpath(".//a[starts-with(@href, 'tel:')]/@href") == ["tel:+441132345678"]
    assert sendiass.xpath(".//a[starts-with(@href, 'tel:')]/text()") == ["0113 234 5678"]  # as it is dialled
    assert sendiass.xpath(".//a[@href='https://www.southfield.gov.uk/sendiass']/text()") == ["SENDIASS website"]
    assert sendiass.xpath("h3/text()") == ["SENDIASS"]  # no name of its own: its role's
    assert sen_team.xpath(".//*[@class='contact-example']")  # a made-up number stays labelled


def test_every_caller_gets_the_same_contact_details(tmp_path):
    """The agencies page and the contacts blocks share one rendering of a contact, held once in site.yml."""
    _, data = council(tmp_path, "  contacts:\n    - id: sendiass\n      email: sendiass@southfield.gov.uk\n")
    from macros.components.agencies_directory import agency_card
    from macros.core.render.contacts import contact_details, council_contacts

    sendiass = council_contacts(data)["sendiass"]
    details = str(contact_details(sendiass, name=sendiass.name))
    assert "sendiass@southfield.gov.uk" in details
    assert details in contacts.render(data, Links("", True), ids=["sendiass"])
    agency = data.agencies["sendiass"]
    assert "mailto:sendiass@southfield.gov.uk" in agency_card(data, agency)
    assert str(contact_details(sendiass, class_="agency__contact", name=agency.name)) in agency_card(data, agency)


def test_a_councils_postal_address_is_printed_as_written_never_expanded_by_first_use(tmp_path):
    """The retest's oddity: first use turned "Southfield SENDIASS, The Old Library" into the service's full name."""
    from macros.core.render.contacts import contact_details, council_contacts
    from macros.core.render.first_use import expand_first_uses

    address = "Southfield SENDIASS, The Old Library, High Street, Southfield"
    _, data = council(tmp_path, f'  contacts:\n    - id: sendiass\n      address: "{address}"\n')
    sendiass = council_contacts(data)["sendiass"]
    page = expand_first_uses(f"{contact_details(sendiass)}<p>Ask SENDIASS.</p>", data.glossary, "../glossary/")
    shown = lxml.html.fragment_fromstring(page, create_parent="div")
    assert shown.xpath("string(.//dt[.='Address']/following-sibling::dd)") == address
    assert "glossary-first-use" in lxml.html.tostring(shown.xpath("//p")[0], encoding="unicode")  # the next use is


@pytest.mark.parametrize(
    "written, shown",
    [
        ("0808 808 3555", "0808 808 3555"),
        ("08088083555", "0808 808 3555"),
        ("0300 061 0614", "0300 061 0614"),
        ("02079460000", "020 7946 0000"),
        ("01134960000", "0113 496 0000"),
        ("0161 496 0000", "0161 496 0000"),
        ("01632960001", "01632 960001"),
        ("+44 1632 960001", "01632 960001"),
        ("07700900123", "07700 900123"),
        ("0163296000", "01632 96000"),
    ],
)
def test_phone_numbers_are_shown_in_the_groups_people_dial(written, shown):
    assert display_phone(written) == shown


def test_without_a_council_every_place_shows_national_help_and_never_an_example():
    data = load_site_data(PROJECT / "data")
    own, national = contacts_for(data, contacts.FAMILY_CONTACTS)
    assert own == [] and [n.id for n in national] == ["find-sendiass", "find-council", "ipsea", "contact-helpline"]
    _, disagree = contacts_for(data, ["sendiass", "mediation", "send-tribunal"])
    assert [n.id for n in disagree] == ["find-sendiass", "ipsea", "send-tribunal", "ombudsman"]
    for compact in (False, True):
        html = str(contacts.render(data, Links("", True), compact=compact))
        assert "contact-example" not in html
        assert 'href="tel:08088083555">0808 808 3555</a>' in html  # a helpline a parent can call


def test_a_councils_own_contacts_come_first_and_national_help_stays_below(tmp_path):
    _, data = council(tmp_path, '  contacts:\n    - id: sendiass\n      phone: "0113 496 0102"\n')
    own, national = contacts_for(data, contacts.FAMILY_CONTACTS)
    assert [c.id for c in own] == ["sendiass"]
    assert [n.id for n in national] == [
        "find-council",
        "ipsea",
        "contact-helpline",
    ]  # "find your SENDIASS" is not needed
    html = str(contacts.render(data, Links("", True)))
    assert (
        html.index('data-contact="sendiass"')
        < html.index("Free help wherever you live in England")
        < html.index('data-contact="ipsea"')
    )


def test_every_national_contact_has_a_source_a_checked_date_and_a_way_to_reach_a_person():
    data = load_site_data(PROJECT / "data")
    for contact in national_contacts(data):
        assert contact.source.startswith("https://") and contact.checked, contact.id
        assert contact.url.startswith("https://") and contact.link_text, contact.id
        assert not any(placeholder_reason(f, getattr(contact, f)) for f in ("phone", "email", "url")), contact.id
    phones = [c for c in national_contacts(data) if c.phone]
    assert phones, "at least one helpline a parent can ring"


def test_national_details_checked_over_12_months_ago_warn(capsys):
    from datetime import date

    from macros.core.dates.review_due import warn_notices_due

    data = load_site_data(PROJECT / "data")
    assert stale_national_contacts(data, date(2027, 12, 1)) == []
    stale = stale_national_contacts(data, date(2027, 12, 3))
    assert len(stale) == len(national_contacts(data))
    assert stale[0].startswith(
        "data/national_contacts.yml: contacts 'find-sendiass': the details of Your local SENDIASS "
        "were last checked on 2026-12-02, more than 12 months ago."
    )
    warn_notices_due(data, date(2027, 12, 3))
    assert "WARNING -  data/national_contacts.yml: contacts 'ipsea'" in capsys.readouterr().err
