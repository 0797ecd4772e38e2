"""Which data files exist, which ids they declare and which ids they point at.

This table is the only place that knows how the files relate. Adding a data set
means adding its schema and a line here; the validator reads nothing else.
Paths use `key`, `[*]` for every item of a list, joined by dots.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DataSet:
    name: str  # data/NAME.yml and data/schemas/NAME.schema.json
    ids: dict[str, str] = field(default_factory=dict)  # id-set name -> path of the ids
    references: tuple[tuple[str, str], ...] = ()  # (path of a reference, id-set name)
    pages: tuple[str, ...] = ()  # paths of docs pages that must list the record
    page_links: tuple[str, ...] = ()  # paths of links to docs pages that must exist


DATASETS: tuple[DataSet, ...] = (
    DataSet(
        "site",
        ids={"contacts": "site.contacts[*].id", "contact-roles": "site.contact_roles[*].id"},
        references=(("site.contacts[*].id", "contact-roles"),),
    ),
    DataSet(
        "national_contacts",
        ids={"national-contacts": "contacts[*].id"},
        references=(("contacts[*].stands_in_for", "contact-roles"),),
    ),
    DataSet(
        "statutory",
        ids={
            "sources": "sources[*].id",
            "paragraphs": "paragraphs[*].id",
            "facts": "facts[*].id",
            "exceptions": "exceptions[*].id",
            "corrections": "corrections[*].id",
            "notices": "notices[*].id",
            "calculator-journeys": "calculator.journeys[*].id",
        },
        references=(
            ("facts[*].source", "sources"),
            ("facts[*].see_also[*].source", "sources"),
            ("facts[*].exceptions[*]", "exceptions"),
            ("facts[*].exceptions_from", "paragraphs"),
            ("paragraphs[*].source", "sources"),
            ("paragraphs[*].grounds[*]", "exceptions"),
            ("paragraphs[*].applies", "paragraphs"),
            ("corrections[*].source", "sources"),
            ("calculator.journeys[*].rows[*].fact", "facts"),
            ("calculator.notes[*]", "facts"),
        ),
    ),
    DataSet(
        "stages",
        ids={"stages": "stages[*].id", "documents": "documents[*].id", "cycle-phases": "cycle.phases[*].id"},
        references=(
            ("stages[*].involved[*]", "roles"),
            ("stages[*].documents[*]", "documents"),
            ("stages[*].statutory_limit", "facts"),
            ("cycle.source", "sources"),
            ("cycle.phases[*].questions[*].basis.source", "sources"),
            ("cycle.phases[*].record[*].basis.source", "sources"),
            ("register.signs[*]", "facts"),
        ),
    ),
    DataSet(
        "ehcna",
        ids={
            "ehcna-steps": "ehcna.steps[*].id",
            "ehcna-terms": "ehcna.terms[*].id",
            "disagree-routes": "ehcna.disagree[*].id",
            "ehcna-criteria": "ehcna.evidence.criteria[*].id",
            "ehcna-local-criteria": "ehcna.evidence.local_criteria[*].id",
        },
        references=(
            ("ehcna.steps[*].deadlines[*]", "facts"),
            ("ehcna.steps[*].law[*]", "facts"),
            ("ehcna.steps[*].basis.source", "sources"),
            ("ehcna.steps[*].terms[*]", "ehcna-terms"),
            ("ehcna.disagree[*].facts[*]", "facts"),
            ("ehcna.steps[*].main_points[*].basis.source", "sources"),
            ("ehcna.school_when_asked.law[*]", "facts"),
            ("ehcna.school_when_asked.guidance[*]", "facts"),
            ("ehcna.evidence.criteria[*].basis.source", "sources"),
        ),
    ),
    DataSet(
        "areas_of_need", ids={"areas": "areas_of_need[*].id"}, references=(("areas_of_need[*].source", "sources"),)
    ),
    DataSet("roles", ids={"roles": "roles[*].id"}, references=(("roles[*].duties[*]", "facts"),)),
    DataSet(
        "agencies",
        ids={"agencies": "agencies[*].id", "referrers": "referrers[*].id"},
        references=(
            ("agencies[*].areas[*]", "areas"),
            ("agencies[*].referral[*]", "referrers"),
            ("agencies[*].contact_from", "contact-roles"),
        ),
    ),
    DataSet(
        "meetings",
        ids={
            "link-questions": "link_planning.questions[*].id",
            "meeting-priorities": "planning_consultation.priorities[*].id",
            "forms-of-support": "planning_consultation.forms_of_support[*].id",
        },
        references=(
            ("planning_consultation.attendees[*]", "roles"),
            ("planning_consultation.may_attend[*]", "roles"),
            ("planning_consultation.link_teams[*]", "roles"),
        ),
    ),
    DataSet(
        "support_plans",
        ids={
            "plan-agreements": "support_plan.agree[*].id",
            "outcome-checks": "support_plan.outcome_guide.checks[*].id",
            "outcome-pairs": "support_plan.outcome_guide.pairs[*].id",
        },
        references=(
            ("support_plan.agree[*].basis.source", "sources"),
            ("support_plan.duties[*]", "facts"),
            ("support_plan.outcome_guide.definition.basis.source", "sources"),
        ),
    ),
    DataSet(
        "review_calendar",
        ids={"reviews": "reviews[*].id"},
        references=(("reviews[*].who[*]", "roles"), ("frequency", "facts")),
    ),
    DataSet("glossary", ids={"glossary": "terms[*].id"}),
    DataSet(
        "checklists",
        ids={"checklists": "checklists[*].id", "checklist-items": "checklists[*].items[*].id"},
        references=(
            ("checklists[*].audience[*]", "roles"),
            ("checklists[*].items[*].step", "ehcna-steps"),
            ("checklists[*].items[*].question", "link-questions"),
            ("checklists[*].items[*].agreement", "plan-agreements"),
            ("checklists[*].items[*].review", "reviews"),
            ("checklists[*].items[*].fact", "facts"),
            ("checklists[*].items[*].template", "templates"),
            ("checklists[*].items[*].basis.source", "sources"),
            ("checklists[*].items[*].strategy", "oap-strategies"),
            ("checklists[*].items[*].criteria[*]", "ehcna-criteria"),
            ("checklists[*].items[*].requirement", "report-requirements"),
        ),
        pages=("checklists[*].pages[*]",),
    ),
    DataSet(
        "templates",
        ids={"templates": "templates[*].id"},
        references=(
            ("templates[*].document", "documents"),
            ("templates[*].sections[*].fields[*].agreement", "plan-agreements"),
            ("templates[*].sections[*].criterion", "ehcna-criteria"),
            ("templates[*].sections[*].requirement", "report-requirements"),
        ),
        pages=("templates[*].pages[*]",),
    ),
    DataSet("term_dates", ids={"terms": "terms[*].id"}),
    DataSet("bank_holidays"),  # England, from https://www.gov.uk/bank-holidays: the tribunal's working days
    DataSet(
        "journeys",
        ids={"journeys": "journeys[*].id"},
        references=(
            ("journeys[*].steps[*].law[*]", "facts"),
            ("journeys[*].steps[*].deadlines[*]", "facts"),
            ("journeys[*].steps[*].basis.source", "sources"),
            ("journeys[*].timeline.marks[*].fact", "facts"),
            ("journeys[*].steps[*].main_points[*].basis.source", "sources"),
            ("journeys[*].routes[*].fact", "facts"),
            ("journeys[*].timeline.bracket.fact", "facts"),
        ),
        # journeys[*].contacts are not checked: a council may remove a contact; the page then leaves it out.
        page_links=("journeys[*].next_steps[*].page", "journeys[*].routes[*].page"),
    ),
    DataSet(
        "ordinarily_available",
        ids={
            "oap-areas": "areas[*].id",
            "oap-signs": "areas[*].see[*].id",
            "oap-strategies": "areas[*].universal[*].id",
            "oap-sen-support": "areas[*].sen_support[*].id",
            "oap-find-out-more": "areas[*].find_out_more[*].id",
        },
        references=(
            ("areas[*].area", "areas"),
            ("areas[*].ask[*]", "agencies"),
            ("areas[*].universal[*].basis.source", "sources"),
            ("areas[*].sen_support[*].basis.source", "sources"),
        ),
    ),
    DataSet(
        "letters",
        ids={"letters": "letters[*].id", "letter-fields": "fields[*].id"},
        references=(("letters[*].facts[*]", "facts"), ("letters[*].fields[*]", "letter-fields")),
        page_links=("ending.next_steps[*].page",),
    ),
    DataSet("search", page_links=("pages[*].page", "no_results.links[*].page")),
    # pages[*].contacts are not checked, as for journeys: a council may remove a contact.
    DataSet("next_steps", ids={"page-endings": "pages[*].id"}, page_links=("pages[*].next_steps[*].page",)),
    DataSet(
        "funding",
        ids={"funding-facts": "facts[*].id"},
        references=(("facts[*].basis.source", "sources"), ("costing.threshold_fact", "funding-facts")),
    ),
    DataSet(
        "interventions",
        ids={"interventions": "interventions[*].id"},
        references=(("interventions[*].areas[*]", "areas"), ("interventions[*].evidence[*].source", "sources")),
    ),
    DataSet(
        "examples",
        ids={"apdr-examples": "examples[*].id"},
        references=(("examples[*].area", "areas"), ("basis.source", "sources")),
    ),
    DataSet(
        "statutory_year",
        ids={
            "report-requirements": "information_report.requirements[*].id",
            "exam-access-points": "access_arrangements.points[*].id",
            "records-points": "records.points[*].id",
            "calendar-dates": "calendar.dates[*].id",
        },
        references=(
            ("information_report.requirements[*].basis.source", "sources"),
            ("access_arrangements.source", "sources"),
            ("access_arrangements.points[*].basis.source", "sources"),
            ("records.facts[*]", "facts"),
            ("records.points[*].basis.source", "sources"),
            ("calendar.dates[*].fact", "facts"),
        ),
    ),
)


def split_path(pattern: str) -> list[str]:
    """`a.b[*].c` -> ['a', 'b', '*', 'c']."""
    parts: list[str] = []
    for chunk in pattern.split("."):
        while "[*]" in chunk:
            head, _, chunk = chunk.partition("[*]")
            if head:
                parts.append(head)
            parts.append("*")
        if chunk:
            parts.append(chunk)
    return parts


def walk(data, pattern: str):
    """Yield (concrete path, value) for every place `pattern` reaches; absent keys yield nothing."""

    def step(node, parts, path):
        if not parts:
            yield tuple(path), node
            return
        head, rest = parts[0], parts[1:]
        if head == "*":
            if isinstance(node, list):
                for i, item in enumerate(node):
                    yield from step(item, rest, [*path, i])
        elif isinstance(node, dict) and head in node:
            yield from step(node[head], rest, [*path, head])

    yield from step(data, split_path(pattern), [])
