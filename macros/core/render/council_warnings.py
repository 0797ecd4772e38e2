"""Warnings about a council's guide that do not stop its build: what it still takes from the example or the base.

Each is a slip that would otherwise publish silently (the council officer's retest of
December 2026): a file with nothing in it, the example council's name or logo left in
place (in its name, a note, an address), the base guide's example term dates, a text far longer than a page can show,
and a service added twice under two ids. `make check LA=` and `make la LA=` print the
same list, each at the file and line to change.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..dataset.overlay import YAML_SUFFIXES
from ..dataset.yaml_source import StrictLoader
from .contacts import locate_value, shown_path

EXAMPLE_COUNCIL = "example"  # local/example/: Northfield Borough Council, which does not exist
# Longest sensible text per field, in characters: a page shows every word of it.
TEXT_LIMITS = {"name": 120, "summary": 400, "local_note": 400, "address": 200}
TEXT_LIMIT = 600


def _file(overlay_dir: Path, name: str) -> Path | None:
    return next(
        (overlay_dir / f"{name}{suffix}" for suffix in YAML_SUFFIXES if (overlay_dir / f"{name}{suffix}").is_file()),
        None,
    )


def _load(path: Path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=StrictLoader)  # noqa: S506 (a safe loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None  # the check has already said what is wrong with it


def empty_files(overlay_dir: Path, project_dir: Path) -> list[str]:
    """An overlay file with nothing in it changes nothing, though the council meant it to."""
    warnings = []
    for path in sorted(p for p in overlay_dir.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file()):
        lines = [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
        if all(not line or line.startswith("#") or line == "---" for line in lines):
            warnings.append(
                f"{shown_path(path, project_dir)}:1: this file has nothing of your council's in it (it is "
                f"empty, or holds only comments), so your guide uses the base guide's {path.stem}.yml as "
                "it is. Put your changes back, or delete the file if you meant to change nothing."
            )
    return warnings


def example_leftovers(data, overlay_dir: Path, example_dir: Path, project_dir: Path, config_dir: Path) -> list[str]:
    """The example council's name or logo, copied with its folder and never replaced."""
    if overlay_dir.resolve() == (example_dir / "data").resolve():
        return []
    warnings = []
    example = _load(example_dir / "data" / "site.yml") or {}
    example_name = (example.get("site") or {}).get("publisher")
    if example_name and data.site.publisher == example_name:
        warnings.append(
            f"{locate_value(f'publisher: {example_name}', overlay_dir / 'site.yml', project_dir)}: "
            f"site.publisher: '{example_name}' is the example council's name, and every page would be "
            "titled with it. Write your council's name."
        )
    example_logo = example_dir / "logo.svg"
    if data.site.logo and example_logo.is_file():
        logo = config_dir / data.site.logo
        if logo.is_file() and logo.read_bytes() == example_logo.read_bytes():
            warnings.append(
                f"{locate_value('logo:', overlay_dir / 'site.yml', project_dir)}: site.logo: "
                f"{shown_path(logo, project_dir)} is the example council's logo. Upload your own SVG "
                "logo with this name, or delete the logo: line to show the guide's own icon."
            )
    return warnings


def example_name_in_texts(data, overlay_dir: Path, example_dir: Path, project_dir: Path) -> list[str]:
    """Text kept from the example that names its council: a term-date note, a contact's name, an address.

    The officer changes the numbers and addresses that warn, and keeps "Northfield SENDIASS"
    or "These are Northfield Borough Council's term dates", which publish without a word.
    """
    if overlay_dir.resolve() == (example_dir / "data").resolve():
        return []
    example_name = ((_load(example_dir / "data" / "site.yml") or {}).get("site") or {}).get("publisher")
    place = example_name.split()[0] if example_name else None  # "Northfield"
    if not place or place in (data.site.publisher or ""):
        return []  # the council is the example, or its publisher is left as it (warned above)
    named = re.compile(rf"\b{re.escape(place)}\b")
    warnings = []
    for path in sorted(p for p in overlay_dir.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file()):
        for where, field, text in _texts(_load(path)):
            found = named.search(text)
            if not found or "://" in text or "@" in text:
                continue  # web and email addresses: the example's are warned as reaching no one
            line = _line_of_text(text, path, project_dir)
            start, end = max(0, found.start() - 30), found.end() + 30  # the whole words around the name
            start = text.find(" ", start) + 1 if start else 0
            end = text.rfind(" ", 0, end) if end < len(text) else end
            shown = ("..." if start else "") + " ".join(text[start:end].split()) + ("..." if end < len(text) else "")
            warnings.append(
                f"{line}: {where}: '{shown}' names {place}, the example council. Write your council's "
                f"own text here (if {place} is also a place in your area, leave it)."
            )
    return warnings


