"""The agencies as Open Referral UK 3.0 data: valid against the official HSDS 3.0 schema with the UK profile."""

import json

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from macros.core.render.contacts import agency_contact, local_offer_or_finder
from macros.core import load_site_data
from macros.outputs.open_referral import AREAS_TAXONOMY, OPEN_REFERRAL_PATH, after_build, services_page
from tests.helpers import PROJECT

HSDS = PROJECT / "tests/schemas/hsds-3.0"  # vendored with their commits and licence: see its README.md


def with_profile(schema: dict, profile: dict) -> dict:
    """The UK profile over HSDS: a property set to null is removed, any other value replaces the base one."""
    profiled = {key: value for key, value in schema.items() if profile.get(key, "") is not None}
    for key, value in profile.items():
        if key == "properties":
            properties = dict(schema.get("properties", {}))
            for name, prop in value.items():
                if prop is None:
                    properties.pop(name, None)
                else:
                    properties[name] = prop
            profiled["properties"] = properties
        elif value is not None:
            profiled[key] = value
    return profiled


def read_schema(name: str) -> dict:
    return json.loads((HSDS / name).read_text(encoding="utf-8"))


UK_SERVICE = with_profile(read_schema("service.compiled.json"), read_schema("uk-profile-service.json"))


@pytest.fixture(scope="module", params=["base", "example"])
def data(request):
    overlay = PROJECT / "local/example/data" if request.param == "example" else None
    return load_site_data(PROJECT / "data", None, overlay)


def schema_errors(services: list[dict]) -> list[str]:
    validator = Draft202012Validator(UK_SERVICE, format_checker=FormatChecker())
    return [
        f"service {n} {list(e.absolute_path)}: {e.message}"
        for n, service in enumerate(services)
        for e in validator.iter_errors(service)
    ]


def test_the_uk_profile_is_applied():
    assert UK_SERVICE["required"] == ["id", "name", "status"]
    assert "phones" not in UK_SERVICE["properties"] and "wait_time" not in UK_SERVICE["properties"]
    assert "allOf" not in UK_SERVICE
    assert "contacts" in UK_SERVICE["properties"] and "attributes" in UK_SERVICE["properties"]


def test_every_service_is_valid_open_referral_uk_3_data(data):
    page = services_page(data)
    assert schema_errors(page["contents"]) == []
    assert page["total_items"] == len(page["contents"]) == len(data.agencies)


def test_the_official_schema_rejects_what_the_standard_forbids(data):
    """Not a rubber stamp: a taxonomy term without its name, a missing status or a bad id fails."""
    services = services_page(data)["contents"]
    first = services[0]
    del first["attributes"][0]["taxonomy_term"]["name"]
    del first["status"]
    first["organization"]["id"] = "educational-psychology"
    errors = "\n".join(schema_errors(services))
    assert "'name' is a required property" in errors
    assert "'status' is a required property" in errors
    assert "'educational-psychology' is not a 'uuid'" in errors


def test_every_service_carries_its_organisation_areas_and_contacts(data):
    page = services_page(data)
    ids = [service["id"] for service in page["contents"]]
    assert len(set(ids)) == len(ids)
    for agency, service in zip(data.agencies, page["contents"]):
        assert service["name"] == agency.name
        assert service["organization"]["name"] == data.site.publisher
        terms = [attribute["taxonomy_term"] for attribute in service["attributes"]]
        assert [t["name"] for t in terms] == [data.areas[a].name for a in agency.areas]
        assert [t["code"] for t in terms] == list(agency.areas)
        assert {t["taxonomy"] for t in terms} == {AREAS_TAXONOMY}
        assert all(a["link_id"] == service["id"] for a in service["attributes"])
        assert service["service_areas"][0]["name"] == f"{data.site.publisher} area"
        contact = agency_contact(data, agency)
        if contact.phone:
            assert service["contacts"][0]["phones"][0]["number"] == contact.phone
        else:
            assert all("phones" not in c for c in service.get("contacts", []))
        assert service["url"] == (contact.url or local_offer_or_finder(data))


def test_ids_are_stable_between_builds_and_differ_between_councils():
    base = services_page(load_site_data(PROJECT / "data"))
    again = services_page(load_site_data(PROJECT / "data"))
    council = services_page(load_site_data(PROJECT / "data", None, PROJECT / "local/example/data"))
    assert [s["id"] for s in base["contents"]] == [s["id"] for s in again["contents"]]
    assert not {s["id"] for s in base["contents"]} & {s["id"] for s in council["contents"]}


def test_example_council_contacts_reach_the_export():
    council = load_site_data(PROJECT / "data", None, PROJECT / "local/example/data")
    services = {s["name"]: s for s in services_page(council)["contents"]}
    eps = services["Educational psychology service"]
    assert eps["email"] == "eps@northfield.example"
    assert eps["contacts"][0]["phones"][0]["number"] == "01632 960110"
    assert "Northfield sensory support hub" in services
    assert "Local inclusion partnership" not in services


def test_sendiass_and_the_sen_team_carry_the_councils_own_details_and_its_review_date():
    """Held once, in site.yml: the agencies that are the same teams take their phone and email from there."""
    council = load_site_data(PROJECT / "data", None, PROJECT / "local/example/data")
    services = {s["name"]: s for s in services_page(council)["contents"]}
    sendiass = services["SEND information, advice and support service"]
    assert sendiass["email"] == "sendiass@northfield.example"
    assert sendiass["contacts"][0]["phones"][0]["number"] == "01632 960102"
    assert sendiass["url"] == "https://www.northfield.example/localoffer/sendiass"
    sen_team = services["Council SEND team"]
    assert sen_team["email"] == "send.team@northfield.example"
    assert sen_team["contacts"][0]["phones"][0]["number"] == "01632 960101"
    assert {s["assured_date"] for s in services.values()} == {council.site.local_review.date} == {"2026-12-01"}
    assert {s["assured_date"] for s in services_page(load_site_data(PROJECT / "data"))["contents"]} == {
        load_site_data(PROJECT / "data").site.last_reviewed
    }


def test_written_at_a_stable_path(tmp_path):
    data = load_site_data(PROJECT / "data")
    after_build(data, tmp_path)
    written = json.loads((tmp_path / OPEN_REFERRAL_PATH).read_text(encoding="utf-8"))
    assert OPEN_REFERRAL_PATH == "open-data/openreferral-uk/services.json"
    assert written == services_page(data)
