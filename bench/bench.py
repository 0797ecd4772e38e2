"""`make bench`: how fast the guide builds, rebuilds under `make serve` and validates, how that scales,
and how heavy each page is.

Prints a table with each figure, its budget and the ratio to the budget, and
writes everything to bench-results.json. A breached budget is printed as
BREACHED and makes the command exit with status 1.
"""

from __future__ import annotations

import copy
import gzip
import json
import os
import re
import shutil
import statistics
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

from bench.material_baseline import project_theme, write_bare_project, write_content_project

PROJECT = Path(__file__).resolve().parents[1]
RESULTS = PROJECT / "bench-results.json"
BUILD_RUNS = 3
SERVE_EDITS = 3
SERVE_PAGE = "graduated-response/"
SERVE_DEADLINE_S = 120  # the served page must show an edit within this, or the bench stops
# What the `make serve` figure is: the wait a person has, measured from outside the server.
SERVE_INCLUDES = (
    "from saving data/stages.yml until the page, fetched over HTTP every 20 ms, shows the edit:"
    " MkDocs' file watcher noticing the save (it polls every 0.5 s), its 0.1 s wait for more saves,"
    " a full rebuild (config, data validation, every page and download, search index),"
    " then the response; not the browser's own reload"
)
VALIDATION_RUNS = 7
SCALES = (1, 10, 100)
# The records the guide could grow in: file, list key, and the nested list whose records count as
# items (checklists have a maximum length, so whole checklists are copied and their items counted).
SCALED = (("agencies", "agencies", None), ("glossary", "terms", None), ("checklists", "checklists", "items"))
# Fields that must stay unique across the site (abbreviations become tooltips): left out of copies.
UNIQUE_FIELDS = ("abbreviation", "aliases", "short")
SEARCH_INDEX = "search/search_index.json"

BUDGETS = {
    "same_content_ratio": 2.0,  # a fresh copy's build (nothing kept) / bare Material build of the same page bodies
    "serve_rebuild_s": 1.0,  # `make serve`: from saving a data file until the served page shows it
    "validation_ms": 100.0,  # load and validate the shipped data
    "slope_growth": 2.0,  # per-item cost from 10x to 100x / from 1x to 10x (linear is 1)
    "page_gzip_kb": 80.0,  # every page, first load, search index excluded
    "own_js_css_page_gzip_kb": 12.0,  # the project's own JS and CSS that any one page loads
}


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


