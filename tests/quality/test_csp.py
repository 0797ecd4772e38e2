"""Privacy under a strict Content-Security-Policy.

The build writes the policy (with a hash for each of Material's inline scripts);
every page is then served with exactly that header in Chromium and must load with
no CSP violation, no console error and no request to another host. Those every-page
loads are in the crawls: test_every_page_desktop.py (the header) and
test_every_page_phone.py (the meta tag alone, as GitHub Pages serves it).
"""

from __future__ import annotations

import re

import pytest

from bench.material_baseline import project_theme, write_bare_project
from macros.outputs.csp import (
    HEADERS_FILE,
    POLICY_FILE,
    add_meta_tag,
    inline_scripts,
    meta_policy,
    read_headers_file,
    script_hash,
)
from tests.helpers import PROJECT, run_mkdocs_build
from tests.quality.site_pages import built_pages, page_path


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


def test_the_build_writes_one_strict_policy_in_both_files(built_site):
    policy = (built_site / POLICY_FILE).read_text(encoding="utf-8").strip()
    headers = read_headers_file((built_site / HEADERS_FILE).read_text(encoding="utf-8"))
    assert (built_site / HEADERS_FILE).read_text(encoding="utf-8").startswith("/*\n")
    assert headers["Content-Security-Policy"] == policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    rules = directives(policy)
    assert rules["default-src"] == ["'none'"]
    assert rules["object-src"] == ["'none'"]
    assert rules["base-uri"] == ["'self'"]
    assert rules["connect-src"] == ["'self'"]
    script_sources = rules["script-src"]
    assert script_sources[0] == "'self'"
    assert all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", source) for source in script_sources[1:]), script_sources
    assert "'unsafe-inline'" not in script_sources and "'unsafe-eval'" not in script_sources


def test_every_inline_script_in_every_page_is_allowed_by_its_hash(built_site):
    """Catches a page or output written after the policy was made."""
    allowed = set(directives((built_site / POLICY_FILE).read_text(encoding="utf-8"))["script-src"])
    missing = []
    for page in built_pages(built_site):
        for script in inline_scripts(page.read_text(encoding="utf-8")):
            if script_hash(script) not in allowed:
                missing.append(f"{page_path(built_site, page) or '/'}: {script[:60]!r}")
    assert not missing, "Inline scripts the policy does not allow:\n" + "\n".join(missing)


def test_no_event_handler_attributes_or_javascript_urls(built_site):
    """`on…=` attributes and `javascript:` links are inline script too, and the policy blocks them."""
    offenders = []
    for page in built_pages(built_site):
        html = page.read_text(encoding="utf-8")
        for found in re.findall(r"<[a-zA-Z][^>]*\s(on[a-z]+\s*=|(?:href|src)\s*=\s*[\"']?\s*javascript:)", html):
            offenders.append(f"{page_path(built_site, page) or '/'}: {found}")
    assert not offenders, "\n".join(offenders)


def test_the_project_adds_no_inline_script_of_its_own(built_site, tmp_path):
    """Every inline script in our site is one that a bare Material site with our theme settings writes."""
    config = write_bare_project(tmp_path / "bare", 8, project_theme(PROJECT / "mkdocs.yml"))
    result = run_mkdocs_build(tmp_path / "bare-site", config=config)
    assert result.returncode == 0, result.stderr
    materials = {
        script
        for page in built_pages(tmp_path / "bare-site")
        for script in inline_scripts(page.read_text(encoding="utf-8"))
    }
    ours = []
    for page in built_pages(built_site):
        for script in inline_scripts(page.read_text(encoding="utf-8")):
            if script not in materials:
                ours.append(f"{page_path(built_site, page) or '/'}: {script[:80]!r}")
    assert not ours, "Inline scripts not written by Material:\n" + "\n".join(ours)


def test_inline_script_reader_skips_external_and_data_scripts():
    html = (
        '<script>a()</script><script src="x.js"></script><script type="application/json">{}</script>'
        '<script type="module">b()</script>'
    )
    assert inline_scripts(html) == ["a()", "b()"]


