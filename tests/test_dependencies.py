"""pyproject.toml declares every package the code imports, and requirements.lock pins each at the same version."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from tests.helpers import PROJECT

PYPROJECT = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    """The normalised project name (PEP 503): `PyYAML` and `pyyaml` are the same package."""
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement).group(0)).lower()


def _pins(requirements) -> dict[str, str]:
    pins = {}
    for requirement in requirements:
        match = re.fullmatch(r"\s*([A-Za-z0-9._-]+)\s*==\s*([^\s;#]+)\s*(#.*)?", requirement)
        assert match, f"not an exact pin: {requirement!r}"
        pins[_name(match.group(1))] = match.group(2)
    return pins


def declared() -> dict[str, str]:
    project = PYPROJECT["project"]
    return _pins([*project["dependencies"], *project["optional-dependencies"]["test"]])


def locked() -> dict[str, str]:
    lines = (PROJECT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    return _pins(line for line in lines if line.strip() and not line.startswith("#"))


def test_every_declared_package_is_locked_at_the_same_version():
    lock = locked()
    wrong = {name: (version, lock.get(name)) for name, version in declared().items() if lock.get(name) != version}
    assert wrong == {}, "pyproject.toml pin vs requirements.lock: " + repr(wrong)


def test_the_lock_holds_only_exact_pins_each_once():
    lines = [
        line
        for line in (PROJECT / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(locked()) == len(lines) > len(declared())


def _imported_top_level_names() -> set[str]:
    names = set()
    for folder in ("macros", "tests", "bench"):
        for path in (PROJECT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"macros", "tests", "bench", "__future__"}


def test_every_imported_package_is_declared():
    """Each third-party module imported in macros/, tests/ or bench/ comes from a declared package."""
    providers = packages_distributions()
    names = _imported_top_level_names()
    assert {"docx", "icalendar", "jsonschema", "yaml", "playwright", "textstat"} <= names  # the walk finds them
    undeclared = {
        module: providers.get(module)
        for module in names
        if not {_name(d) for d in providers.get(module, [])} & set(declared())
    }
    assert undeclared == {}, f"imported but not declared in pyproject.toml: {undeclared}"


def test_packages_named_in_mkdocs_yml_are_declared():
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "pymdownx." in config and "name: material" in config and "macros:" in config
    assert {"pymdown-extensions", "mkdocs-material", "mkdocs-macros-plugin"} <= set(declared())
