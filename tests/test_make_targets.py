"""`make check LA=…` and `make serve` as a council officer runs them: real `make`, real output."""

import os
import re
import signal
import socket
import subprocess
import time
import urllib.request

from tests.helpers import COUNCIL_DATES, PROJECT, line_number_of, southfield


def make(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def test_make_check_la_validates_the_councils_overlay():
    result = make("check", "LA=example")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"The data of local/example is valid \(\d+ ms\)", result.stdout), result.stdout
    assert "Before you publish, fix these" in result.stdout  # Northfield is fictional: its numbers reach no one


def test_make_check_la_fails_on_a_broken_overlay_at_its_line(tmp_path):
    _, site_yml = southfield(
        tmp_path,
        "site:\n  publisher: Southfield Borough Council\n"
        "  feedback_url: http://www.southfield.example/feedback\n" + COUNCIL_DATES,
    )
    result = make("check", f"LA={site_yml.parent.parent}")
    assert result.returncode != 0
    line = line_number_of(site_yml, "feedback_url")
    assert re.search(
        rf"southfield/data/site\.yml:{line}: site\.feedback_url: 'http://www\.southfield\.example/"
        r"feedback' is not a secure web address",
        result.stderr,
    ), result.stderr
    assert "Traceback" not in result.stderr and "is valid" not in result.stdout


def test_make_check_la_names_the_councils_it_knows_when_the_folder_is_missing():
    result = make("check", "LA=southfeld")
    assert result.returncode != 0
    assert "There is no local/southfeld/mkdocs.yml" in result.stderr and "example" in result.stderr


def test_make_serve_says_when_its_port_is_taken_and_how_to_choose_another():
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = make("serve", f"PORT={port}", "LA=example", timeout=60)
    assert result.returncode != 0
    assert f"Port {port} is already in use" in result.stderr
    assert "make serve PORT=8001 LA=example" in result.stderr


def test_make_serve_la_previews_the_councils_guide():
    with socket.create_server(("127.0.0.1", 0)) as free:
        port = free.getsockname()[1]
    server = subprocess.Popen(
        ["make", "--no-print-directory", "serve", "LA=example", f"PORT={port}"],
        cwd=PROJECT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        deadline, home = time.monotonic() + 240, ""
        while time.monotonic() < deadline and not home:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    home = response.read().decode("utf-8")
            except OSError:
                time.sleep(1)
        assert "<title>SEND guide - Northfield Borough Council</title>" in home
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