@pytest.mark.browser
def test_search_and_palette_switch_work_under_the_policy(page, site_url):
    """Search runs in a worker and fetches its index; the palette switch uses stored settings."""
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") != scheme
    page.keyboard.press("/")
    page.keyboard.type("assessment")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    assert results.count() > 0
    assert page.watch.console_errors == []
    assert page.watch.outside_requests == []


@pytest.mark.browser
def test_a_page_breaking_the_policy_is_caught(browser, built_site, tmp_path):
    """The watch can fail: an unhashed inline script and an outside image are both reported."""
    from tests.conftest import PageWatch
    from tests.helpers import serve_folder

    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><title>x</title>'
        '<script>document.title = "ran"</script>'
        '<img src="http://192.0.2.1/pixel.gif" alt=""></html>'
    )
    policy = (built_site / POLICY_FILE).read_text(encoding="utf-8").strip()
    server, url = serve_folder(tmp_path, headers={"Content-Security-Policy": policy})
    context = browser.new_context()
    page = context.new_page()
    page.watch = PageWatch(page, url.rstrip("/"))
    page.add_init_script(
        "window.violated = []; document.addEventListener('securitypolicyviolation', "
        "e => window.violated.push(e.violatedDirective))"
    )
    page.goto(url)
    page.wait_for_function("() => ['script-src', 'img-src'].every(d => window.violated.some(v => v.startsWith(d)))")
    title = page.title()
    context.close()
    server.shutdown()
    assert title == "x"
    violations = [error for error in page.watch.console_errors if "Content Security Policy" in error]
    assert any("script-src" in error for error in violations), page.watch.console_errors
    assert any("img-src" in error for error in violations), page.watch.console_errors


def meta_policy_of(html: str) -> str | None:
    import html as html_module

    found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    return html_module.unescape(found.group(1)) if found else None


def test_every_page_carries_the_policy_in_a_meta_tag_before_any_script(built_site):
    """GitHub Pages sends no headers: the policy travels in each page, with what a meta tag supports."""
    header = (built_site / POLICY_FILE).read_text(encoding="utf-8").strip()
    expected = meta_policy(header)
    assert "frame-ancestors" in header and "frame-ancestors" not in expected
    assert directives(expected)["script-src"] == directives(header)["script-src"]
    pages = built_pages(built_site)
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert meta_policy_of(html) == expected, page
        first_script = html.find("<script")
        assert html.index('http-equiv="Content-Security-Policy"') < (first_script if first_script >= 0 else len(html))
        assert html.index('<meta charset="utf-8">') < html.index('http-equiv="Content-Security-Policy"')


def test_the_meta_policy_leaves_out_what_a_meta_tag_cannot_carry():
    policy = "default-src 'none'; frame-ancestors 'self'; report-uri /r; sandbox; script-src 'self'"
    assert meta_policy(policy) == "default-src 'none'; script-src 'self'"
    html = add_meta_tag('<html><head><meta charset="utf-8"><script>x()</script>', policy)
    assert html.index("Content-Security-Policy") < html.index("<script>")
    assert "&quot;" not in html and "content=\"default-src 'none'; script-src 'self'\"" in html


@pytest.mark.browser
def test_the_meta_policy_is_enforced_without_headers(browser, built_site, tmp_path):
    """The tag is not decoration: an unhashed inline script and an outside image are blocked by it alone."""
    from tests.helpers import serve_folder

    home = (built_site / "index.html").read_text(encoding="utf-8")
    (tmp_path / "index.html").write_text(
        home.replace(
            "</body>", '<script>document.title = "ran"</script><img src="http://192.0.2.1/x.gif" alt=""></body>'
        ),
        encoding="utf-8",
    )
    server, url = serve_folder(tmp_path)
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(
        "window.violated = []; document.addEventListener('securitypolicyviolation', "
        "e => window.violated.push(e.violatedDirective))"
    )
    try:
        page.goto(url)
        page.wait_for_function("() => ['script-src', 'img-src'].every(d => window.violated.some(v => v.startsWith(d)))")
        assert page.title() != "ran"
    finally:
        context.close()
        server.shutdown()
