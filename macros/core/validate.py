"""Validate every data file once per build: schema, ids, cross-references, glossary coverage.

All problems of a run are collected and raised together as one DataError, each
with its file, line, path inside the file and what to do about it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .colour import brand_colour_problems
from .datasets import DATASETS, DataSet, walk
from .errors import DataProblem, did_you_mean, format_message, format_path, pattern_message, typed_as_number
from .legal_checks import legal_problems
from .overlay import Overlay
from .yaml_source import YamlDocument, read_yaml

# Words with two or more capitals (EHCP, SENCo, PfA) are abbreviations and need a glossary entry.
# A page named in a checklist's or template's `pages` shows them with this macro (macros/components/related_forms.py).
RELATED_FORMS_CALL = "related_forms("

ABBREVIATION = re.compile(r"\b[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*\b")


def _hint(error) -> str:
    """Turn a jsonschema error into an instruction an editor can act on."""
    kind, value = error.validator, error.validator_value
    if kind == "required":
        missing = [name for name in value if name not in (error.instance or {})]
        return f"missing field {', '.join(repr(m) for m in missing)}: add it to this record."
    if kind == "additionalProperties":
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        return f"{error.message}. Remove it or fix its spelling; allowed fields: {allowed}."
    if kind == "enum":
        return f"{error.instance!r} is not one of {value}.{did_you_mean(error.instance, value)} Use one of the listed values."
    if kind == "type":
        if error.instance is None:
            return f"this field is empty: give it a value of type {value}."
        return f"{error.instance!r} should be of type {value}."
    if kind in ("minItems", "minLength"):
        return f"{error.message}. Add at least {value}."
    if kind == "const":
        return f"{error.instance!r} must be {value!r}."
    return f"{error.message}."


def _schema_registry(schemas_dir: Path):
    """Every schema in the folder by file name, so a schema can use a shared one: {"$ref": "basis.schema.json"}."""
    from referencing import Registry, Resource

    return Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8"))))
        for path in sorted(schemas_dir.glob("*.schema.json")))


def _officer_message(error, doc: YamlDocument) -> str | None:
    """Messages for patterns, formats and values YAML changed, from `errors.py`: never a regular expression."""
    kind, value = error.validator, error.validator_value
    field = error.schema if isinstance(error.schema, dict) else {}
    if kind == "pattern":
        return pattern_message(value, error.instance, field.get("description"))
    if kind == "format":
        return format_message(value, error.instance)
    if kind == "type" and "string" in (value if isinstance(value, list) else [value]):
        if isinstance(error.instance, (int, float)) and not isinstance(error.instance, bool):
            node = doc.node_at(list(error.absolute_path))
            return typed_as_number(getattr(node, "value", str(error.instance)), error.instance)
        if error.instance is None and "pattern" in field:  # e.g. `brand_colour: #1d70b8`: the # began a comment
            example = pattern_message(field["pattern"], "", field.get("description")).split(": ", 1)[-1]
            return f"this field is empty. {example[0].upper()}{example[1:]}"
    return None


def _one_error_per_value(errors):
    """A value that breaks its pattern gets that message only, not a second one about its format."""
    errors = list(errors)
    patterned = {tuple(e.absolute_path) for e in errors if e.validator == "pattern"}
    return [e for e in errors if not (e.validator == "format" and tuple(e.absolute_path) in patterned)]


def _schema_problems(doc: YamlDocument, schema: dict, registry=None) -> list[DataProblem]:
    from jsonschema import Draft202012Validator, FormatChecker  # 50 ms: only when data is actually validated

    problems = []
    options = {"format_checker": FormatChecker()}
    if registry is not None:
        options["registry"] = registry
    validator = Draft202012Validator(schema, **options)
    for error in _one_error_per_value(validator.iter_errors(doc.data)):
        path = list(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            extra = [k for k in error.instance if k not in error.schema.get("properties", {})]
            path_for_line = [*path, extra[0]] if extra else path
        else:
            path_for_line = path
        problems.append(DataProblem(doc.file, doc.line_of(path_for_line), format_path(path),
                                    _officer_message(error, doc) or _hint(error)))
    return problems


def _text_values(data):
    """Every string in a data tree, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            for path, text in _text_values(value):
                yield (key, *path), text
    elif isinstance(data, list):
        for i, value in enumerate(data):
            for path, text in _text_values(value):
                yield (i, *path), text
    elif isinstance(data, str):
        yield (), data


