"""Other browser engines for tests: Firefox (Debian's firefox-esr, WebDriver BiDi) and WebKit (WebKitGTK's
MiniBrowser through WebKitWebDriver, classic WebDriver), behind one small API. Chromium stays on Playwright.

    with engine("firefox") as browser:          # or "webkit"; engine(name, block_storage=True)
        page = browser.new_page()               # a fresh profile's worth of storage (see new_page)
        page.goto(url)                          # waits for the load event
        page.run("(a, b) => a + b", 1, 2)       # a function's source and JSON arguments -> its JSON result
        page.wait_for("() => document.title")   # polls a function until it returns something truthy
        page.click("#id")                       # a real click (pointer events) at the element's centre
        page.fill("#id", "text")                # focuses, clears and types
        page.select("#id", "value")             # chooses an option and fires change
        page.storage()                          # {"local": {...}, "session": {...}}
        page.close()

Why these routes: geckodriver is not in Debian, but Firefox speaks WebDriver BiDi itself when started with
--remote-debugging-port; WebKitGTK ships WebKitWebDriver, which needs a display (Xvfb, started here).
The clients are small on purpose: just what the tests use. `find_engines()` says which engines this
machine has; a test that needs a missing one fails with what to install (the Makefile's `browser` target
installs every package: firefox-esr, webkit2gtk-driver, xvfb).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

FIREFOX = os.environ.get("SEND_GUIDE_FIREFOX", "firefox-esr")
WEBKIT_DRIVER = os.environ.get("SEND_GUIDE_WEBKIT_DRIVER", "WebKitWebDriver")
TIMEOUT = 60.0  # seconds for any one step: a loaded 2-core machine starts a browser slowly


class EngineError(AssertionError):
    """A browser step failed: says what was asked and what the browser answered."""


def _minibrowser() -> str | None:
    found = sorted(Path("/usr/lib").glob("*/webkit2gtk-4.*/MiniBrowser")) + sorted(
        Path("/usr/lib").glob("webkit2gtk-4.*/MiniBrowser")
    )
    return str(found[-1]) if found else None


def find_engines() -> dict[str, str | None]:
    """{"firefox": path or None, "webkit": path or None}: what is installed here."""
    webkit = shutil.which(WEBKIT_DRIVER) and _minibrowser() and shutil.which("Xvfb")
    return {"firefox": shutil.which(FIREFOX), "webkit": _minibrowser() if webkit else None}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _until(check, what: str, timeout: float = TIMEOUT, every: float = 0.05):
    """Polls `check()` until it returns something truthy; fails with `what` after `timeout` seconds."""
    end = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > end:
            raise EngineError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


# The same small helpers in every engine, run as functions in the page.
_FILL = """(selector, text) => { const el = document.querySelector(selector); el.focus(); el.value = text;
  el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true})); }"""
_SELECT = """(selector, value) => { const el = document.querySelector(selector); el.focus(); el.value = value;
  if (el.value !== value) throw new Error('no option ' + value + ' in ' + selector);
  el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true})); }"""
_STORAGE = """() => { const read = (name) => { try { return Object.fromEntries(Object.entries(window[name])); }
  catch (e) { return null; } }; return {local: read('localStorage'), session: read('sessionStorage')}; }"""


class Page:
    """What the tests do with a page; each engine supplies `goto`, `run` and `click`."""

    def wait_for(self, function: str, *args, timeout: float = TIMEOUT):
        return _until(lambda: self.run(function, *args), f"{function} to be true", timeout)

    def fill(self, selector: str, text: str) -> None:
        self.click(selector)
        self.run(_FILL, selector, text)

    def select(self, selector: str, value: str) -> None:
        self.run(_SELECT, selector, value)

    def storage(self) -> dict:
        return self.run(_STORAGE)

    def text(self, selector: str) -> str:
        return self.run("(s) => { const el = document.querySelector(s); return el ? el.innerText : null; }", selector)


# ---------------------------------------------------------------- Firefox: WebDriver BiDi over a websocket


class _BiDi:
    """A WebDriver BiDi session: `call(method, params)` returns the result or raises EngineError."""

    def __init__(self, url: str):
        from websockets.sync.client import connect

        self.socket = connect(url, max_size=None, open_timeout=TIMEOUT).__enter__()  # closed in close()
        self.ids = itertools.count(1)

    def call(self, method: str, params: dict | None = None) -> dict:
        number = next(self.ids)
        self.socket.send(json.dumps({"id": number, "method": method, "params": params or {}}))
        while True:
            message = json.loads(self.socket.recv(timeout=TIMEOUT))
            if message.get("id") != number:
                continue  # an event: the tests do not subscribe to any
            if message.get("type") == "error":
                raise EngineError(f"{method}: {message.get('error')}: {message.get('message')}")
            return message["result"]

    def close(self):
        with contextlib.suppress(Exception):
            self.socket.close()


def _from_remote(value: dict):
    """A BiDi remote value as plain Python (what JSON would carry)."""
    kind = value.get("type")
    if kind in ("undefined", "null"):
        return None
    if kind in ("string", "number", "boolean"):
        inner = value.get("value")
        return (
            {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf"), "-0": 0}.get(inner, inner)
            if kind == "number" and isinstance(inner, str)
            else inner
        )
    if kind == "array":
        return [_from_remote(v) for v in value.get("value", [])]
    if kind == "object":
        return {k if isinstance(k, str) else _from_remote(k): _from_remote(v) for k, v in value.get("value", [])}
    return value.get("value")


def _to_local(value) -> dict:
    """A JSON-able Python value as a BiDi local value."""
    if value is None:
        return {"type": "null"}
    if isinstance(value, bool):
        return {"type": "boolean", "value": value}
    if isinstance(value, (int, float)):
        return {"type": "number", "value": value}
    if isinstance(value, str):
        return {"type": "string", "value": value}
    if isinstance(value, (list, tuple)):
        return {"type": "array", "value": [_to_local(v) for v in value]}
    if isinstance(value, dict):
        return {"type": "object", "value": [[k, _to_local(v)] for k, v in value.items()]}
    raise TypeError(f"cannot send {value!r} to the browser")


class FirefoxPage(Page):
    def __init__(self, bidi: _BiDi, context: str, user_context: str):
        self.bidi, self.context, self.user_context = bidi, context, user_context

    def goto(self, url: str) -> None:
        self.bidi.call("browsingContext.navigate", {"context": self.context, "url": url, "wait": "complete"})

    def reload(self) -> None:
        self.bidi.call("browsingContext.reload", {"context": self.context, "wait": "complete"})

    def run(self, function: str, *args):
        result = self.bidi.call(
            "script.callFunction",
            {
                "functionDeclaration": function,
                "arguments": [_to_local(a) for a in args],
                "awaitPromise": True,
                "target": {"context": self.context},
                "resultOwnership": "none",
                "serializationOptions": {"maxObjectDepth": 20},
            },
        )
        if result.get("type") == "exception":
            details = result.get("exceptionDetails", {})
            raise EngineError(f"Firefox: {details.get('text')} in {function[:80]}")
        return _from_remote(result["result"])

    def click(self, selector: str) -> None:
        """A real click at the element's centre, worked out by the browser when the click happens."""
        found = self.bidi.call(
            "script.callFunction",
            {
                "functionDeclaration": "(s) => { const el = document.querySelector(s);"
                " if (el) el.scrollIntoView({block: 'center', behavior: 'instant'}); return el; }",
                "arguments": [_to_local(selector)],
                "awaitPromise": False,
                "target": {"context": self.context},
            },
        )
        node = found.get("result", {})
        if node.get("type") != "node":
            raise EngineError(f"Firefox: no element matches {selector}")
        self.bidi.call(
            "input.performActions",
            {
                "context": self.context,
                "actions": [
                    {
                        "type": "pointer",
                        "id": "mouse",
                        "parameters": {"pointerType": "mouse"},
                        "actions": [
                            {
                                "type": "pointerMove",
                                "x": 0,
                                "y": 0,
                                "origin": {"type": "element", "element": {"sharedId": node["sharedId"]}},
                            },
                            {"type": "pointerDown", "button": 0},
                            {"type": "pointerUp", "button": 0},
                        ],
                    }
                ],
            },
        )
        self.bidi.call("input.releaseActions", {"context": self.context})

    def close(self) -> None:
        with contextlib.suppress(EngineError):
            self.bidi.call("browsingContext.close", {"context": self.context})
        with contextlib.suppress(EngineError):
            self.bidi.call("browser.removeUserContext", {"userContext": self.user_context})


