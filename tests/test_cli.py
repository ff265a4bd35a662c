"""The command line as a user meets it: output, exit codes, files written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx

from adaptkit import __version__


def body_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"adaptkit, version {__version__}"


def test_templates_lists_the_bundled_library(run):
    result = run("templates")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["id", "title", "kind", "version"]
    assert any(line.startswith("budget-workplan") and "sheet" in line for line in lines)
    assert any(line.startswith("code-of-conduct") and "manual" in line for line in lines)


def test_templates_json(run):
    rows = json.loads(run("templates", "--json").output)
    by_id = {row["id"]: row for row in rows}
    assert by_id["code-of-conduct"]["kind"] == "manual"
    assert by_id["budget-workplan"]["kind"] == "sheet"
    assert set(by_id["code-of-conduct"]) == {"id", "title", "kind", "version"}


def test_show_describes_values_and_sections(run):
    result = run("show", "code-of-conduct")
    assert result.exit_code == 0
    assert "Code of Conduct (code-of-conduct, manual, version" in result.output
    assert "org.name" in result.output and "required" in result.output
    assert "Full public name of the network" in result.output
    assert "fiscal_hosting (off by default)" in result.output
    data = json.loads(run("show", "code-of-conduct", "--json").output)
    assert any(v["name"] == "org.name" and v["required"] for v in data["variables"])


def test_build_with_sample_writes_under_build(run, tmp_path: Path):
    result = run("build", "code-of-conduct", "--sample")
    assert result.exit_code == 0, result.output
    output = tmp_path / "build" / "code-of-conduct.docx"
    assert f"wrote {Path('build') / 'code-of-conduct.docx'}" in result.output
    text = body_text(output)
    assert "{{" not in text and "{%" not in text
    assert "Code of Conduct" in text


def test_build_set_dotted_keys_and_data_file(run, tmp_path: Path):
    (tmp_path / "values.yaml").write_text(
        "org:\n  name: Red de Ejemplo & Asociadas\n  short_name: REA\ngoverning_body: Junta Directiva\n",
        encoding="utf-8",
    )
    result = run(
        "build", "code-of-conduct", "--sample", "--data", "values.yaml",
        "--set", "org.short_name=RdE <2027>", "-o", "out/coc.docx",
    )
    assert result.exit_code == 0, result.output
    text = body_text(tmp_path / "out" / "coc.docx")
    assert "Red de Ejemplo & Asociadas" in text  # from the data file, escaped and back
    assert "RdE <2027>" in text  # --set wins over the data file
    assert "Junta Directiva" in text
    header = docx.Document(str(tmp_path / "out" / "coc.docx")).sections[0].header
    assert "RdE <2027>" in "\n".join(p.text for p in header.paragraphs)


def test_missing_required_values_are_all_named(run):
    result = run("build", "code-of-conduct", "--set", "org.name=X")
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "org.short_name" in line and "concern_contact.email" in line and "org.name," not in line


def test_build_any_docx_path(run, tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Hello {{ who }}")
    document.save(str(tmp_path / "letter.docx"))
    result = run("build", "letter.docx", "--set", "who=Amina")
    assert result.exit_code == 0, result.output
    assert body_text(tmp_path / "build" / "letter.docx") == "Hello Amina"


def test_control_characters_are_dropped_with_a_warning(run, tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Hello {{ who }}")
    document.save(str(tmp_path / "letter.docx"))
    result = run("build", "letter.docx", "--set", "who=A\x0bB")
    assert result.exit_code == 0
    assert "warning: dropped U+000B" in result.stderr
    assert body_text(tmp_path / "build" / "letter.docx") == "Hello AB"


def test_usage_error_exits_2(run):
    result = run("build")
    assert result.exit_code == 2
    assert "Missing argument 'TEMPLATE'" in result.output


def test_console_script_help_is_fast_and_works():
    completed = subprocess.run([sys.executable, "-m", "adaptkit", "--help"], capture_output=True, text=True,
                               check=True)
    assert "build" in completed.stdout and "templates" in completed.stdout
    # --help must not import the heavy libraries
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, adaptkit.cli; print(sorted(m for m in ('docx','lxml','jinja2','babel') "
         "if m in sys.modules))"], capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == "[]"


def test_build_output_matches_the_library_version(run, tmp_path: Path):
    run("build", "budget-workplan", "--sample", "-o", "sheet.docx")
    document = docx.Document(str(tmp_path / "sheet.docx"))
    assert document.tables, "the sheet has tables"
    footer = "\n".join(p.text for p in document.sections[0].footer.paragraphs)
    assert "Version" in footer and "{{" not in footer
