"""A bare Material for MkDocs project with plain generated pages: the yardstick for our build.

The benchmark compares our build with it, and the CSP test uses its inline
scripts as the list of what Material itself writes.
"""

from __future__ import annotations

from pathlib import Path

import yaml

PARAGRAPH = ("This page is plain text made by the benchmark. It has a heading, two short paragraphs "
             "and a list, like a small page of the guide would. ")


def project_theme(config_file: Path) -> dict:
    """Our `theme:` settings without our overrides, so the baseline looks and scripts the same."""
    from mkdocs.utils.yaml import get_yaml_loader  # understands MkDocs' own tags such as !ENV

    theme = dict(yaml.load(config_file.read_text(encoding="utf-8"), Loader=get_yaml_loader())["theme"])
    theme.pop("custom_dir", None)
    return theme


def page_markdown(number: int) -> str:
    return (f"# Page {number}\n\n{PARAGRAPH * 3}\n\n## Section {number}\n\n{PARAGRAPH * 2}\n\n"
            "- one item\n- another item\n- a last item\n")


def page_path(number: int) -> str:
    """Spread pages over depths 0 to 3: Material's inline scripts differ by depth."""
    if number == 0:
        return "index.md"
    folders = ("", "one/", "one/two/", "one/two/three/")[number % 4]
    return f"{folders}page-{number}.md"


def write_bare_project(folder: Path, page_count: int, theme: dict) -> Path:
    """Write `page_count` plain pages and a Material-only mkdocs.yml; returns the config file."""
    docs = folder / "docs"
    for number in range(page_count):
        target = docs / page_path(number)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page_markdown(number), encoding="utf-8")
    config = {"site_name": "Baseline", "docs_dir": "docs", "theme": theme, "plugins": ["search"],
              "use_directory_urls": True}
    config_file = folder / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return config_file
