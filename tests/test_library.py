from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adaptkit.errors import LibraryError
from adaptkit.library import bundled_library, find_template, list_templates


def test_bundled_templates_are_complete():
    templates = {t.id: t for t in list_templates([bundled_library()])}
    assert {"code-of-conduct", "budget-workplan"} <= set(templates)
    for template in templates.values():
        assert template.title and template.description and template.version
        assert template.sample, f"{template.id} ships sample values"
        for variable in template.variables:
            assert variable.description, f"{template.id}: {variable.name} is described"
            assert variable.required or variable.default is not None, f"{template.id}: {variable.name}"


def make_library(tmp_path: Path, yaml_text: str) -> Path:
    folder = tmp_path / "lib" / "mine"
    folder.mkdir(parents=True)
    shutil.copy(bundled_library() / "code-of-conduct" / "template.docx", folder / "template.docx")
    (folder / "template.yaml").write_text(yaml_text, encoding="utf-8")
    return tmp_path / "lib"


def test_an_extra_library_comes_first(tmp_path: Path):
    library = make_library(tmp_path, "id: mine\ntitle: Mine\nkind: sheet\nversion: '3'\n")
    template = find_template("mine", [library, bundled_library()])
    assert (template.title, template.kind, template.version) == ("Mine", "sheet", "3")


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("id: mine\n  title: [", "not valid YAML"),
        ("id: mine\nkind: leaflet\n", "kind must be one of manual, sheet"),
        ("id: mine\nvariables:\n  a: {type: colour}\n", "variable 'a' has unknown type 'colour'"),
        ("- just\n- a list\n", "expected a mapping"),
    ],
)
def test_bad_metadata_names_the_file(tmp_path: Path, yaml_text: str, message: str):
    library = make_library(tmp_path, yaml_text)
    with pytest.raises(LibraryError, match=message) as caught:
        find_template("mine", [library])
    assert "template.yaml" in str(caught.value)


def test_unknown_id_suggests_the_nearest():
    with pytest.raises(LibraryError, match="did you mean 'budget-workplan'"):
        find_template("budget-workplna", [bundled_library()])
