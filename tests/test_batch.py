"""Matrix builds: every template x region x locale, skipping what has not changed."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from adaptkit.batch import MatrixSpec, run
from adaptkit.build import BuildSpec
from adaptkit.plugins import load_plugins

REGION_PLUGIN = '''
from adaptkit import Region, hookimpl

@hookimpl
def register_regions(register):
    register(Region(code="mx", name="Matrix Network", locales=("en", "fr")))
    register(Region(code="mx/sn", name="Senegal", locales=("fr",)))
'''


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-template library and one region plugin, with only the global plugin besides."""
    monkeypatch.setenv("ADAPTKIT_LOAD_PLUGINS", "global,mx")
    folder = tmp_path / "lib" / "note"
    folder.mkdir(parents=True)
    document = docx.Document()
    document.add_paragraph("Note for {{ org }} in {{ region.code }}/{{ locale }}")
    document.save(str(folder / "template.docx"))
    (folder / "template.yaml").write_text("id: note\ntitle: Note\nkind: manual\nversion: '1'\nvariables:\n"
                                          "  org: {type: string, required: true, description: Who}\n"
                                          "sample: {org: Example Network}\n", encoding="utf-8")
    (tmp_path / "adaptkit_plugins").mkdir()
    (tmp_path / "adaptkit_plugins" / "mx.py").write_text(REGION_PLUGIN, encoding="utf-8")
    return tmp_path


def outputs(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.docx"))


def test_all_builds_every_region_and_locale_in_workers(run_cli, setup: Path):
    result = run_cli("--library", "lib", "build", "--all", "--template", "note", "--sample", "-j", "2", "-o", "out")
    assert result.exit_code == 0, result.output
    assert outputs(setup / "out") == ["global/en/note.docx", "global/es/note.docx", "global/fr/note.docx",
                                      "global/ru/note.docx", "global/zh/note.docx", "mx/en/note.docx",
                                      "mx/fr/note.docx", "mx/sn/fr/note.docx"]
    text = docx.Document(str(setup / "out" / "mx" / "sn" / "fr" / "note.docx")).paragraphs[0].text
    assert text == "Note for Example Network in mx/sn/fr"
    assert "8 built, 0 unchanged, 0 failed" in result.output
    assert "[1/8] built" in result.stderr  # plain progress lines when not on a terminal


def test_unchanged_outputs_are_skipped_until_an_input_changes(run_cli, setup: Path):
    assert run_cli("--library", "lib", "build", "--all", "--template", "note", "--sample", "--region", "mx", "-o", "out").exit_code == 0
    again = run_cli("--library", "lib", "build", "--all", "--template", "note", "--sample", "--region", "mx", "-o", "out")
    assert "0 built, 3 unchanged, 0 failed" in again.output
    changed = run_cli("--library", "lib", "build", "--all", "--template", "note", "--sample", "--region", "mx", "-o", "out",
                      "--set", "org=Other Network")
    assert "3 built, 0 unchanged" in changed.output
    (setup / "adaptkit_plugins" / "mx.py").write_text(REGION_PLUGIN.replace("Senegal", "Sénégal"), encoding="utf-8")
    plugin_changed = run_cli("--library", "lib", "build", "--all", "--template", "note", "--sample", "--region", "mx", "-o", "out",
                             "--set", "org=Other Network")
    assert "3 built, 0 unchanged" in plugin_changed.output
    forced = run_cli("--library", "lib", "build", "--all", "--template", "note", "--sample", "--region", "mx", "-o", "out",
                     "--set", "org=Other Network", "--force")
    assert "3 built, 0 unchanged" in forced.output


def test_one_locale_across_regions(run_cli, setup: Path):
    result = run_cli("--library", "lib", "build", "--all", "--template", "note", "--sample", "--locale", "fr", "-o", "out")
    assert result.exit_code == 0, result.output
    assert outputs(setup / "out") == ["global/fr/note.docx", "mx/fr/note.docx", "mx/sn/fr/note.docx"]


def test_failures_exit_1_and_stop_unless_keep_going(run_cli, setup: Path):
    stopped = run_cli("--library", "lib", "build", "--all", "--template", "note", "--region", "mx", "-o", "out")  # no --sample: no org
    assert stopped.exit_code == 1
    assert "1 failed" in stopped.output and "not run" in stopped.output
    assert "failed: mx/en/note: note: missing required value: org" in stopped.output
    going = run_cli("--library", "lib", "build", "--all", "--template", "note", "--region", "mx", "-o", "out", "--keep-going")
    assert going.exit_code == 1 and "0 built, 0 unchanged, 3 failed" in going.output
    assert outputs(setup / "out") == []


def test_an_interrupted_run_leaves_no_partial_file(setup: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(setup)
    spec = MatrixSpec(BuildSpec("", use_sample=True, libraries=[setup / "lib"]), templates="note",
                      output_dir=setup / "out")
    seen = []

    def progress(result, done, total):
        seen.append(result.status)
        if done == 2:
            raise KeyboardInterrupt

    outcome = run(spec, load_plugins([]), progress=progress)
    assert outcome.interrupted and outcome.failed
    assert len(outputs(setup / "out")) == 2
    assert not list((setup / "out").rglob("*.part"))
    assert outcome.count("not run") == 6
    again = run(spec, load_plugins([]))  # the manifest remembers what was finished
    assert again.count("unchanged") == 2 and again.count("built") == 6


def test_usage(run_cli, setup: Path):
    assert run_cli("build").exit_code == 2
    mixed = run_cli("--library", "lib", "build", "note", "--all")
    assert mixed.exit_code == 2 and "use --template ID" in mixed.output


@pytest.fixture
def run_cli(run):
    return run
