"""Terminology, privacy scrub and adaptation report, seen through real builds."""

from __future__ import annotations

import json
import re
import textwrap
import zipfile
from pathlib import Path

import docx
from lxml import etree

from adaptkit.build import BuildSpec, build

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def template(tmp_path: Path, *paragraphs: str, bold_board: bool = False) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if bold_board:
        paragraph = document.add_paragraph("Ask the ")
        paragraph.add_run("Bo").bold = True
        paragraph.add_run("ard").bold = True
        paragraph.add_run(" first.")
    path = tmp_path / "t.docx"
    document.save(str(path))
    return path


GLOSSARY_PLUGIN = '''
from pathlib import Path
from adaptkit import Region, hookimpl

HERE = Path(__file__).parent

@hookimpl
def register_regions(register):
    register(Region(code="termland", name="Termland", locales=("en",)))
    register(Region(code="termland/tt", name="Overlay", locales=("en",)))

@hookimpl
def register_glossaries(register):
    register(HERE / "termland.yaml")
    register(HERE / "overlay.yaml")
'''


def glossary_plugin(tmp_path: Path) -> Path:
    folder = tmp_path / "plugins"
    write(folder / "termland.py", GLOSSARY_PLUGIN)
    write(folder / "termland.yaml", """\
        id: termland.en
        locale: en
        swap:
          board: management committee
          committee: panel
        exceptions: [Board of Trustees Act]
        """)
    write(folder / "overlay.yaml", """\
        id: termland.tt
        locale: en
        region: termland/tt
        swap:
          board: steering group
        """)
    return folder


def test_glossaries_swap_template_text_in_one_pass_keeping_case_and_format(tmp_path: Path):
    plugins = glossary_plugin(tmp_path)
    path = template(tmp_path, "The Board members and the committee meet.", "BOARD NOTICE",
                    "Under the Board of Trustees Act, {{ who }} decides.", bold_board=True)
    result = build(BuildSpec(str(path), region="termland", output=tmp_path / "o.docx", plugin_dirs=[plugins],
                             assignments=["who=the board of the host"]))
    paragraphs = docx.Document(str(tmp_path / "o.docx")).paragraphs
    assert paragraphs[0].text == "The Management Committee members and the panel meet."  # never re-scanned
    assert paragraphs[1].text == "MANAGEMENT COMMITTEE NOTICE"
    assert paragraphs[2].text == "Under the Board of Trustees Act, the board of the host decides."  # value untouched
    runs = [(r.text, bool(r.bold)) for r in paragraphs[3].runs if r.text]
    assert runs == [("Ask the ", False), ("Management Committee", True), (" first.", False)]
    assert sum(len(c.swaps) for c in result.terms) == 4
    assert "4 terms swapped" in result.summary()


def test_an_overlay_glossary_wins_over_its_region(tmp_path: Path):
    plugins = glossary_plugin(tmp_path)
    path = template(tmp_path, "The board decides.")
    build(BuildSpec(str(path), region="termland/tt", output=tmp_path / "o.docx", plugin_dirs=[plugins]))
    assert docx.Document(str(tmp_path / "o.docx")).paragraphs[0].text == "The steering group decides."


def test_bad_glossary_is_a_located_error_and_nothing_is_written(run, tmp_path: Path):
    plugins = glossary_plugin(tmp_path)
    write(plugins / "termland.yaml", "id: x\nswap:\n  board: committee\n  committee: board\n")
    template(tmp_path, "The board decides.")
    result = run("build", "t.docx", "--region", "termland", "--plugins-dir", "plugins", "-o", "o.docx")
    assert result.exit_code == 1
    assert "termland.yaml: line 3: swap rules form a cycle: board → committee → board" in result.stderr
    assert not (tmp_path / "o.docx").exists()


def test_bundled_plain_english_for_apnsw(adaptkit_build):
    built = adaptkit_build("code-of-conduct", region="apnsw", locale="en")
    assert "in order to" not in built.text
    assert {swap.glossary for change in built.result.terms for swap in change.swaps} == {"apnsw.en"}


# -- privacy ------------------------------------------------------------------------------------


