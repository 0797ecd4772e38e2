"""MkDocs hooks adapter: settings from the data, page ids and assets, and the files made after the build."""

from __future__ import annotations

from pathlib import Path

from macros.build import THEME_TEMPLATES, build_error, build_for
from macros.components import contacts, forget_everything, search_help
from macros.core import Links
from macros.core.render.facts import document_titles
from macros.core.render.first_use import expand_first_uses
from macros.core.render.html import mark_link_only_items
from macros.core.dates.review_due import warn_notices_due
from macros.markdown_raw_html import element_ids
from macros.outputs import AFTER_BUILD
from macros.outputs.abbreviations import abbreviation_glossary
from macros.page_assets import files_for
from macros.project import (
    ConfigProblem,
    apply_branding,
    copy_logo,
    copy_worker_shim,
    last_reviewed,
    name_the_council,
    offline_build,
    publishing_warnings,
    say_before_publishing,
    use_local_worker_shim,
)


def _data(config):
    """The data validated for this build (see `macros.build`)."""
    return build_for(config).data


def on_config(config):
    data = _data(config)
    warn_notices_due(data)
    try:
        apply_branding(config, data)
        name_the_council(config, data)
    except (FileNotFoundError, ConfigProblem) as error:
        raise build_error(str(error)) from None
    _say_before_publishing(publishing_warnings(config, data))
    config["mdx_configs"].setdefault("abbr", {})["glossary"] = abbreviation_glossary(data)
    use_local_worker_shim(config)  # offline build: the shim from vendor/, not from a CDN
    config["extra"]["lazy_search_worker"] = not offline_build(config)
    return config


def _say_before_publishing(warnings: list[str]) -> None:
    """Shown, not fatal: a council previews its guide before it has every real number (same words as `make check`)."""
    import logging

    say_before_publishing(warnings, logging.getLogger("mkdocs.send_guide").info)


def on_env(env, config, files):
    """Templates (overrides/main.html) read the site settings, e.g. the feedback link, as `site_data`."""
    env.globals["site_data"] = _data(config)
    # The footer's contacts: the same component pages call, written once (it holds no page links).
    links = Links("", config.get("use_directory_urls", True))
    env.globals["footer_contacts"] = contacts.render(
        env.globals["site_data"], links, compact=True, heading="Contact us"
    )
    env.bytecode_cache = THEME_TEMPLATES  # `make serve` rebuilds reuse the compiled theme templates
    return env


def on_page_content(html, page, config, files):
    """Spell out each glossary abbreviation at its first use on the page (see `macros.core.render.first_use`),
    and mark the list items that are one link, so they get a 44 px touch target.

    Component HTML skipped MkDocs' reader of ids (see `macros.markdown_raw_html`): MkDocs gets the
    page's ids here, so it still checks every link to an anchor on this page.
    """
    page.present_anchor_ids = (page.present_anchor_ids or set()) | element_ids(html)
    glossary_href = _links(page, config).to("glossary")
    data = _data(config)
    # A list item that is one link is a touch target on a phone (macros.core.render.html.mark_link_only_items).
    return mark_link_only_items(expand_first_uses(html, data.glossary, glossary_href, document_titles(data)))


def on_page_markdown(markdown, page, config, files):
    """The words people type for this page (data/search.yml) go into the search index as its `tags`."""
    words = search_help.words_for_page(_data(config), page.file.src_uri)
    if words:
        page.meta["tags"] = [*(page.meta.get("tags") or []), *words]
    return markdown


def on_page_context(context, page, config, nav):
    """Values overrides/main.html shows: the "Last reviewed" line, the search help, the footer's Forget everything
    control and the page's component CSS and JS."""
    data = _data(config)
    context["last_reviewed"] = last_reviewed(data.site)
    context["search_help"] = search_help.help_box(data, _links(page, config))
    return _with_assets(context, page, config)


def on_template_context(context, template_name, config):
    """Theme templates that are not pages (404.html) load every page's CSS and JS too."""
    return _with_assets(context, None, config)


def _with_assets(context, page, config):
    # The footer's Forget everything control, with links from this page (forget_everything.py).
    context["footer_privacy"] = forget_everything.render(build_for(config).data, _links(page, config), place="footer")
    context["component_css"] = files_for(page, config["theme"].dirs, "css")
    context["component_js"] = files_for(page, config["theme"].dirs, "js")
    return context


def _links(page, config) -> Links:
    """Links from `page`; with no page (404.html, served at any address) from the site's root, which MkDocs
    takes from site_url for 404.html's `base_url` too ("/" without one)."""
    from urllib.parse import urlsplit

    directory_urls = config.get("use_directory_urls", True)
    if page is not None:
        return Links(page.url, directory_urls)
    return Links(directory_urls=directory_urls, root=urlsplit(config.get("site_url") or "/").path or "/")


def on_post_build(config):
    data = _data(config)
    for write in AFTER_BUILD:
        write(data, Path(config["site_dir"]))
    copy_logo(config, data, Path(config["site_dir"]))
    copy_worker_shim(config, Path(config["site_dir"]))
