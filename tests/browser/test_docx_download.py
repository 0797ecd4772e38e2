"""Word files made in the browser (docx-writer.js): what was typed, in a .docx that python-docx opens and whose zip
checks out (each part's CRC-32), with the guide as its author, never a library's name.

Chromium with its real download, and LibreOffice; Firefox and WebKit are in test_docx_download_engines.py."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

pytestmark = pytest.mark.browser


def download(page, button: str, tmp_path):
    with page.expect_download() as caught:
        page.get_by_role("button", name=button).click()
    target = tmp_path / caught.value.suggested_filename
    caught.value.save_as(target)
    return target, open_word_file(target.read_bytes())


def open_word_file(data: bytes):
    """The python-docx Document of a file's bytes, once its zip checks out (also used by the other engines' test)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None  # every part's CRC-32 matches its data
        assert {"[Content_Types].xml", "word/document.xml", "docProps/core.xml"} <= set(archive.namelist())
    return docx.Document(io.BytesIO(data))


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_sen_support_plan_downloads_what_was_typed(london, site_url, tmp_path):
    page = london
    page.goto(site_url + "forms/sen-support-plan/")
    page.get_by_label("Pupil's name").fill("Sam B.")
    page.get_by_label("The pupil's views").fill("I like maths.\nReading is hard.")
    page.locator("#tpl-sen-support-plan-outcome-1").fill("Sam reads a short book on his own.")
    target, document = download(page, "Download what you typed (Word)", tmp_path)
    assert target.name == "sam-b-sen-support-plan.docx"
    found = texts(document)
    assert found[0] == "SEN Support Plan" and document.paragraphs[0].style.name == "Title"
    assert "Sam B." in found and "I like maths.\nReading is hard." in found
    assert "Sam reads a short book on his own." in found
    assert found.count("Key person") == 1  # outcomes 2 to 4 were left empty, so they are left out
    assert document.core_properties.author == "SEND guide"
    assert "python-docx" not in (document.core_properties.author + document.core_properties.last_modified_by)
    assert page.watch.console_errors == [] and page.watch.outside_requests == []


def test_a_letter_downloads_with_what_was_typed(london, site_url, tmp_path):
    page = london
    page.goto(site_url + "letters/complaint/")
    page.get_by_label("Your name").fill("Alex Smith")
    page.get_by_label("Your child's name").fill("Sam")
    page.get_by_label("What went wrong").fill("The plan came 10 weeks late.")
    target, document = download(page, "Download the letter (Word)", tmp_path)
    assert target.name == "sam-complaint.docx"
    found = texts(document)
    assert "The plan came 10 weeks late." in found
    assert any("Formal complaint about the SEN service for Sam" in text for text in found)
    assert found[-1] == "Alex Smith"
    assert document.core_properties.author == "SEND guide"
    assert document.core_properties.title == "A formal complaint to the council"


def test_libreoffice_opens_the_browser_made_file(london, site_url, tmp_path):
    """python-docx accepts files that word processors refuse: LibreOffice (headless) must turn it into a PDF."""
    import shutil
    import subprocess

    import pypdf

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui"
    page = london
    page.goto(site_url + "letters/ask-for-assessment/")
    page.get_by_label("Your child's name").fill("Sam")
    target, _ = download(page, "Download the letter (Word)", tmp_path)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = pypdf.PdfReader(str(target.with_suffix(".pdf")))
    text = " ".join(p.extract_text() for p in pdf.pages)
    assert "Request for an EHC needs assessment for Sam" in text
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
