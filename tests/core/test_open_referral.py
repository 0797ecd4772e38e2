"""The agencies as Open Referral UK JSON: valid against the published field rules, stable, complete."""

import json

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from macros.core import load_site_data
from macros.outputs.open_referral import AREAS_TAXONOMY, OPEN_REFERRAL_PATH, after_build, services_page
from tests.helpers import PROJECT

SCHEMA = json.loads((PROJECT / "tests/core/schemas/openreferral-uk-services.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=["base", "example"])
def data(request):
    overlay = PROJECT / "local/example/data" if request.param == "example" else None
    return load_site_data(PROJECT / "data", None, overlay)


def schema_errors(document) -> list[str]:
    validator = Draft202012Validator(SCHEMA, format_checker=FormatChecker())
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def test_export_meets_the_open_referral_uk_field_rules(data):
    page = services_page(data)
    assert schema_errors(page) == []
    assert page["total_items"] == len(page["contents"]) == len(data.agencies)


def test_the_schema_rejects_what_the_rules_forbid(data):
    """The test schema is not a rubber stamp: a missing required field, a bad status or id fails."""
    page = services_page(data)
    first = page["contents"][0]
    del first["url"]
    first["status"] = "open"
    first["organization"]["id"] = "educational-psychology"
    errors = "\n".join(schema_errors(page))
    assert "'url' is a required property" in errors
    assert "'open' is not one of" in errors
    assert "'educational-psychology' does not match" in errors


def test_every_service_carries_its_organisation_areas_and_contacts(data):
    page = services_page(data)
    ids = [service["id"] for service in page["contents"]]
    assert len(set(ids)) == len(ids)
    for agency, service in zip(data.agencies, page["contents"]):
        assert service["name"] == agency.name
        assert service["organization"]["name"] == data.site.publisher
        terms = [attribute["taxonomy_term"] for attribute in service["attributes"]]
        assert [t["term"] for t in terms] == [data.areas[a].name for a in agency.areas]
        assert {t["taxonomy"] for t in terms} == {AREAS_TAXONOMY}
        assert all(a["link_id"] == service["id"] for a in service["attributes"])
        assert service["service_areas"][0]["name"] == f"{data.site.publisher} area"
        if agency.contact.phone:
            assert service["contacts"][0]["phones"][0]["number"] == agency.contact.phone
        else:
            assert all("phones" not in c for c in service.get("contacts", []))
        assert service["url"] == (agency.contact.url or data.site.local_offer_url)


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


def test_written_at_a_stable_path(tmp_path):
    data = load_site_data(PROJECT / "data")
    after_build(data, tmp_path)
    written = json.loads((tmp_path / OPEN_REFERRAL_PATH).read_text(encoding="utf-8"))
    assert OPEN_REFERRAL_PATH == "open-data/openreferral-uk/services.json"
    assert written == services_page(data)