# ---------------------------------------------------------------- helpers


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def mkdocs_build(config: Path, site_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--quiet",
            "--config-file",
            str(config),
            "--site-dir",
            str(site_dir),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build failed for {config}:\n{result.stdout}{result.stderr}")


def copy_project(target: Path) -> Path:
    """A copy of everything a build reads, so synthetic data never touches the real tree."""
    for item in ("docs", "data", "macros", "overrides"):
        shutil.copytree(PROJECT / item, target / item, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", target / "mkdocs.yml")
    return target / "mkdocs.yml"


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


# ---------------------------------------------------------------- 1. build time


def build_times(work: Path) -> dict:
    """Median wall time of a build of a fresh copy of the guide and of two bare Material builds.

    The fair peer ("same content") is plain Material with search building the guide's
    own built page bodies as raw HTML pages: what is left is the cost of our data,
    macros and components. The other ("plain pages") builds as many short plain
    Markdown pages; it is kept for comparison with earlier figures.
    The guide keeps nothing between builds, so every build is a cold one: each run
    builds a new copy (no __pycache__, no site folder), as CI does with a fresh clone.
    One build of each first, untimed, so the operating system has the libraries in memory.
    Runs are interleaved, so a busy machine slows all alike.
    """
    theme = project_theme(PROJECT / "mkdocs.yml")
    pages = len([p for p in (PROJECT / "docs").rglob("*.md")])
    mkdocs_build(copy_project(work / "warm-up"), work / "warm-up-site")
    peers = {"plain_pages": write_bare_project(work / "plain-pages", pages, theme)}
    peers["same_content"], content_pages = write_content_project(work / "same-content", work / "warm-up-site", theme)
    for name, config in peers.items():
        mkdocs_build(config, work / f"{name}-site")
    runs = {"guide": [], **{name: [] for name in peers}}
    for run in range(BUILD_RUNS):
        fresh = copy_project(work / f"cold-{run}")
        runs["guide"].append(median_seconds(lambda: mkdocs_build(fresh, work / "site"), 1))
        for name, config in peers.items():
            runs[name].append(median_seconds(lambda: mkdocs_build(config, work / f"{name}-site"), 1))
    median = {name: statistics.median(times) for name, times in runs.items()}
    return {
        "pages": pages,
        "content_pages": content_pages,
        "runs": BUILD_RUNS,
        "runs_s": runs,
        "cold_s": median["guide"],
        "same_content_s": median["same_content"],
        "plain_pages_s": median["plain_pages"],
        "same_content_ratio": median["guide"] / median["same_content"],
        "plain_pages_ratio": median["guide"] / median["plain_pages"],
    }


# ---------------------------------------------------------------- 1b. rebuild under `make serve`


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _page_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=SERVE_DEADLINE_S) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""  # not serving yet


def _wait_for(url: str, text: str, server: subprocess.Popen, log: Path) -> float:
    """Seconds until the page at `url` contains `text`; stops the bench if it never does."""
    started = time.perf_counter()
    while time.perf_counter() - started < SERVE_DEADLINE_S:
        if server.poll() is not None:
            raise SystemExit(f"mkdocs serve stopped:\n{log.read_text(encoding='utf-8')}")
        if text in _page_text(url):
            return time.perf_counter() - started
        time.sleep(0.02)  # polling interval: the measure is at most this much late
    raise SystemExit(
        f"mkdocs serve did not show {text!r} within {SERVE_DEADLINE_S} s:\n{log.read_text(encoding='utf-8')}"
    )


def serve_rebuilds(work: Path) -> dict:
    """`mkdocs serve` on a copy of the guide: the time from saving data/stages.yml until the page shows the edit."""
    config = copy_project(work / "serve")
    stages = config.parent / "data" / "stages.yml"
    url = f"http://127.0.0.1:{_free_port()}/"
    log = work / "serve.log"
    with open(log, "w", encoding="utf-8") as output:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "serve",
                "--livereload",
                "--dev-addr",
                url.removeprefix("http://").rstrip("/"),
            ],
            cwd=config.parent,
            stdout=output,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
    try:
        name = "Cause for concern"
        _wait_for(url + SERVE_PAGE, name, server, log)  # the first build
        times = []
        for edit in range(1, SERVE_EDITS + 1):
            new_name = f"Cause for concern, edit {edit}"
            stages.write_text(
                stages.read_text(encoding="utf-8").replace(f"name: {name}\n", f"name: {new_name}\n"), encoding="utf-8"
            )
            times.append(_wait_for(url + SERVE_PAGE, new_name, server, log))
            name = new_name
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    # The rebuilds alone, as mkdocs serve logs them: the rest of the wait is the watcher and the response.
    builds = [float(s) for s in re.findall(r"Documentation built in ([\d.]+) seconds", log.read_text(encoding="utf-8"))]
    return {
        "rebuild_s": statistics.median(times),
        "runs_s": times,
        "page": SERVE_PAGE,
        "includes": SERVE_INCLUDES,
        "logged_build_s": builds[-SERVE_EDITS:],
    }


# ---------------------------------------------------------------- 2 and 3. validation and scaling


def validation_seconds(data_dir: Path, docs_dir: Path) -> float:
    """Median time to load and validate: read, parse and validate every file, as every build does."""
    from macros.core import load_site_data

    def load():
        load_site_data(data_dir, docs_dir)

    load()  # warm imports and the schema compiler, as in a real build
    return median_seconds(load, VALIDATION_RUNS)


