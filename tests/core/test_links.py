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
