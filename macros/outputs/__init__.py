"""Files the build writes from the data into the built site, besides the pages.

Each module here defines `after_build(data, site_dir)`. `AFTER_BUILD` runs them
in the order listed, which matters: files are added first, then the project's
own CSS and JS are minified, and only then are the finished pages read (the list
of outside links, and the Content-Security-Policy hashes of their inline scripts).
Adding an output is adding a module and a line here.
"""

from __future__ import annotations

from . import (
    brand_stylesheet,
    csp,
    docx_templates,
    external_links,
    key_dates_ics,
    lazy_search_worker,
    minify_assets,
    open_referral,
    search_ranking,
)

AFTER_BUILD = (
    docx_templates.after_build,  # downloads/templates/*.docx
    key_dates_ics.after_build,  # downloads/key-dates.ics
    open_referral.after_build,  # open-data/openreferral-uk/services.json
    brand_stylesheet.after_build,  # the council's brand.css, before minifying
    search_ranking.after_build,  # the guide's ranking rules, inside Material's search worker
    lazy_search_worker.after_build,  # the search worker stand-in beside Material's worker
    minify_assets.after_build,  # the project's own CSS and JS, once all are written
    external_links.after_build,  # reads the finished pages
    csp.after_build,  # last: hashes the inline scripts of the finished pages
)
