"""Outputs open in a real word processor: LibreOffice converts a build to PDF and
the rendered words are in it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from adaptkit.build import BuildSpec, build
from adaptkit.library import find_template, library_paths

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                       reason="needs LibreOffice (soffice) and poppler-utils (pdftotext); .ci/run installs them"),
]


def to_pdf_text(document: Path, workdir: Path) -> str:
    profile = workdir / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(workdir), str(document)],
        check=True, capture_output=True, timeout=240,
    )
    pdf = workdir / (document.stem + ".pdf")
    assert pdf.is_file(), "LibreOffice produced no PDF"
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_built_manual_opens_in_libreoffice_with_the_rendered_text(tmp_path: Path):
    output = tmp_path / "coc.docx"
    build(BuildSpec("code-of-conduct", use_sample=True, output=output,
                    assignments=["org.name=Réseau Exemple des Travailleur·ses du Sexe"]))
    sample = find_template("code-of-conduct", library_paths()).sample

    text = " ".join(to_pdf_text(output, tmp_path).split())

    assert "Réseau Exemple des Travailleur·ses du Sexe" in text
    assert "Purpose and scope" in text
    assert sample["org"]["short_name"] in text  # from the rendered header
    assert "{{" not in text and "{%" not in text


def test_built_sheet_rows_reach_the_pdf(tmp_path: Path):
    output = tmp_path / "sheet.docx"
    build(BuildSpec("budget-workplan", use_sample=True, output=output))
    sample = find_template("budget-workplan", library_paths()).sample

    text = " ".join(to_pdf_text(output, tmp_path).split())

    # Table cells wrap, so look for words that fit on one line of a narrow column.
    for activity in sample["activities"]:
        assert " ".join(activity["title"].split()[:2]) in text
    for donor in sample["donors"]:
        assert donor["name"].split()[0] in text
    assert "{{" not in text and "{%" not in text


def test_one_document_per_region_opens_with_its_translated_heading(tmp_path: Path):
    """Every bundled region, in its first locale: LibreOffice reads the heading in that language."""
    from adaptkit.l10n.catalogs import read_catalog
    from adaptkit.layers import region_registry
    from adaptkit.plugins import load_plugins

    plugins = load_plugins([])
    registry = region_registry(plugins)
    library = find_template("code-of-conduct", library_paths())
    regions = [code for code in registry.codes() if "/" not in code]
    expected = {}
    outputs = []
    for code in regions:
        locale = registry.resolve(code).locales[0]
        output = tmp_path / f"{code}.docx"
        build(BuildSpec("code-of-conduct", use_sample=True, region=code, locale=locale, output=output), plugins)
        po = library.directory / "locales" / locale / "LC_MESSAGES" / "code-of-conduct.po"
        heading = "1. Purpose and scope"
        if po.is_file():
            heading = read_catalog(po, locale).get(heading).string
        expected[code] = heading
        outputs.append(output)
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *map(str, outputs)], check=True, capture_output=True, timeout=600)
    for code in regions:
        text = subprocess.run(["pdftotext", str(tmp_path / f"{code}.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert expected[code] in " ".join(text.split()), code
    assert expected["swan"] != "1. Purpose and scope" and expected["plaperts"] != "1. Purpose and scope"
