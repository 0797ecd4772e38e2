"""Relative links work at any depth, under a sub-path and with .html URLs (offline)."""

import pytest

from macros.core import Links


@pytest.mark.parametrize(
    "current, directory_urls, doc, anchor, expected",
    [
        ("", True, "roles", "senco", "roles/#senco"),
        ("", True, "index", None, "./"),
        ("roles/", True, "index", None, "../"),
        ("roles/", True, "roles", "senco", "./#senco"),
        ("a/b/", True, "graduated-response", None, "../../graduated-response/"),
        ("roles.html", False, "index", None, "index.html"),
        ("a/b.html", False, "roles", "x", "../roles.html#x"),
    ],
)
def test_page_links(current, directory_urls, doc, anchor, expected):
    assert Links(current, directory_urls).to(doc, anchor) == expected


def test_asset_links_are_relative():
    assert Links("templates/plan/").asset("downloads/plan.docx") == "../../downloads/plan.docx"


def test_links_from_the_site_root_for_the_not_found_page():
    """404.html is served at any address: its links start from the site's root, under a sub-path too."""
    assert Links(root="/").to("privacy") == "/privacy/"
    assert Links(root="/send/").to("index") == "/send/"
    assert Links(root="/send").to("roles", "senco") == "/send/roles/#senco"
    assert Links(directory_urls=False, root="/").to("my-records") == "/my-records.html"
    assert Links(root="/send/").asset("downloads/plan.docx") == "/send/downloads/plan.docx"
