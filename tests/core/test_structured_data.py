"""schema.org JSON-LD from the data: valid JSON, the right types, safe inside HTML, ignored by the CSP hashes."""

import json
import re

from macros.components.structured_data import agency_services, ehcna_how_to, json_ld, render
from macros.core import Links, load_site_data
from macros.outputs.csp import inline_scripts
from tests.helpers import PROJECT

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def data():
    return load_site_data(PROJECT / "data")


def blocks(html: str) -> list[dict]:
    return [json.loads(text) for text in LD_JSON.findall(html)]


def test_ehcna_steps_are_a_how_to_in_order():
    guide = data().guide
    how_to = ehcna_how_to(data())
    assert how_to["@context"] == "https://schema.org" and how_to["@type"] == "HowTo"
    assert how_to["totalTime"] == f"P{data().facts['final-plan'].period.amount}W"
    assert [s["position"] for s in how_to["step"]] == list(range(1, len(guide.steps) + 1))
    assert [s["name"] for s in how_to["step"]] == [s.title for s in guide.steps]
    assert all(s["@type"] == "HowToStep" and s["text"] for s in how_to["step"])


def test_agencies_are_government_services_of_the_council():
    site_data = data()
    graph = agency_services(site_data)["@graph"]
    assert len(graph) == len(site_data.agencies)
    for agency, service in zip(site_data.agencies, graph):
        assert service["@type"] == "GovernmentService" and service["name"] == agency.name
        # the base guide has no council: its Local Offer is found through GOV.UK's finder of councils
        assert service["provider"] == {
            "@type": "GovernmentOrganization",
            "name": site_data.site.publisher,
            "url": "https://www.gov.uk/find-local-council",
        }
        assert service["category"] == [site_data.areas[a].name for a in agency.areas]
        assert service["availableChannel"]["serviceUrl"].startswith("https://")


def test_example_council_phone_numbers_reach_the_structured_data():
    council = load_site_data(PROJECT / "data", None, PROJECT / "local/example/data")
    services = {s["name"]: s for s in agency_services(council)["@graph"]}
    channel = services["Educational psychology service"]["availableChannel"]
    assert channel["servicePhone"]["telephone"] == "01632 960110"
    assert services["Educational psychology service"]["provider"]["name"] == "Northfield Borough Council"


def test_rendered_block_round_trips_and_cannot_end_early():
    html = str(render(data(), Links("ehc-needs-assessment/"), "ehcna"))
    assert blocks(html) == [ehcna_how_to(data())]
    hostile = str(json_ld({"name": "</script><script>alert(1)</script> & <!--"}))
    assert hostile.count("</script>") == 1 and "<!--" not in hostile
    assert json.loads(LD_JSON.search(hostile).group(1))["name"] == "</script><script>alert(1)</script> & <!--"


def test_built_pages_carry_json_ld_that_the_csp_does_not_hash(built_site):
    ehcna = (built_site / "ehc-needs-assessment" / "index.html").read_text(encoding="utf-8")
    agencies = (built_site / "agencies" / "index.html").read_text(encoding="utf-8")
    assert [b["@type"] for b in blocks(ehcna)] == ["HowTo"]
    assert {s["@type"] for b in blocks(agencies) for s in b["@graph"]} == {"GovernmentService"}
    for html in (ehcna, agencies):
        assert not any("schema.org" in script for script in inline_scripts(html))
