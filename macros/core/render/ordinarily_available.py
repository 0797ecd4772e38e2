"""Ordinarily available provision: the parts every view of an area shares (its record, a strategy with its basis).

A strategy is shown with the one basis label, so a teacher sees at a glance which is research evidence,
which is statutory guidance and which is usual or local practice. Pure: no MkDocs.
"""

from __future__ import annotations

from .basis import record_basis
from .html import tag

PAGE_FOLDER = "ordinarily-available"
PHASE_NAMES = {"primary": "In primary school", "secondary": "In secondary school"}
CHECKLIST_ID = "before-sen-support"


def provision(data):
    return data["ordinarily_available"]


def area_record(data, area_id: str):
    """The area's provision record and its area of need (name, summary, Code paragraph)."""
    record = provision(data).areas[area_id]
    return record, data.areas[record.area]


def area_page(area_id: str) -> str:
    return f"{PAGE_FOLDER}/{area_id}"


def card_page(area_id: str) -> str:
    return f"{PAGE_FOLDER}/cards/{area_id}"


def strategy_item(data, links, strategy):
    """One strategy: what to do, then its basis label ("Research evidence: EEF, ... (2020), Recommendation 3.")."""
    return tag(
        "li",
        strategy.text,
        " ",
        record_basis(data, links, strategy.basis),
        id=f"strategy-{strategy.id}",
        data_strategy=strategy.id,
        data_basis=strategy.basis.kind,
    )


def strategy_list(data, links, strategies, class_: str):
    return tag("ul", [strategy_item(data, links, s) for s in strategies], class_=class_)


def signs_by_phase(record, phase: str) -> list:
    return [sign for sign in record.see if phase in sign.phase]


def strategy_by_id(data, strategy_id: str):
    """A strategy every teacher tries first, from whichever area lists it (ids are unique across areas)."""
    for record in provision(data).areas:
        found = record.universal.get(strategy_id)
        if found is not None:
            return found
    raise KeyError(strategy_id)