def _known_abbreviations(glossary: dict) -> set[str]:
    known = set(glossary.get("ignore", []))
    for term in glossary.get("terms", []):
        for name in (term.get("abbreviation"), *term.get("aliases", [])):
            if name:
                known.add(name)
    return known


def _unknown_abbreviations(text: str, known: set[str]) -> list[str]:
    found = []
    for word in ABBREVIATION.findall(text):
        if word in known or (word.endswith("s") and word[:-1] in known):
            continue
        found.append(word)
    return found


_PAGE_NOISE = re.compile(
    r"^---\n.*?\n---\n|```.*?```|\{\{.*?\}\}|\{%.*?%\}|<[^>]+>|\]\([^)]*\)|https?://\S+|\{[:#.][^}]*\}",
    re.S)


def _page_text_without_code(text: str) -> str:
    """Blank out front matter, macros, markup and links but keep line numbers."""
    return _PAGE_NOISE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


class Validator:
    """Reads data/ (and optionally docs/) and collects every problem."""

    def __init__(self, data_dir: Path, docs_dir: Path | None = None, datasets: tuple[DataSet, ...] = DATASETS,
                 overlay_dir: Path | None = None):
        self.data_dir = Path(data_dir)
        self.docs_dir = Path(docs_dir) if docs_dir else None
        self.datasets = datasets
        self.problems: list[DataProblem] = []
        # A council's overlay folder, merged into each file before it is checked (see overlay.py).
        self.overlay = Overlay(overlay_dir, self.data_dir.parent) if overlay_dir else None
        self.documents: dict[str, YamlDocument] = {}
        self._registry = None   # the shared schemas ($ref targets), read once per run

    def display(self, path: Path) -> str:
        """Paths in messages are relative to the project, e.g. data/agencies.yml."""
        return f"{self.data_dir.name}/{path.relative_to(self.data_dir).as_posix()}"

    def run(self) -> dict[str, object]:
        if self.overlay:
            self.overlay.check_names([d.name for d in self.datasets], self.problems)
        for dataset in self.datasets:
            self._load(dataset)
        id_sets = self._collect_ids()
        self._check_references(id_sets)
        self._check_sequences()
        self._check_glossary()
        self._check_school_year()
        self.problems.extend(legal_problems(self.documents))
        self._check_pages()
        self._check_page_links()
        self.problems.extend(brand_colour_problems(self.documents.get("site")))
        if self.overlay:
            self.problems = self.overlay.relocate(self.problems)
        return {name: doc.data for name, doc in self.documents.items()}

    def _load(self, dataset: DataSet) -> None:
        path = self.data_dir / f"{dataset.name}.yml"
        shown = self.display(path)
        if not path.exists():
            self.problems.append(DataProblem(shown, 1, "", "the file is missing: restore it from the base guide."))
            return
        doc = read_yaml(path, shown, self.problems)
        if doc is None:
            return
        if self.overlay:
            doc = self.overlay.apply(dataset.name, doc, self.problems)
        schema_path = self.data_dir / "schemas" / f"{dataset.name}.schema.json"
        try:
            schema = json.loads(schema_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            self.problems.append(DataProblem(self.display(schema_path), 1, "", f"unusable schema: {exc}"))
            return
        if self._registry is None:
            self._registry = _schema_registry(schema_path.parent)
        schema_problems = _schema_problems(doc, schema, self._registry)
        self.problems.extend(schema_problems)
        if not schema_problems:
            self.documents[dataset.name] = doc

    def _collect_ids(self) -> dict[str, set[str]]:
        id_sets: dict[str, set[str]] = {}
        for dataset in self.datasets:
            doc = self.documents.get(dataset.name)
            if doc is None:
                continue
            for set_name, pattern in dataset.ids.items():
                seen = id_sets.setdefault(set_name, set())
                for path, value in walk(doc.data, pattern):
                    if value in seen:
                        self.problems.append(DataProblem(
                            doc.file, doc.line_of(path), format_path(path),
                            f"duplicate id '{value}': ids must be unique in {set_name}. Rename one of them."))
                    seen.add(value)
        return id_sets

    def _check_references(self, id_sets: dict[str, set[str]]) -> None:
        for dataset in self.datasets:
            doc = self.documents.get(dataset.name)
            if doc is None:
                continue
            for pattern, set_name in dataset.references:
                if set_name not in id_sets:
                    continue  # the target file already failed; its own errors say why
                known = id_sets[set_name]
                for path, value in walk(doc.data, pattern):
                    if value not in known:
                        choices = ", ".join(sorted(known)[:12]) + (", ..." if len(known) > 12 else "")
                        self.problems.append(DataProblem(
                            doc.file, doc.line_of(path), format_path(path),
                            f"unknown {set_name} id '{value}'.{did_you_mean(value, known)} Use one of: {choices}."))

    def _check_sequences(self) -> None:
        stages = self.documents.get("stages")
        if stages:
            for i, stage in enumerate(stages.data["stages"]):
                if stage["number"] != i + 1:
                    path = ("stages", i, "number")
                    self.problems.append(DataProblem(
                        stages.file, stages.line_of(path), format_path(path),
                        f"stage number {stage['number']} is out of order: stages are numbered 1, 2, 3... "
                        f"in the order listed, so this one should be {i + 1}."))
        ehcna = self.documents.get("ehcna")
        if ehcna:
            guide = ehcna.data["ehcna"]
            self._check_steps(ehcna, ("ehcna",), guide["steps"], "start_week", "end_week", guide["total_weeks"],
                              "week", "total_weeks")
        journeys = self.documents.get("journeys")
        for i, journey in enumerate(journeys.data["journeys"] if journeys else ()):
            timeline = journey.get("timeline")
            self._check_steps(journeys, ("journeys", i), journey["steps"], "start", "end",
                              timeline["total"] if timeline else None, timeline["unit"] if timeline else None,
                              "timeline.total")
            if timeline:
                self._check_timeline(journeys, ("journeys", i, "timeline"), timeline)

    def _problem_in(self, doc):
        """A function that records a problem at a path of `doc`, with its file and line."""
        return lambda path, message: self.problems.append(
            DataProblem(doc.file, doc.line_of(path), format_path(path), message))

    def _check_steps(self, doc, base, steps, start_key, end_key, total, unit, total_name) -> None:
        """Steps numbered 1, 2, 3...; on a timeline, each starts where the one before ends and the last ends at the total."""
        problem = self._problem_in(doc)
        expected_start = 0
        for i, step in enumerate(steps):
            at = (*base, "steps", i)
            if step["number"] != i + 1:
                problem((*at, "number"), f"step number {step['number']} should be {i + 1}: steps are numbered in order.")
            if total is None:
                continue
            if start_key not in step or end_key not in step:
                problem(at, f"the journey has a timeline, so each step needs {start_key} and {end_key}.")
                return
            if step[start_key] != expected_start:
                problem((*at, start_key), f"{start_key} {step[start_key]:g} leaves a gap or overlap: it should be "
                                          f"{expected_start:g}, where the step before ends.")
            if step[end_key] <= step[start_key]:
                problem((*at, end_key), f"{end_key} must be after {start_key}.")
            expected_start = step[end_key]
        if total is not None and steps and expected_start != total:
            problem((*base, "steps", len(steps) - 1, end_key),
                    f"the last step ends at {unit} {expected_start:g} but {total_name} is {total:g}: make them match.")

    def _check_timeline(self, doc, base, timeline) -> None:
        """Every mark and label falls on the drawing; the bracket counts days."""
        problem = self._problem_in(doc)
        total = timeline["total"]
        for key in ("axis", "marks"):
            for j, point in enumerate(timeline.get(key, ())):
                if point["at"] > total:
                    problem((*base, key, j, "at"), f"at {point['at']:g} is past the end of the timeline ({total:g}).")
        facts = {fact["id"]: fact for fact in self.documents["statutory"].data["facts"]} \
            if "statutory" in self.documents else {}
        bracket = timeline.get("bracket")
        fact = facts.get(bracket["fact"]) if bracket else None
        if fact is not None and fact.get("period", {}).get("unit") != "days":
            problem((*base, "bracket", "fact"), f"'{bracket['fact']}' has no period in days: the bracket draws a "
                                                "family's days (such as amendment-comments). Use such a fact.")

    def _glossary_hint(self) -> str:
        """Where to add a new abbreviation: a council adds it in its own overlay, never in the base glossary."""
        if self.overlay:
            own = self.overlay.display(self.overlay.folder / "glossary.yml")
            return (f"Add it to your own {own}: under terms (with what it stands for), or, if it is not "
                    "an abbreviation, under ignore, for example ignore: [NHSE]. Do not edit the base guide's data/.")
        return "Add it to data/glossary.yml (abbreviation or aliases), or to its ignore list if it is not one."

    def _check_pages(self) -> None:
        """Each page a checklist or template names exists and shows it (`related_forms()` lists them)."""
        if self.docs_dir is None or not self.docs_dir.is_dir():
            return
        named = set()
        for dataset in self.datasets:
            doc = self.documents.get(dataset.name)
            for pattern in dataset.pages if doc else ():
                for path, value in walk(doc.data, pattern):
                    named.add(value)
                    page = self.docs_dir / value
                    if not page.is_file():
                        problem = (f"there is no page {self.docs_dir.name}/{value}. Name a page in "
                                   f"{self.docs_dir.name}/, for example sen-support-plans.md.")
                    elif RELATED_FORMS_CALL not in page.read_text(encoding="utf-8"):
                        problem = (f"{self.docs_dir.name}/{value} does not list its checklists and templates: "
                                   f"add {{{{ {RELATED_FORMS_CALL}) }}}} to it.")
                    else:
                        continue
                    self.problems.append(DataProblem(doc.file, doc.line_of(path), format_path(path), problem))
        if not all(name in self.documents for name in ("checklists", "templates")):
            return  # a file that failed its schema names no pages yet; its own errors say why
        for page in sorted(self.docs_dir.rglob("*.md")):
            relative = page.relative_to(self.docs_dir).as_posix()
            for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
                if RELATED_FORMS_CALL in line and relative not in named:
                    self.problems.append(DataProblem(
                        f"{self.docs_dir.name}/{relative}", number, "",
                        "related_forms() lists nothing here: add this page to the `pages` of its checklists "
                        "(data/checklists.yml) and templates (data/templates.yml), or remove the call."))

    def _check_page_links(self) -> None:
        """Every page a record links to (a journey's next steps, search words) exists in docs/."""
        if self.docs_dir is None or not self.docs_dir.is_dir():
            return
        for dataset in self.datasets:
            doc = self.documents.get(dataset.name)
            for pattern in dataset.page_links if doc else ():
                for path, value in walk(doc.data, pattern):
                    if not (self.docs_dir / value).is_file():
                        self.problems.append(DataProblem(
                            doc.file, doc.line_of(path), format_path(path),
                            f"there is no page {self.docs_dir.name}/{value}. Name a page in "
                            f"{self.docs_dir.name}/, for example appeals.md."))

    def _check_glossary(self) -> None:
        glossary = self.documents.get("glossary")
        if glossary is None:
            return
        known = _known_abbreviations(glossary.data)
        hint = self._glossary_hint()
        for doc in self.documents.values():
            for path, text in _text_values(doc.data):
                if path and path[-1] in ("id", "url", "email", "phone", "reference"):
                    continue
                for word in _unknown_abbreviations(text, known):
                    self.problems.append(DataProblem(
                        doc.file, doc.line_of(path), format_path(path),
                        f"abbreviation '{word}' is not in the glossary. {hint}"))
        if self.docs_dir is None or not self.docs_dir.is_dir():
            return
        for page in sorted(self.docs_dir.rglob("*.md")):
            shown = f"{self.docs_dir.name}/{page.relative_to(self.docs_dir).as_posix()}"
            text = _page_text_without_code(page.read_text(encoding="utf-8"))
            for number, line in enumerate(text.splitlines(), start=1):
                for word in _unknown_abbreviations(line, known):
                    self.problems.append(DataProblem(
                        shown, number, "", f"abbreviation '{word}' is not in the glossary. {hint}"))

    def _check_next_year_starts(self, term_dates, terms) -> None:
        """next_year_starts ends the summer holiday after the last term (the calculator's long closure)."""
        from datetime import date, timedelta

        from .deadlines import LONGEST_SUMMER_WEEKS

        starts = term_dates.data.get("next_year_starts")
        if not starts or len(terms) < len(term_dates.data["terms"]) or not terms:
            return
        try:
            day = date.fromisoformat(starts)
        except ValueError as exc:
            day, message = None, f"{exc}: write a real date."
        else:
            message = (f"{starts} is not the end of the summer holiday after {terms[-1].name} "
                       f"({terms[-1].end.isoformat()}): give the first day of the next school year.")
        if day is None or not terms[-1].end < day <= terms[-1].end + timedelta(weeks=LONGEST_SUMMER_WEEKS):
            path = ("next_year_starts",)
            self.problems.append(DataProblem(term_dates.file, term_dates.line_of(path), format_path(path), message))

    def _check_school_year(self) -> None:
        """Term dates are real days, each term ends after it starts and after the one before; reviews fall in term.

        Checked here, not while rendering, so each problem names the file and line
        it is on (a council's overlay file when the date comes from there).
        """
        from datetime import date

        from .key_dates import Term, review_day

        term_dates = self.documents.get("term_dates")
        if term_dates is None:
            return

        def later(*paths: tuple) -> tuple:
            """Of two fields that disagree, the one written later: in a merged document a council
            overlay's lines come after every base line, so the council's own value is named."""
            return max(paths, key=term_dates.line_of)

        terms: list[Term] = []
        year = re.fullmatch(r"(\d{4}) to (\d{4})", str(term_dates.data.get("school_year", "")))
        first, last = (date(int(year[1]), 8, 1), date(int(year[2]), 8, 31)) if year else (date.min, date.max)
        for index, record in enumerate(term_dates.data["terms"]):
            days = {}
            for field in ("start", "end"):
                path = ("terms", index, field)
                try:
                    days[field] = date.fromisoformat(record[field])
                except ValueError as exc:
                    self.problems.append(DataProblem(term_dates.file, term_dates.line_of(path), format_path(path),
                                                     f"{exc}: write a real date."))
                    continue
                if not first <= days[field] <= last:  # a year typed wrongly: 2025 in the 2026 to 2027 year
                    self.problems.append(DataProblem(
                        term_dates.file, term_dates.line_of(path), format_path(path),
                        f"{record[field]} is not in the {term_dates.data['school_year']} school year "
                        f"({first.day} August {first.year} to {last.day} August {last.year}): check the year."))
                    del days[field]
            if len(days) < 2:
                continue
            if days["end"] < days["start"]:
                path = later(("terms", index, "start"), ("terms", index, "end"))
                self.problems.append(DataProblem(term_dates.file, term_dates.line_of(path), format_path(path),
                                                 f"{record['name']} ends before it starts: check both dates."))
            if terms and days["start"] <= terms[-1].end:
                path = later(("terms", index - 1, "end"), ("terms", index, "start"))
                self.problems.append(DataProblem(
                    term_dates.file, term_dates.line_of(path), format_path(path),
                    f"{record['name']} starts before {terms[-1].name} ends: list terms in date order."))
            terms.append(Term(record["id"], record["name"], days["start"], days["end"]))
        self._check_next_year_starts(term_dates, terms)
        reviews = self.documents.get("review_calendar")
        if reviews is None or len(terms) < len(term_dates.data["terms"]):
            return
        for index, review in enumerate(reviews.data["reviews"]):
            if review_day(terms, review["month"]) is None:
                path = ("reviews", index, "month")
                self.problems.append(DataProblem(
                    reviews.file, reviews.line_of(path), format_path(path),
                    f"no school day in month {review['month']} in {term_dates.file}: choose a month in term time."))