class Firefox:
    name = "firefox"

    def __init__(self, block_storage: bool = False):
        self.profile = tempfile.mkdtemp(prefix="send-guide-firefox-")
        prefs = {
            "browser.shell.checkDefaultBrowser": False,
            "datareporting.policy.dataSubmissionEnabled": False,
            "toolkit.telemetry.reportingpolicy.firstRun": False,
            "app.update.disabledForTesting": True,
            "browser.startup.homepage_override.mstone": "ignore",
            "network.proxy.type": 0,
            # No request leaves the machine: no safe browsing lists, no captive portal check, no add-on updates.
            "browser.safebrowsing.update.enabled": False,
            "network.captive-portal-service.enabled": False,
            "extensions.update.enabled": False,
            "browser.search.update": False,
            # A real "storage blocked" (the setting some families and schools use): localStorage is null.
            "dom.storage.enabled": not block_storage,
        }
        Path(self.profile, "user.js").write_text(
            "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in prefs.items())
        )
        self.process = subprocess.Popen(
            [FIREFOX, "--headless", "--no-remote", "--profile", self.profile, "--remote-debugging-port=0"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        url = None
        for line in self.process.stderr:  # "WebDriver BiDi listening on ws://127.0.0.1:PORT"
            found = re.search(r"WebDriver BiDi listening on (ws://\S+)", line)
            if found:
                url = found.group(1)
                break
        if not url:
            raise EngineError(f"Firefox did not start ({FIREFOX}); exit code {self.process.poll()}")
        self.bidi = _BiDi(url + "/session")
        self.bidi.call("session.new", {"capabilities": {}})

    def new_page(self) -> FirefoxPage:
        """A page in a new user context: its own cookies and storage, like a fresh browser profile."""
        user_context = self.bidi.call("browser.createUserContext")["userContext"]
        context = self.bidi.call("browsingContext.create", {"type": "tab", "userContext": user_context})["context"]
        return FirefoxPage(self.bidi, context, user_context)

    def close(self):
        with contextlib.suppress(Exception):
            self.bidi.call("session.end")
        self.bidi.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


# ---------------------------------------------------------------- WebKit: classic WebDriver over HTTP


class WebKitPage(Page):
    def __init__(self, driver: "WebKit", session: str):
        self.driver, self.session = driver, session

    def _call(self, method: str, path: str, body: dict | None = None):
        return self.driver.request(method, f"/session/{self.session}{path}", body)

    def goto(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def reload(self) -> None:
        self._call("POST", "/refresh", {})

    def run(self, function: str, *args):
        # Classic WebDriver runs a function body: call the given function with the arguments, await it.
        script = (
            f"const done = arguments[arguments.length - 1]; Promise.resolve(({function})(...Array.from(arguments).slice(0, -1)))"
            ".then(v => done({ok: v === undefined ? null : v}), e => done({error: String(e && e.message || e)}));"
        )
        result = self._call("POST", "/execute/async", {"script": script, "args": list(args)})
        if isinstance(result, dict) and "error" in result:
            raise EngineError(f"WebKit: {result['error']} in {function[:80]}")
        return result.get("ok") if isinstance(result, dict) else result

    def click(self, selector: str) -> None:
        """WebDriver's Element Click: the driver scrolls the element into view and clicks its centre."""
        self.run(
            "(s) => { const el = document.querySelector(s); if (el) el.scrollIntoView({block: 'center', behavior: 'instant'}); }",
            selector,
        )  # in the middle of the page, clear of the sticky header
        element = self._call("POST", "/element", {"using": "css selector", "value": selector})
        self._call("POST", f"/element/{next(iter(element.values()))}/click", {})

    def close(self) -> None:
        with contextlib.suppress(EngineError):
            self.driver.request("DELETE", f"/session/{self.session}")


class WebKit:
    """WebKitWebDriver on a private Xvfb display; each page is its own session (its own MiniBrowser and storage)."""

    name = "webkit"

    def __init__(self, block_storage: bool = False):
        self.block_storage = block_storage
        self.display = self._start_xvfb()
        self._start_driver()

    def _start_driver(self):
        """WebKitWebDriver in its own process group, so stopping it stops the MiniBrowser it started too."""
        port = _free_port()
        env = {**os.environ, "DISPLAY": self.display_name}
        self.process = subprocess.Popen(
            [WEBKIT_DRIVER, f"--port={port}"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.base = f"http://127.0.0.1:{port}"
        _until(self._ready, "WebKitWebDriver to answer")

    def _stop_driver(self):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, 15)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, 9)
            self.process.wait()

    def _start_xvfb(self):
        read, write = os.pipe()
        process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise EngineError("Xvfb did not start")
        self.display_name = f":{number}"
        return process

    def _ready(self):
        try:
            self.request("GET", "/status")
            return True
        except (OSError, EngineError):
            return False

    def request(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            self.base + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT * 2) as response:
                return json.loads(response.read() or b"{}").get("value")
        except urllib.error.HTTPError as error:
            answer = json.loads(error.read() or b"{}").get("value", {})
            raise EngineError(f"WebKit {method} {path}: {answer.get('error')}: {answer.get('message')}") from None

    def new_page(self) -> WebKitPage:
        """A new session: MiniBrowser starts with an empty, private store each time."""
        args = ["--automation"] + (["--enable-html5-local-storage=false"] if self.block_storage else [])
        capabilities = {"alwaysMatch": {"webkitgtk:browserOptions": {"binary": _minibrowser(), "args": args}}}
        try:
            value = self.request("POST", "/session", {"capabilities": capabilities})
        except (OSError, EngineError):
            # Seen once in CI on a loaded machine: the driver never answered a new session after the last one
            # closed. A new driver (and MiniBrowser) starts empty, as a new session would, so try once more.
            self._stop_driver()
            self._start_driver()
            value = self.request("POST", "/session", {"capabilities": capabilities})
        return WebKitPage(self, value["sessionId"])

    def close(self):
        self._stop_driver()
        self.display.terminate()
        try:
            self.display.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.display.kill()


ENGINES = {"firefox": Firefox, "webkit": WebKit}


@contextlib.contextmanager
def engine(name: str, block_storage: bool = False):
    """A running browser of that engine, closed afterwards; `block_storage` turns the browser's web storage off."""
    missing = [n for n, path in find_engines().items() if n == name and not path]
    if missing:
        raise EngineError(
            f"{name} is not installed: run `make browser` (it installs firefox-esr, webkit2gtk-driver "
            "and xvfb with apt)"
        )
    browser = ENGINES[name](block_storage=block_storage)
    try:
        yield browser
    finally:
        browser.close()
