from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from adaptkit.context import build_context, load_data_file, parse_assignments
from adaptkit.errors import DataError
from adaptkit.library import Section, Template, Variable


def template() -> Template:
    return Template(
        id="t",
        path=Path("t.docx"),
        title="T",
        version="2.1",
        variables=(
            Variable("org.name", required=True),
            Variable("org.country", default="Kenya"),
            Variable("quorum", "integer", default=5),
            Variable("adopted", "date"),
            Variable("public", "boolean", default=False),
        ),
        sections=(Section("fiscal_hosting", False),),
    )


def test_dotted_assignments_nest():
    assert parse_assignments(["org.name=A = B", "year=2027"]) == {"org": {"name": "A = B"}, "year": "2027"}


@pytest.mark.parametrize("bad", ["novalue", "=x", "org..name=x"])
def test_bad_assignment_is_an_error(bad):
    with pytest.raises(DataError, match="is not key=value"):
        parse_assignments([bad])


def test_layers_merge_in_order_and_types_follow_the_declaration():
    context = build_context(
        template(),
        [{"org": {"name": "From data", "country": "Uganda"}}, parse_assignments(["org.name=From set", "quorum=7",
                                                                                  "adopted=2026-05-01", "public=yes"])],
    )
    assert context["org"] == {"name": "From set", "country": "Uganda"}
    assert context["quorum"] == 7
    assert context["adopted"] == dt.date(2026, 5, 1)
    assert context["public"] is True
    assert context["sections"] == {"fiscal_hosting": False}
    assert context["version"] == "2.1"


def test_missing_required_values_are_listed_together():
    tpl = Template(id="t", path=Path("t.docx"), title="T",
                   variables=(Variable("a", required=True), Variable("b.c", required=True), Variable("d")))
    with pytest.raises(DataError) as caught:
        build_context(tpl, [])
    assert "missing required values: a, b.c" in str(caught.value)


def test_wrong_type_names_the_variable():
    with pytest.raises(DataError, match="quorum must be a integer, not 'many'"):
        build_context(template(), [{"org": {"name": "x"}, "quorum": "many"}])


def test_data_files(tmp_path: Path):
    (tmp_path / "d.yaml").write_text("org:\n  name: Réseau\n", encoding="utf-8")
    (tmp_path / "d.json").write_text('{"org": {"name": "Сеть"}}', encoding="utf-8")
    (tmp_path / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    assert load_data_file(tmp_path / "d.yaml") == {"org": {"name": "Réseau"}}
    assert load_data_file(tmp_path / "d.json") == {"org": {"name": "Сеть"}}
    with pytest.raises(DataError, match="expected a mapping"):
        load_data_file(tmp_path / "list.yaml")
    with pytest.raises(DataError, match="data file not found"):
        load_data_file(tmp_path / "missing.yaml")


def test_optional_values_without_default_start_empty():
    tpl = Template(id="t", path=Path("t.docx"), title="T",
                   variables=(Variable("note"), Variable("items", "list"), Variable("extra", "mapping"),
                              Variable("count", "integer")))
    context = build_context(tpl, [])
    assert context["note"] == "" and context["items"] == [] and context["extra"] == {}
    assert "count" not in context
