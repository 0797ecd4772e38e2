"""Word files made in the browser, in the other engines families use: Firefox (firefox-esr) and WebKit (WebKitGTK's
MiniBrowser, the engine family of Safari). The same checks in more depth, with Chromium's real download and
LibreOffice, are in test_docx_download.py.

The harness (tests/engines.py) cannot catch a saved download in WebKit, so the first tests catch the Blob the
page makes instead: before the real click, URL.createObjectURL is wrapped so that each Blob the page hands it is
kept, and the link's click is stopped from starting a download (no save dialog in a headless browser). The kept
Blob is read back as base64: the exact bytes the page would have saved, opened with python-docx. Firefox can
also save the real download to a folder (WebDriver BiDi's browser.setDownloadBehavior): the last test checks that file.
"""

from __future__ import annotations

import base64

import pytest

from tests.browser.test_docx_download import open_word_file, texts
from tests.engines import _until, engine

pytestmark = pytest.mark.browser

# Keeps every Blob the page turns into an object URL, and the file name of the link that would save it.
CATCH_BLOBS = """() => { window.__caughtBlobs = [];
  const make = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => { const url = make(blob); window.__caughtBlobs.push({blob, url, name: null}); return url; };
  document.addEventListener('click', (event) => { const link = event.target.closest && event.target.closest('a[download]');
    if (!link) return; event.preventDefault();
    const caught = window.__caughtBlobs.find((c) => c.url === link.href); if (caught) caught.name = link.download; }, true); }"""
READ_BLOB = """() => new Promise((resolve, reject) => { const caught = window.__caughtBlobs[window.__caughtBlobs.length - 1];
  const reader = new FileReader(); reader.onerror = () => reject(reader.error);
  reader.onload = () => resolve({name: caught.name, type: caught.blob.type, size: caught.blob.size,
                                 base64: reader.result.split(',')[1]});
  reader.readAsDataURL(caught.blob); })"""


@pytest.fixture(scope="module", params=["firefox", "webkit"])
def engine_page(request):
    with engine(request.param) as running:
        page = running.new_page()
        yield page
        page.close()


def button(page, text: str) -> str:
    """A selector for the toolbar button with this text (the buttons have no ids: they are made by script)."""
    index = page.wait_for(
        "(text) => 1 + [...document.querySelectorAll('.send-toolbar button')].findIndex((b) => b.textContent === text)",
        text,
    )
    assert index > 0, f"no toolbar button says {text!r}"
    return f".send-toolbar button:nth-of-type({index})"


def download(page, text: str):
    """Clicks the download button for real and returns (file name, python-docx Document) of the Blob it made."""
    page.run(CATCH_BLOBS)
    page.click(button(page, text))
    page.wait_for("() => window.__caughtBlobs.length > 0 && window.__caughtBlobs[0].name")  # the writer loads on click
    caught = page.run(READ_BLOB)
    data = base64.b64decode(caught["base64"])
    assert len(data) == caught["size"] > 0
    assert caught["type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return caught["name"], open_word_file(data)


def test_sen_support_plan_downloads_what_was_typed(engine_page, site_url):
    page = engine_page
    page.goto(site_url + "forms/sen-support-plan/")
    page.fill("#tpl-sen-support-plan-pupil-name", "Sam B.")
    page.fill("#tpl-sen-support-plan-outcome-1", "Sam reads a short book on his own.")
    name, document = download(page, "Download what you typed (Word)")
    assert name == "sam-b-sen-support-plan.docx"
    found = texts(document)
    assert found[0] == "SEN Support Plan" and document.paragraphs[0].style.name == "Title"
    assert "Sam B." in found and "Sam reads a short book on his own." in found
    assert found.count("Key person") == 1  # outcomes 2 to 4 were left empty, so they are left out
    assert document.core_properties.author == "SEND guide"


def test_a_letter_downloads_with_what_was_typed(engine_page, site_url):
    page = engine_page
    page.goto(site_url + "letters/complaint/")
    page.fill("#letter-complaint-sender-name", "Alex Smith")
    page.fill("#letter-complaint-child-name", "Sam")
    page.fill("#letter-complaint-complaint", "The plan came 10 weeks late.")
    name, document = download(page, "Download the letter (Word)")
    assert name == "sam-complaint.docx"
    found = texts(document)
    assert "The plan came 10 weeks late." in found
    assert any("Formal complaint about the SEN service for Sam" in text for text in found)
    assert found[-1] == "Alex Smith"
    assert document.core_properties.title == "A formal complaint to the council"


def test_firefox_saves_the_real_download(site_url, tmp_path):
    """Firefox's WebDriver BiDi can save downloads to a folder (browser.setDownloadBehavior): the file on disk, too."""
    with engine("firefox") as firefox:
        firefox.bidi.call(
            "browser.setDownloadBehavior", {"downloadBehavior": {"type": "allowed", "destinationFolder": str(tmp_path)}}
        )
        page = firefox.new_page()
        page.goto(site_url + "letters/complaint/")
        page.fill("#letter-complaint-child-name", "Sam")
        page.fill("#letter-complaint-complaint", "The plan came 10 weeks late.")
        page.click(button(page, "Download the letter (Word)"))
        target = tmp_path / "sam-complaint.docx"
        _until(lambda: target.exists() and not list(tmp_path.glob("*.part")), f"{target.name} in the download folder")
        assert "The plan came 10 weeks late." in texts(open_word_file(target.read_bytes()))
        page.close()