def scale_data(data_dir: Path, factor: int) -> int:
    """Multiply agencies, glossary terms and checklist items by `factor` in place; returns the item count."""
    count = 0
    for name, key, nested in SCALED:
        path = data_dir / f"{name}.yml"
        if not path.exists():
            continue
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        originals = document[key]
        document[key] = list(originals) + [
            _synthetic(record, copy_number) for copy_number in range(1, factor) for record in originals
        ]
        count += sum(len(record[nested]) if nested else 1 for record in document[key])
        path.write_text(yaml.dump(document, Dumper=_NoAliases, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return count


def _synthetic(record: dict, copy_number: int) -> dict:
    synthetic = {k: copy.deepcopy(v) for k, v in record.items() if k not in UNIQUE_FIELDS}
    synthetic["id"] = f"{record['id']}-copy-{copy_number}"
    for nested in synthetic.values():  # ids of nested records (checklist items) are unique site-wide
        if isinstance(nested, list) and all(isinstance(item, dict) and "id" in item for item in nested):
            for item in nested:
                item["id"] = f"{item['id']}-copy-{copy_number}"
    for label in ("name", "term", "title"):
        if isinstance(synthetic.get(label), str):
            synthetic[label] += f" copy {copy_number}"
    return synthetic


def scaling(work: Path) -> dict:
    """Validation and build time at 1x, 10x and 100x data, the per-item slope and a linearity verdict."""
    rows = []
    for factor in SCALES:
        config = copy_project(work / f"scale-{factor}")
        items = scale_data(config.parent / "data", factor)
        validate_s = validation_seconds(config.parent / "data", config.parent / "docs")
        build_s = median_seconds(lambda: mkdocs_build(config, work / f"scale-{factor}-site"), 1 if factor > 1 else 3)
        rows.append({"factor": factor, "items": items, "validation_s": validate_s, "build_s": build_s})
    result = {"rows": rows}
    for measure in ("validation_s", "build_s"):
        slopes = [(b[measure] - a[measure]) / (b["items"] - a["items"]) for a, b in zip(rows, rows[1:])]
        # Growth of the per-item cost between the two steps: about 1 when linear, 10 when quadratic.
        growth = slopes[1] / slopes[0] if slopes[0] > 0 else float("inf")
        result[measure] = {
            "slope_ms_per_item": [s * 1000 for s in slopes],
            "slope_growth": growth,
            "linear": growth <= BUDGETS["slope_growth"],
        }
    return result


# ---------------------------------------------------------------- 4. page weight


def material_asset_paths() -> set[str]:
    """Paths (relative to the site) of the theme files Material itself ships."""
    import material

    templates = Path(material.__file__).parent / "templates"
    return {p.relative_to(templates).as_posix() for p in templates.rglob("*") if p.is_file()}


def search_index(site_dir: Path) -> dict[str, int]:
    """The search index, loaded by the search worker and left out of each page's weight."""
    content = (site_dir / SEARCH_INDEX).read_bytes()
    return {"bytes": len(content), "gzip_bytes": gzip_size(content)}


def own_assets(site_dir: Path) -> dict[str, int]:
    """Gzip size of each JS and CSS file in the site that Material did not ship: the project's own."""
    materials = material_asset_paths()
    return {
        p.relative_to(site_dir).as_posix(): gzip_size(p.read_bytes())
        for p in sorted(site_dir.rglob("*"))
        if p.suffix in (".js", ".css") and p.relative_to(site_dir).as_posix() not in materials
    }


def page_weights(site_dir: Path) -> list[dict]:
    """Requests, bytes and gzip bytes of each page's first load in Chromium (empty cache)."""
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM, CHROMIUM_ARGS
    from tests.helpers import serve_folder
    from tests.quality.site_pages import built_pages, page_path

    server, base = serve_folder(site_dir)
    materials = material_asset_paths()
    weights = []
    with sync_playwright() as playwright:
        launch = {"args": CHROMIUM_ARGS, "headless": True}
        if Path(CHROMIUM).exists():
            launch["executable_path"] = CHROMIUM
        browser = playwright.chromium.launch(**launch)
        for page_file in built_pages(site_dir):
            path = page_path(site_dir, page_file)
            context = browser.new_context()  # a new context has an empty cache: a first load
            requested = []
            context.on("request", lambda request: requested.append(request.url))
            page = context.new_page()
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            context.close()
            files = [_served_file(site_dir, base, url) for url in requested]
            counted = [f for f in files if f is not None and f.relative_to(site_dir).as_posix() != SEARCH_INDEX]
            # Where the weight comes from: Material's own files, the page itself, or the project's files.
            parts = {"material": 0, "page": 0, "own": 0}
            own_js_css = 0  # the project's own scripts and stylesheets this page loads (worker stand-in included)
            for f in counted:
                kind = (
                    "page"
                    if f == page_file
                    else "material"
                    if f.relative_to(site_dir).as_posix() in materials
                    else "own"
                )
                size = gzip_size(f.read_bytes())
                parts[kind] += size
                if kind == "own" and f.suffix in (".js", ".css"):
                    own_js_css += size
            weights.append(
                {
                    "page": path or "/",
                    "requests": len(counted),
                    "bytes": sum(f.stat().st_size for f in counted),
                    "gzip_bytes": sum(parts.values()),
                    "gzip_by_origin": parts,
                    "own_js_css_gzip_bytes": own_js_css,
                    "outside_requests": [u for u in requested if not u.startswith((base, "data:"))],
                }
            )
        browser.close()
    server.shutdown()
    return weights


def _served_file(site_dir: Path, base: str, url: str) -> Path | None:
    from tests.quality.site_pages import target_file

    return target_file(site_dir, url) if url.startswith(base) else None


# ---------------------------------------------------------------- report


def verdict(value: float, budget: float) -> tuple[str, str]:
    return f"{value / budget:.2f}", ("ok" if value <= budget else "BREACHED")


def report(results: dict) -> tuple[str, int]:
    """The printed table, and how many budgets were breached."""
    rows = []
    build, serve = results["build"], results["serve"]
    rows.append((f"guide: cold build, fresh copy, median of {build['runs']} (s)", f"{build['cold_s']:.2f}", "", "", ""))
    rows.append(
        (
            f"same content: bare Material + search, the guide's {build['content_pages']} page bodies as raw HTML (s)",
            f"{build['same_content_s']:.2f}",
            "",
            "",
            "",
        )
    )
    rows.append(
        (
            "guide / same content",
            f"{build['same_content_ratio']:.2f}x",
            f"<= {BUDGETS['same_content_ratio']}x",
            *verdict(build["same_content_ratio"], BUDGETS["same_content_ratio"]),
        )
    )
    rows.append(
        (
            f"plain pages: bare Material, {build['pages']} short plain pages (s)",
            f"{build['plain_pages_s']:.2f}",
            "",
            "",
            "",
        )
    )
    rows.append(("guide / plain pages (for comparison, no budget)", f"{build['plain_pages_ratio']:.2f}x", "", "", ""))
    runs = ", ".join(f"{t:.2f}" for t in serve["runs_s"])
    rows.append(
        (
            f"make serve: save a data file until {serve['page']} shows it (*), median (s)",
            f"{serve['rebuild_s']:.2f} (runs {runs})",
            f"<= {BUDGETS['serve_rebuild_s']:.1f}",
            *verdict(serve["rebuild_s"], BUDGETS["serve_rebuild_s"]),
        )
    )
    builds = ", ".join(f"{t:.2f}" for t in serve["logged_build_s"])
    rows.append(("make serve: of which the rebuild, as mkdocs serve logs it (s)", builds, "", "", ""))
    ms = results["validation_ms"]
    rows.append(
        (
            "data load + validation (ms)",
            f"{ms:.0f}",
            f"<= {BUDGETS['validation_ms']:.0f}",
            *verdict(ms, BUDGETS["validation_ms"]),
        )
    )
    for row in results["scaling"]["rows"]:
        rows.append(
            (
                f"{row['factor']}x data: {row['items']} items",
                f"validate {row['validation_s'] * 1000:.0f} ms, build {row['build_s']:.2f} s",
                "",
                "",
                "",
            )
        )
    for measure, label in (("validation_s", "validation"), ("build_s", "build")):
        scaled = results["scaling"][measure]
        slopes = " then ".join(f"{s:.3f}" for s in scaled["slope_ms_per_item"])
        rows.append((f"{label} slope (ms per item)", slopes, "", "", ""))
        rows.append(
            (
                f"{label} per-item growth 10x->100x",
                f"{scaled['slope_growth']:.2f}",
                f"<= {BUDGETS['slope_growth']} (linear)",
                *verdict(scaled["slope_growth"], BUDGETS["slope_growth"]),
            )
        )
    for weight in results["pages"]:
        kb = weight["gzip_bytes"] / 1024
        parts = ", ".join(f"{kind} {size / 1024:.1f}" for kind, size in weight["gzip_by_origin"].items())
        rows.append(
            (
                f"page {weight['page']}",
                f"{weight['requests']} req, {weight['bytes'] / 1024:.0f} KB, {kb:.1f} KB gzip ({parts})",
                f"<= {BUDGETS['page_gzip_kb']:.0f} KB",
                *verdict(kb, BUDGETS["page_gzip_kb"]),
            )
        )
        if weight["outside_requests"]:
            rows.append(
                (f"page {weight['page']}: outside requests", str(len(weight["outside_requests"])), "0", "", "BREACHED")
            )
    heaviest = max(results["pages"], key=lambda weight: weight["own_js_css_gzip_bytes"])
    own_kb = heaviest["own_js_css_gzip_bytes"] / 1024
    rows.append(
        (
            f"own JS + CSS on one page, most on {heaviest['page']} (gzip KB)",
            f"{own_kb:.1f}",
            f"<= {BUDGETS['own_js_css_page_gzip_kb']:.0f}",
            *verdict(own_kb, BUDGETS["own_js_css_page_gzip_kb"]),
        )
    )
    all_own_kb = sum(results["own_assets_gzip"].values()) / 1024
    rows.append(
        (
            f"own JS + CSS, all {len(results['own_assets_gzip'])} files together (gzip KB)",
            f"{all_own_kb:.1f}",
            "",
            "",
            "",
        )
    )
    index = results["search_index"]
    rows.append(
        (
            "search index, loaded on first search (KB, gzip KB)",
            f"{index['bytes'] / 1024:.0f}, {index['gzip_bytes'] / 1024:.1f}",
            "",
            "",
            "",
        )
    )

    headings = ("measure", "value", "budget", "ratio", "status")
    widths = [max(len(str(r[i])) for r in (headings, *rows)) for i in range(5)]
    lines = [
        "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip()
        for row in (headings, tuple("-" * w for w in widths), *rows)
    ]
    breached = sum(1 for row in rows if row[4] == "BREACHED")
    return "\n".join(lines), breached


def main() -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="send-guide-bench-") as folder:
        work = Path(folder)
        results = {"build": build_times(work)}
        results["serve"] = serve_rebuilds(work)
        results["validation_ms"] = validation_seconds(PROJECT / "data", PROJECT / "docs") * 1000
        results["scaling"] = scaling(work)
        results["pages"] = page_weights(work / "site")
        results["own_assets_gzip"] = own_assets(work / "site")
        results["search_index"] = search_index(work / "site")
    results["budgets"] = BUDGETS
    results["seconds"] = time.perf_counter() - started
    table, breached = report(results)
    results["breached"] = breached
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table)
    print(f"\n(*) make serve: {SERVE_INCLUDES}.")
    print(
        f"\n{breached or 'No'} budget{'s' if breached != 1 else ''} breached."
        f" Took {results['seconds']:.0f} s. Results in {RESULTS.name}."
    )
    return 1 if breached else 0


if __name__ == "__main__":
    sys.exit(main())