def messy_template(tmp_path: Path) -> Path:
    document = docx.Document()
    properties = document.core_properties
    properties.author, properties.last_modified_by, properties.revision = "Amina K.", "Jo Editor", 7
    properties.comments, properties.title = "draft by Amina", "Code for {{ org }}"
    paragraph = document.add_paragraph("Kept text for {{ org }}. ")
    document.add_comment(paragraph.runs, text="Check this with Jo", author="Jo Editor", initials="JE")
    paragraph._p.append(etree.fromstring(
        f'<w:ins xmlns:w="{W}" w:id="1" w:author="Amina K." w:date="2026-01-01T00:00:00Z">'
        '<w:r><w:t>Inserted sentence.</w:t></w:r></w:ins>'))
    paragraph._p.append(etree.fromstring(
        f'<w:del xmlns:w="{W}" w:id="2" w:author="Amina K." w:date="2026-01-01T00:00:00Z">'
        '<w:r><w:delText>Deleted sentence.</w:delText></w:r></w:del>'))
    paragraph._p.set(f"{{{W}}}rsidR", "00A1B2C3")
    path = tmp_path / "messy.docx"
    document.save(str(path))
    return path


def all_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                         if name.endswith((".xml", ".rels")))


def test_outputs_never_name_their_editors(tmp_path: Path):
    result = build(BuildSpec(str(messy_template(tmp_path)), output=tmp_path / "o.docx", assignments=["org=ESWN"]))
    xml = all_xml(tmp_path / "o.docx")
    for leak in ("Amina", "Jo Editor", "rsidR", "<w:ins ", "<w:del ", "w:comment", "draft by"):
        assert leak not in xml, leak
    with zipfile.ZipFile(tmp_path / "o.docx") as archive:
        assert not [n for n in archive.namelist() if "comments" in n]
    document = docx.Document(str(tmp_path / "o.docx"))
    assert document.paragraphs[0].text == "Kept text for ESWN. Inserted sentence."
    assert document.core_properties.title == "Code for ESWN"
    assert document.core_properties.author == "" and document.core_properties.last_modified_by == ""
    assert "metadata scrubbed" in result.summary() and result.scrubbed


def test_keep_metadata_opts_out(run, tmp_path: Path):
    messy_template(tmp_path)
    result = run("build", "messy.docx", "--set", "org=ESWN", "--keep-metadata", "-o", "kept.docx")
    assert result.exit_code == 0 and "metadata kept" in result.output
    assert "Amina" in all_xml(tmp_path / "kept.docx")


# -- the adaptation report -------------------------------------------------------------------------


def test_report_json_lists_every_kind_of_change(run, tmp_path: Path):
    result = run("build", "code-of-conduct", "--sample", "-r", "swan/kg", "-l", "ru", "-o", "kg.docx",
                 "--set", "org.short_name=KSWN", "--report", "kg.json")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "kg.json").read_text(encoding="utf-8"))
    assert report["region"] == "swan/kg" and report["locale"] == "ru"
    kinds = report["counts"]
    assert kinds["rule"] == 2 and kinds["block"] == 1 and kinds["translation"] == 167 and kinds["section"] == 2
    values = {c["name"]: c for c in report["changes"] if c["kind"] == "value"}
    assert values["org.short_name"]["value"] == "KSWN" and values["org.short_name"]["by"] == "--data / --set"
    assert values["governing_body"]["by"] == "region swan (plugin 'swan')"
    assert values["currency"] == {"kind": "value", "name": "currency", "value": "KGS",
                                  "by": "region swan/kg (plugin 'swan')", "places": values["currency"]["places"]}
    assert "header 1 ¶1" in values["org.short_name"]["places"]
    sections = {c["name"]: c for c in report["changes"] if c["kind"] == "section"}
    assert sections["online_security"] == {"kind": "section", "name": "online_security", "included": True,
                                           "by": "rule 'swan.security-context' (plugin 'swan')"}
    block = next(c for c in report["changes"] if c["kind"] == "block")
    assert block["anchor"] == "security_context" and block["by"].startswith("rule 'swan.security-context'")
    providers = {c["by"] for c in report["changes"] if c["kind"] == "translation"}
    assert providers == {"template library", "plugin 'swan'"}


def test_report_markdown_reads_as_a_document(run, tmp_path: Path):
    assert run("build", "code-of-conduct", "--sample", "-r", "apnsw", "-o", "a.docx", "--report", "a.md").exit_code == 0
    text = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert text.startswith("# Adaptation report: Code of Conduct")
    assert "## Terms swapped (4)" in text and "| in order to | to | glossary apnsw.en |" in text
    assert re.search(r"## Rules that fired \(\d+\)", text)


def test_report_must_be_json_or_markdown(run):
    result = run("build", "code-of-conduct", "--sample", "--report", "r.txt")
    assert result.exit_code == 2 and "must be a .json or .md file" in result.output
