"""A council's brand colour: checked for contrast and turned into the theme's colours.

Material writes the header and the buttons in white on the primary colour, and
links in the primary colour on white, so the brand colour must reach WCAG AA
contrast (4.5:1) against white.
"""

from __future__ import annotations

import re

WCAG_AA_TEXT = 4.5
WHITE = "#ffffff"
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
BRAND_STYLESHEET = "assets/stylesheets/brand.css"  # where the build writes `brand_stylesheet`


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of `#rrggbb`."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two `#rrggbb` colours, from 1 to 21."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _mix(colour: str, other: str, share: float) -> str:
    """`colour` moved `share` of the way towards `other`."""
    parts = []
    for i in (1, 3, 5):
        a, b = int(colour[i : i + 2], 16), int(other[i : i + 2], 16)
        parts.append(round(a + (b - a) * share))
    return "#" + "".join(f"{p:02x}" for p in parts)


def brand_stylesheet(colour: str) -> str:
    """CSS that gives Material's primary colour the council's brand colour, in both palettes."""
    light, dark = _mix(colour, WHITE, 0.2), _mix(colour, "#000000", 0.2)
    return (
        "/* Made at build time from site.brand_colour in the data: do not edit. */\n"
        "[data-md-color-primary] {\n"
        f"  --md-primary-fg-color: {colour};\n"
        f"  --md-primary-fg-color--light: {light};\n"
        f"  --md-primary-fg-color--dark: {dark};\n"
        "  --md-primary-bg-color: #ffffff;\n"
        "  --md-primary-bg-color--light: #ffffffb3;\n"
        "}\n"
        '[data-md-color-scheme="default"][data-md-color-primary] {\n'
        f"  --md-typeset-a-color: {colour};\n"
        "}\n"
    )
