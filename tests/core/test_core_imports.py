"""`import macros.core` (what `make check` loads) pulls in no adapter, component, Jinja, Markdown or MkDocs."""

import json
import subprocess
import sys

from tests.helpers import PROJECT

ADAPTER_MODULES = (
    "macros.plugin",
    "macros.build",
    "macros.project",
    "macros.mkdocs_hooks",
    "macros.markdown_raw_html",
    "macros.outputs",
    "macros.components",
)
LIBRARIES = ("jinja2", "markdown", "mkdocs", "mkdocs_macros", "material", "pymdownx", "docx", "icalendar")


def modules_after(code: str) -> list[str]:
    """Every module loaded by `code` in a fresh interpreter (imports are per process)."""
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def _offending(modules: list[str]) -> list[str]:
    return [m for m in modules if m.startswith(ADAPTER_MODULES) or m.split(".")[0] in LIBRARIES]


def test_importing_the_core_and_validating_loads_no_adapter_component_or_site_library():
    modules = modules_after(
        "import macros.core\nfrom macros.core import load_site_data\nload_site_data('data', 'docs')"
    )
    assert "macros.core.dataset.validate" in modules and "jsonschema" in modules  # it did validate
    assert _offending(modules) == []


def test_make_check_loads_no_adapter_either():
    modules = modules_after("from macros import check\ncheck.main([])")
    assert "macros.check" in modules
    assert _offending(modules) == []


def test_mkdocs_macros_still_finds_define_env_on_the_package():
    modules = modules_after("import macros\nassert callable(macros.define_env)")
    assert "macros.plugin" in modules  # loaded on first use, by mkdocs-macros


# ---- the direction of every import in macros/ (read from the source, function-level imports included) ----

MACROS = PROJECT / "macros"
# Inside the core, each floor imports only from the floors below it (and from itself).
BOTTOM = {"macros.core.school_year", "macros.core.costing"}  # shared by every floor; import nothing of the core
CORE_FLOORS = {
    **{module: set() for module in BOTTOM},
    "macros.core.dataset": BOTTOM,
    "macros.core.dates": {"macros.core.dataset"} | BOTTOM,
    "macros.core.render": {"macros.core.dates", "macros.core.dataset"} | BOTTOM,
}
# Outside it, what each room may import (besides itself); components and outputs are siblings.
ROOMS = {
    "macros.core": {"macros.core"},
    "macros.project": {"macros.core"},
    "macros.markdown_raw_html": {"macros.core"},
    "macros.components": {"macros.core"},
    "macros.outputs": {"macros.core"},
    "macros.build": {"macros.core", "macros.project"},
    "macros.check": {"macros.core", "macros.project"},
    "macros.page_assets": {"macros.components"},
    "macros.plugin": {"macros.core", "macros.build", "macros.components", "macros.page_assets"},
    "macros.mkdocs_hooks": {
        "macros.core",
        "macros.build",
        "macros.components",
        "macros.outputs",
        "macros.project",
        "macros.markdown_raw_html",
        "macros.page_assets",
    },
    "macros": {"macros.plugin"},  # the package hands mkdocs-macros its define_env
}


def _module_name(path) -> str:
    parts = path.relative_to(PROJECT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    path = PROJECT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def macros_imports() -> dict[str, set[str]]:
    """Every module in macros/ -> the macros modules it imports, wherever in the file the import stands."""
    import ast

    graph = {}
    for path in sorted(MACROS.rglob("*.py")):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names if alias.name.split(".")[0] == "macros"}
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                if module.split(".")[0] != "macros":
                    continue
                for alias in node.names:
                    targets.add(f"{module}.{alias.name}" if _is_module(f"{module}.{alias.name}") else module)
        graph[name] = targets - {name}
    return graph


def _room(name: str, rooms) -> str | None:
    """The longest key of `rooms` that `name` is or lies in."""
    found = [room for room in rooms if name == room or name.startswith(room + ".")]
    return max(found, key=len) if found else None


def test_the_import_graph_is_read():
    graph = macros_imports()
    assert len(graph) > 80 and "macros.core.dates.deadlines" in graph
    assert "macros.core.school_year" in graph["macros.core.dates.deadlines"]  # the reader resolves `from ..x import`


def test_core_floors_import_only_downward():
    wrong = []
    for module, targets in macros_imports().items():
        floor = _room(module, CORE_FLOORS)
        if floor is None:
            continue
        for target in targets:
            if target == "macros.core":
                wrong.append(f"{module} imports the package facade macros.core: import the module itself")
            elif not target.startswith("macros.core."):
                wrong.append(f"{module} imports {target}: the core imports nothing outside it")
            elif _room(target, CORE_FLOORS) not in CORE_FLOORS[floor] | {floor}:
                wrong.append(f"{module} imports {target}: {floor} may import only {sorted(CORE_FLOORS[floor])}")
    assert wrong == []


def test_every_module_of_the_core_stands_on_a_floor():
    core = [m for m in macros_imports() if m.startswith("macros.core.")]
    assert core and [m for m in core if _room(m, CORE_FLOORS) is None] == []


def test_rooms_outside_the_core_import_only_what_they_may():
    wrong = []
    for module, targets in macros_imports().items():
        room = _room(module, ROOMS)
        assert room is not None, f"{module} is in no room of ROOMS: add it"
        wrong += [
            f"{module} imports {target}" for target in targets if _room(target, ROOMS) not in ROOMS[room] | {room}
        ]
    assert wrong == []


def test_no_import_cycle_in_macros():
    graph = macros_imports()
    cycles, state = [], {}

    def visit(module, trail):
        state[module] = "open"
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                cycles.append(" -> ".join(trail[trail.index(target) :] + [target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []
