"""The Content-Security-Policy, with a hash for each inline script: sent by the host, and in every page.

Material writes a few small inline scripts (one differs by page depth), so
`script-src 'self'` alone would break it. After the build, this module hashes
every inline script in every built page and writes the policy three ways:
`_headers` (Netlify / Cloudflare Pages format, for every path), a plain
`content-security-policy.txt` for hosts configured by hand, and a
`<meta http-equiv="Content-Security-Policy">` tag at the top of every page, for
hosts that send no headers of their own (GitHub Pages ignores `_headers`). A meta
tag cannot carry `frame-ancestors`, `report-uri` or `sandbox`: those stay in the
header only. The offline build (`make offline`, opened from disk) gets no meta tag:
no host serves it, and Material's offline search runs inline code that `'self'`
cannot allow on a file:// page.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

HEADERS_FILE = "_headers"
POLICY_FILE = "content-security-policy.txt"

# Every fetch kind is listed, so anything not named here is refused (`default-src 'none'`).
# Styles keep 'unsafe-inline': Material and its JavaScript set inline styles; scripts never.
POLICY_TEMPLATE = (
    "default-src 'none'",
    "script-src 'self' {hashes}",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
)
# Directives a browser ignores in a <meta> policy (CSP Level 3, section 3.3): header only.
HEADER_ONLY = ("frame-ancestors", "report-uri", "report-to", "sandbox")
META_AFTER = re.compile(r'<meta charset="utf-8">', re.IGNORECASE)
OFFLINE_PAGE_MARK = "iframe-worker/shim.js"  # every offline page loads this file:// worker shim (macros.project)

# Sent with the policy: no MIME sniffing, no referrer to other sites, no powerful features.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def inline_scripts(html: str) -> list[str]:
    """The exact text of each inline script the browser would run (not JSON data blocks)."""
    scripts = []
    for match in _SCRIPT.finditer(html):
        attrs, body = match.groups()
        if _SRC.search(attrs):
            continue
        script_type = _TYPE.search(attrs)
        if (script_type.group(1).lower() if script_type else "") in _JAVASCRIPT_TYPES:
            scripts.append(body)
    return scripts


def script_hash(script: str) -> str:
    """The CSP source expression for one inline script: `'sha256-<base64>'`."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def site_script_hashes(site_dir: Path) -> list[str]:
    """Sorted, distinct hashes of every inline script in every page of a built site."""
    hashes = set()
    for page in Path(site_dir).rglob("*.html"):
        hashes.update(script_hash(s) for s in inline_scripts(page.read_text(encoding="utf-8")))
    return sorted(hashes)


def policy_for(hashes: list[str]) -> str:
    return "; ".join(POLICY_TEMPLATE).format(hashes=" ".join(hashes)).replace(" ;", ";")


def meta_policy(policy: str) -> str:
    """The policy without the directives a <meta> tag cannot carry."""
    kept = [part.strip() for part in policy.split(";") if part.split() and part.split()[0] not in HEADER_ONLY]
    return "; ".join(kept)


def add_meta_tag(html: str, policy: str) -> str:
    """The policy as the first thing after `<meta charset>`: it applies only to what comes after it.

    Material writes that line first in every page; a file without it is not one of the guide's pages
    (tests/quality/test_csp.py checks every page carries the tag; test_every_page_phone.py loads each under it alone).
    """
    content = meta_policy(policy).replace("&", "&amp;").replace('"', "&quot;")
    tag = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    return META_AFTER.sub(lambda m: m.group(0) + "\n      " + tag, html, count=1)


def headers_file(policy: str) -> str:
    """`_headers` text: one rule for every path, the policy first."""
    lines = ["/*", f"  Content-Security-Policy: {policy}"]
    lines += [f"  {name}: {value}" for name, value in SECURITY_HEADERS.items()]
    return "\n".join(lines) + "\n"


def read_headers_file(text: str) -> dict[str, str]:
    """The headers of the `/*` rule in a `_headers` file (what a test server should send)."""
    headers = {}
    for line in text.splitlines():
        if line.startswith((" ", "\t")) and ":" in line:
            name, value = line.strip().split(":", 1)
            headers[name.strip()] = value.strip()
    return headers


def after_build(data, site_dir: Path) -> None:
    policy = policy_for(site_script_hashes(site_dir))
    (Path(site_dir) / HEADERS_FILE).write_text(headers_file(policy), encoding="utf-8")
    (Path(site_dir) / POLICY_FILE).write_text(policy + "\n", encoding="utf-8")
    for page in Path(site_dir).rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if OFFLINE_PAGE_MARK not in html:  # an offline page, opened from disk: see the module's docstring
            page.write_text(add_meta_tag(html, policy), encoding="utf-8")
