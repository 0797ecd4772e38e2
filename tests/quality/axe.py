"""axe-core in Chromium: WCAG 2.2 AA problems on the page as it is shown, one line per failing rule.

axe-core comes pinned inside `axe-playwright-python` (see requirements.lock); only its `axe.min.js` is used.
"""

from __future__ import annotations

import time
from pathlib import Path

import axe_playwright_python

AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# Material's scheme names for `prefers-color-scheme` (see the palette in mkdocs.yml).
SCHEMES = {"light": "default", "dark": "slate"}
PALETTES = {scheme: palette for palette, scheme in SCHEMES.items()}
# The WCAG rules whose result a palette can change: the palettes differ only in colour (Material's
# `data-md-color-scheme` and our CSS under it set colours and nothing else), so every other rule gives the
# same answer in both, and runs once per page load.
COLOUR_RULES = {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}


def settle_animations(page, limit_s: float = 5.0) -> None:
    """Waits (polled from Python: the CSP forbids string waits) until no finite CSS transition or animation runs, so axe never
    measures a colour halfway through a fade (Material's header title fades in as the page scrolls)."""
    deadline = time.monotonic() + limit_s
    while page.evaluate(
        "document.getAnimations().filter(a => a.playState === 'running'"
        " && a.effect && a.effect.getComputedTiming().iterations !== Infinity).length"
    ):
        assert time.monotonic() < deadline, "a CSS animation was still running after 5 seconds"
        time.sleep(0.05)


def axe_violations(page, run_only: dict | None = None) -> list[str]:
    """One line per failing rule: id, impact, what to do and the first few elements it fails on."""
    settle_animations(page)
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)  # evaluated by the test runner, so the page's CSP does not apply
    results = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": run_only or {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    lines = []
    for violation in results["violations"]:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:4])
        lines.append(
            f"{violation['id']} ({violation['impact']}, {len(violation['nodes'])} elements):"
            f" {violation['help']}: {targets}"
        )
    return lines


def shown_palette(page) -> str:
    """ "light" or "dark": the palette Material has applied to the page."""
    return PALETTES[page.locator("body").get_attribute("data-md-color-scheme")]


def both_palettes(page):
    """Yields "light" and "dark" (in the order the page shows them), the page showing each in turn.

    The second comes from Material's own palette switch, as a reader switches it: the same page in the other
    colours, without loading it again. Material keeps the choice, so the next page opens in the second palette.
    """
    first = shown_palette(page)
    yield first
    # The one label Material shows is the switch to the other palette (its "Switch to dark mode").
    page.evaluate(
        "[...document.querySelectorAll(\"form[data-md-component='palette'] label\")].find(l => !l.hidden).click()"
    )
    second = shown_palette(page)
    assert second != first, f"the palette switch left the page {first}"
    yield second