def base_term_dates(data_dir: Path, overlay_dir: Path, example_dir: Path, project_dir: Path) -> list[str]:
    """A council's term date that is still the base guide's or the example council's (copied, not checked)."""
    own_path = _file(overlay_dir, "term_dates")
    own = _load(own_path) if own_path else None
    if not isinstance(own, dict) or overlay_dir.resolve() == (example_dir / "data").resolve():
        return []
    copied: dict[tuple, str] = {}
    for source, whose in (
        (example_dir / "data" / "term_dates.yml", "the example council's"),
        (data_dir / "term_dates.yml", "the base guide's example"),
    ):
        for term in (_load(source) or {}).get("terms", []) if source.is_file() else []:
            for field in ("start", "end"):
                copied[(term["id"], field, term.get(field))] = whose
    warnings = []
    for term in own.get("terms") or []:
        for field in ("start", "end"):
            value = term.get(field) if isinstance(term, dict) else None
            whose = copied.get((term.get("id"), field, value)) if value else None
            if whose:
                warnings.append(
                    f"{locate_value(value, own_path, project_dir)}: terms[{term['id']}].{field}: "
                    f"{value} is {whose} date. Check it against your council's term dates."
                )
    return warnings


def long_texts(overlay_dir: Path, project_dir: Path) -> list[str]:
    """Text the council wrote that is far longer than a page should show."""
    warnings = []
    for path in sorted(p for p in overlay_dir.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file()):
        for where, field, text in _texts(_load(path)):
            limit = TEXT_LIMITS.get(field, TEXT_LIMIT)
            if len(text) > limit:
                line = _line_of_text(text, path, project_dir)
                warnings.append(
                    f"{line}: {where}: this text is {len(text):,} characters long, and the page shows "
                    f"all of it. Keep it under {limit} characters (two or three sentences) and put the "
                    "rest on your Local Offer, with its address in url."
                )
    return warnings


def _line_of_text(text: str, path: Path, project_dir: Path) -> str:
    """`file:line` where a text the council wrote starts (its first words; a folded text spans lines)."""
    return locate_value(text.split("\n")[0][:40], path, project_dir).replace(" (still the base guide's value)", "")


def _texts(node, where: str = "", field: str = ""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(value, f"{where}.{key}" if where else str(key), str(key))
        return
    if isinstance(node, list):
        for index, item in enumerate(node):
            label = item.get("id", index) if isinstance(item, dict) else index
            yield from _texts(item, f"{where}[{label}]", field)
        return
    if isinstance(node, str):
        yield where, field, node


def same_service_twice(data, overlay_dir: Path, project_dir: Path) -> list[str]:
    """A service the council added whose name is a base service's: probably that one under a mistyped id."""
    seen: dict[str, str] = {}
    warnings = []
    for agency in data.agencies:
        key = " ".join(agency.name.lower().split())
        if key in seen:
            warnings.append(
                f"{locate_value(f'id: {agency.id}', overlay_dir / 'agencies.yml', project_dir)}: "
                f"agencies[{agency.id}]: '{agency.name}' is also the name of the service '{seen[key]}', "
                f"so the guide lists it twice. To change that service, use its id, {seen[key]}; for a "
                "different service, give it a name of its own."
            )
        seen.setdefault(key, agency.id)
    return warnings


def council_warnings(data, data_dir: Path, overlay_dir: Path, project_dir: Path, config_dir: Path) -> list[str]:
    """Every warning above, in the order an officer would fix them."""
    example_dir = project_dir / "local" / EXAMPLE_COUNCIL
    return [
        *empty_files(overlay_dir, project_dir),
        *example_leftovers(data, overlay_dir, example_dir, project_dir, config_dir),
        *example_name_in_texts(data, overlay_dir, example_dir, project_dir),
        *base_term_dates(data_dir, overlay_dir, example_dir, project_dir),
        *long_texts(overlay_dir, project_dir),
        *same_service_twice(data, overlay_dir, project_dir),
    ]
