"""Bad input gives one located line, exit 1, no traceback, and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).parent / "corpus"
CASES = yaml.safe_load((CORPUS / "cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_bad_input_is_reported_in_one_line(case, run, tmp_path: Path):
    if case.get("setup"):
        (tmp_path / case["setup"]).write_text("not a folder")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    args = [a.replace("{corpus}", str(CORPUS)).replace("{tmp}", str(tmp_path)) for a in case["args"]]

    result = run(*args)

    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    position = 0
    for expected in case["expect"]:
        found = lines[0].find(expected, position)
        assert found >= 0, f"{expected!r} not in {lines[0]!r}"
        position = found + len(expected)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before, "a failed build wrote something"


def test_failed_build_leaves_the_previous_output_untouched(run, tmp_path: Path):
    output = tmp_path / "out.docx"
    assert run("build", str(CORPUS / "good.docx"), "--set", "name=First", "-o", str(output)).exit_code == 0
    first = output.read_bytes()

    result = run("build", str(CORPUS / "undefined-variable.docx"), "-o", str(output))

    assert result.exit_code == 1
    assert output.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


def test_debug_shows_the_traceback(run):
    from click.testing import CliRunner

    from adaptkit.cli import cli
    from adaptkit.errors import AdaptkitError

    result = CliRunner().invoke(cli, ["--debug", "build", str(CORPUS / "not-a-zip.docx")])
    assert result.exit_code == 1
    assert isinstance(result.exception, AdaptkitError)
