"""``adaptkit check`` as a template author and CI meet it: findings, places, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from babel.messages.pofile import read_po, write_po

from adaptkit.check import Finding, format_findings


def make_template(library: Path, template_id: str, paragraphs: list[str], metadata: str | None) -> Path:
    """A library folder with a template.docx of ``paragraphs`` (body ¶1, ¶2, ...) and its template.yaml."""
    folder = library / template_id
    folder.mkdir(parents=True)
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(folder / "template.docx"))
    if metadata is not None:
        (folder / "template.yaml").write_text(metadata, encoding="utf-8")
    return folder


DEMO_YAML = """\
id: demo
title: Demo
version: "1"
variables:
  org.name: {type: string, required: true}
  assembly_name: {type: string, default: General Assembly}
sections:
  annex: {default: false}
sample:
  org: {name: Example Network}
"""


def lines_with(output: str, rule: str) -> list[str]:
    return [line for line in output.splitlines() if f"[{rule}]" in line]


# -- the bundled library: the CI gate --------------------------------------------------------------


def test_a_clean_bundled_template_passes(run):
    result = run("check", "code-of-conduct")
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "no problems found in 1 template × 1 combination"


def test_check_all_passes_on_the_bundled_library(run):
    result = run("check", "--all")
    assert result.exit_code == 0, result.output
    assert not [line for line in result.output.splitlines() if line.startswith("error:")], result.output
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("0 errors, ")
    from adaptkit.library import bundled_library, list_templates

    assert f"{len(list_templates([bundled_library()]))} templates × " in summary


def test_check_needs_a_template_or_all(run):
    result = run("check")
    assert result.exit_code == 2
    assert "give a TEMPLATE, or --all" in result.output


# -- variables and sections ----------------------------------------------------------------------------


def test_undeclared_and_unused_variables(run, tmp_path: Path):
    library = tmp_path / "lib"
    yaml_text = DEMO_YAML.replace("sections:", "  gift_limit: {type: number, default: 50}\nsections:")
    make_template(library, "demo", [
        "Code of {{ org.name }}",
        "Adopted by the {{ assembly_name }} of {{ org.nmae }}.",
        "{% for i in range(2) %}{{ i }}/{{ loop.length }} {{ region.name }} {{ governing_body }}{% endfor %}",
        "Ask {{ contact_email }} ({{ locale }}, version {{ version }}).",
        "{%p if sections.annex %}",
        "Annex",
        "{%p endif %}",
    ], yaml_text)

    result = run("--library", str(library), "check", "demo")

    assert result.exit_code == 1, result.output
    undeclared = lines_with(result.output, "undeclared-variable")
    assert len(undeclared) == 2, result.output
    assert undeclared[0].startswith('error: demo/template.docx: body ¶2 "Adopted by the {{ assembly_name }}')
    assert "'org.nmae' is used but not declared" in undeclared[0]
    assert undeclared[1].startswith('error: demo/template.docx: body ¶4 "Ask {{ contact_email }}')
    assert "'contact_email' is used but not declared" in undeclared[1]
    unused = lines_with(result.output, "unused-variable")
    assert unused == [("warning: demo/template.yaml: line 7: [unused-variable] variable 'gift_limit' is declared "
                      "but the template never uses it — remove it from template.yaml, or use it in the template")]
    assert "1 warning" in result.output.splitlines()[-1]


def test_section_used_but_not_declared(run, tmp_path: Path):
    library = tmp_path / "lib"
    make_template(library, "demo", [
        "{{ org.name }} and the {{ assembly_name }}",
        "{%p if sections.annex %}",
        "Annex",
        "{%p endif %}",
        "{%p if sections.hosting %}",
        "Hosting",
        "{%p endif %}",
    ], DEMO_YAML)

    result = run("--library", str(library), "check", "demo")

    assert result.exit_code == 1
    assert lines_with(result.output, "undeclared-section") == [
        ('error: demo/template.docx: body ¶5 "{%p if sections.hosting %}": [undeclared-section] '
        "section 'hosting' is used but not declared — declare it under sections: in template.yaml")]
    assert not lines_with(result.output, "undeclared-variable")


def test_a_bare_docx_warns_about_undeclared_values_and_passes(run, tmp_path: Path):
    make_template(tmp_path, "letters", ["Dear {{ name }},"], None)
    path = tmp_path / "letters" / "template.docx"

    result = run("check", str(path))

    assert result.exit_code == 0, result.output
    [line] = lines_with(result.output, "undeclared-variable")
    assert line.startswith(f'warning: {path}: body ¶1 "Dear {{{{ name }}}},"')
    assert "add a template.yaml that declares it" in line
    assert "the built document was not checked" in result.output


# -- Jinja syntax -----------------------------------------------------------------------------------------


def test_jinja_syntax_errors_with_their_place(run, tmp_path: Path):
    library = tmp_path / "lib"
    make_template(library, "demo", [
        "{{ org.name }} and the {{ assembly_name }}",
        "Total: {{ org.name | }}",
        "{%p if sections.annex %}",
        "Annex",
        "{%p endif %}",
    ], DEMO_YAML)

    result = run("--library", str(library), "check", "demo")

    assert result.exit_code == 1
    [line] = lines_with(result.output, "jinja-syntax")
    assert line.startswith('error: demo/template.docx: body ¶2 "Total: {{ org.name | }}": [jinja-syntax] '
                           "{{ org.name | }}: ")
    assert not lines_with(result.output, "build")  # the same error is not reported again for the build


def test_an_unclosed_block_is_named(run, tmp_path: Path):
    library = tmp_path / "lib"
    make_template(library, "demo", ["{{ org.name }} {{ assembly_name }}", "{%p if sections.annex %}", "Annex"],
                  DEMO_YAML)

    result = run("--library", str(library), "check", "demo")

    assert result.exit_code == 1
    [line] = lines_with(result.output, "jinja-syntax")
    assert 'body ¶2 "{%p if sections.annex %}"' in line and "is never closed" in line


# -- terminology -----------------------------------------------------------------------------------------------


def test_forbidden_term_in_template_text_but_not_in_an_exception(run, tmp_path: Path):
    library = tmp_path / "lib"
    make_template(library, "demo", [
        "{{ org.name }} and the {{ assembly_name }}",
        "We work with the Red Brasileña de Prostitutas.",
        "Services for prostitutes in the region.",
        "{%p if sections.annex %}",
        "Annex",
        "{%p endif %}",
    ], DEMO_YAML)

    result = run("--library", str(library), "check", "demo")

    assert result.exit_code == 0, result.output  # the global glossary's level is warning
    assert lines_with(result.output, "forbidden-term") == [
        ('warning: demo/template.docx: body ¶3 "Services for prostitutes in the region.": [forbidden-term] '
        '"prostitutes" is not used (glossary global.en) — write "sex workers"')]


def test_forbidden_term_that_only_a_value_brings_is_flagged_in_the_built_document(run, tmp_path: Path):
    library = tmp_path / "lib"
    make_template(library, "demo", [
        "Code of {{ org.name }} and the {{ assembly_name }}",
        "{%p if sections.annex %}",
        "Annex",
        "{%p endif %}",
    ], DEMO_YAML.replace("name: Example Network", "name: Prostitute Outreach Project"))

    result = run("--library", str(library), "check", "demo")

    [line] = lines_with(result.output, "forbidden-term")
    assert line.startswith('warning: demo/template.docx: body ¶1 "Code of Prostitute Outreach Project and…": '
                           "[forbidden-term] in the built document: ")
    assert '"Prostitute" is not used (glossary global.en) — write "sex worker"' in line


# -- catalogs ------------------------------------------------------------------------------------------------------


@pytest.fixture
def translated(run, tmp_path: Path) -> tuple[Path, Path]:
    """A template with a French catalog: (library, the .po file)."""
    library = tmp_path / "lib"
    make_template(library, "demo", [
        "Membership",
        "Members may vote at the {{ assembly_name }}.",
        "Code of {{ org.name }}",
        "{%p if sections.annex %}",
        "Annex",
        "{%p endif %}",
    ], DEMO_YAML)
    result = run("--library", str(library), "i18n", "init", "demo", "-l", "fr")
    assert result.exit_code == 0, result.output
    return library, library / "demo" / "locales" / "fr" / "LC_MESSAGES" / "demo.po"


def fill(po: Path, translations: dict[str, str]) -> None:
    with po.open("rb") as stream:
        catalog = read_po(stream)
    for message in catalog:
        if message.id in translations:
            message.string = translations[message.id]
    with po.open("wb") as stream:
        write_po(stream, catalog, width=0)


def line_of(po: Path, msgid: str) -> int:
    lines = po.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line == f'msgid "{msgid}"')


def test_untranslated_share_is_reported(run, translated):
    library, po = translated
    fill(po, {"Membership": "Adhésion"})

    result = run("--library", str(library), "check", "demo", "-l", "fr")

    assert result.exit_code == 0, result.output
    shown = str(po.relative_to(Path.cwd())) if po.is_relative_to(Path.cwd()) else str(po)
    assert f"warning: {shown}: [untranslated] 3 of 4 entries untranslated (75%) — translate them" in result.output
    assert f"info: {shown}: [fuzzy] 0 of 4 entries fuzzy (0%)" in result.output
    assert not lines_with(result.output, "catalog")


def test_catalog_placeholder_mismatch_is_an_error_with_file_and_line(run, translated):
    library, po = translated
    fill(po, {"Membership": "Adhésion", "Annex": "Annexe", "Code of {{ org.name }}": "Code de {{ org.name }}",
              "Members may vote at the {{ assembly_name }}.": "Les membres votent à l'{{ assemblee }}."})

    result = run("--library", str(library), "check", "demo", "-l", "fr")

    assert result.exit_code == 1
    [line] = lines_with(result.output, "catalog")
    number = line_of(po, "Members may vote at the {{ assembly_name }}.")
    assert line.startswith("error: ") and f"demo.po: line {number}: [catalog]" in line
    assert "placeholders differ from the source (missing {{ assembly_name }}; unexpected {{ assemblee }})" in line


def test_a_locale_without_catalog_is_reported(run, translated):
    library, _ = translated
    result = run("--library", str(library), "check", "demo", "-l", "es")
    assert result.exit_code == 0
    [line] = lines_with(result.output, "untranslated")
    assert "no 'es' catalog: documents built in es stay in 'en'" in line


# -- formats and exit codes -----------------------------------------------------------------------------------------


def test_json_format_parses(run, tmp_path: Path):
    library = tmp_path / "lib"
    make_template(library, "demo", ["{{ org.name }} {{ assembly_name }} {{ missing }}", "{%p if sections.annex %}",
                                    "A", "{%p endif %}"], DEMO_YAML)

    result = run("--library", str(library), "check", "demo", "--format", "json")

    assert result.exit_code == 1
    findings = json.loads(result.output)
    assert isinstance(findings, list) and findings
    assert set(findings[0]) == {"severity", "file", "place", "rule", "message"}
    assert any(f["rule"] == "undeclared-variable" and f["severity"] == "error" and "'missing'" in f["message"]
               for f in findings)


def test_json_of_a_clean_template_is_an_empty_list(run):
    result = run("check", "code-of-conduct", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output) == []


def test_exit_code_is_one_only_for_errors(run, tmp_path: Path):
    library = tmp_path / "lib"
    yaml_text = DEMO_YAML.replace("sections:", "  spare: {type: string}\nsections:")
    make_template(library, "demo", ["{{ org.name }} {{ assembly_name }}", "{%p if sections.annex %}", "A",
                                    "{%p endif %}"], yaml_text)
    warned = run("--library", str(library), "check", "demo")
    assert warned.exit_code == 0, warned.output
    assert warned.output.strip().splitlines()[-1] == "0 errors, 1 warning, 0 notes in 1 template × 1 combination"


def test_unknown_region_is_a_one_line_error(run):
    result = run("check", "code-of-conduct", "-r", "nowhere")
    assert result.exit_code == 1
    assert "unknown region 'nowhere'" in result.output


def test_format_findings_text():
    findings = [Finding("error", "a.docx", "body ¶1", "jinja-syntax", "bad"),
                Finding("info", "a.po", "", "fuzzy", "0 of 2 entries fuzzy (0%)")]
    assert format_findings(findings, "text").splitlines() == [
        "error: a.docx: body ¶1: [jinja-syntax] bad",
        "info: a.po: [fuzzy] 0 of 2 entries fuzzy (0%)",
        "1 error, 0 warnings, 1 note",
    ]
    assert format_findings([], "text") == "no problems found"
