"""Bare Material for MkDocs projects: the yardsticks for our build.

Two of them: plain generated pages (the CSP test also uses its inline scripts
as the list of what Material itself writes), and the guide's own built page
bodies as raw HTML, so the benchmark compares like with like.
"""

from __future__ import annotations

from pathlib import Path

import yaml

PARAGRAPH = (
    "This page is plain text made by the benchmark. It has a heading, two short paragraphs "
    "and a list, like a small page of the guide would. "
)


def project_theme(config_file: Path) -> dict:
    """Our `theme:` settings without our overrides, so the baseline looks and scripts the same."""
    from mkdocs.utils.yaml import get_yaml_loader  # understands MkDocs' own tags such as !ENV

    theme = dict(yaml.load(config_file.read_text(encoding="utf-8"), Loader=get_yaml_loader())["theme"])
    theme.pop("custom_dir", None)
    return theme


def page_markdown(number: int) -> str:
    return (
        f"# Page {number}\n\n{PARAGRAPH * 3}\n\n## Section {number}\n\n{PARAGRAPH * 2}\n\n"
        "- one item\n- another item\n- a last item\n"
    )


def page_path(number: int) -> str:
    """Spread pages over depths 0 to 3: Material's inline scripts differ by depth."""
    if number == 0:
        return "index.md"
    folders = ("", "one/", "one/two/", "one/two/three/")[number % 4]
    return f"{folders}page-{number}.md"


def write_bare_project(folder: Path, page_count: int, theme: dict) -> Path:
    """Write `page_count` plain pages and a Material-only mkdocs.yml; returns the config file."""
    for number in range(page_count):
        _write_page(folder / "docs" / page_path(number), page_markdown(number))
    return write_material_config(folder, theme)


ARTICLE_START = '<article class="md-content__inner md-typeset">'


def article_html(page_html: str) -> str | None:
    """The body Material wrapped in its article (the page's own content), or None for a page without one."""
    start = page_html.find(ARTICLE_START)
    return None if start < 0 else page_html[start + len(ARTICLE_START) : page_html.rindex("</article>")]


def write_content_project(folder: Path, site_dir: Path, theme: dict) -> tuple[Path, int]:
    """The guide's built page bodies as raw HTML in Markdown pages at the same paths, and a Material-only
    mkdocs.yml; returns the config file and the page count. 404.html is left out: Material makes its own."""
    count = 0
    for page in sorted(site_dir.rglob("*.html")):
        relative = page.relative_to(site_dir).as_posix()
        body = article_html(page.read_text(encoding="utf-8"))
        if body is None or relative == "404.html":
            continue
        markdown_path = relative.removesuffix(".html") + ".md"
        # One <div> around the body makes it one raw HTML block: Markdown passes it through untouched.
        _write_page(folder / "docs" / markdown_path, f"<div>\n{body.strip()}\n</div>\n")
        count += 1
    return write_material_config(folder, theme), count


def _write_page(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def write_material_config(folder: Path, theme: dict) -> Path:
    """A mkdocs.yml with our theme settings, Material's search and nothing else; returns the file."""
    config = {
        "site_name": "Baseline",
        "docs_dir": "docs",
        "theme": theme,
        "plugins": ["search"],
        "use_directory_urls": True,
    }
    config_file = folder / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return config_file
