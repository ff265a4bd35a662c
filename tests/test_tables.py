"""Sheet data from CSV and XLSX: totals, shares and variances computed, bad cells located."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

TEMPLATE_LINES = [
    "{%p for line in budget_lines %}",
    "{{ line.code }}: {{ line.total|decimal }} budget, {{ line.actual_total|decimal }} spent, "
    "{{ line.variance|decimal }} left ({{ line.variance_share|percent }})",
    "{%p endfor %}",
    "{%p for d in donors %}",
    "{{ d.name }}: {{ d.total|decimal }} = {{ d.share|percent }}",
    "{%p endfor %}",
    "Total {{ budget.total|decimal }}, spent {{ budget.actual_total|decimal }}",
    "{%p for a in activities %}",
    "{{ a.code }} in quarters {{ a.quarters|join('+') }}",
    "{%p endfor %}",
    "{%p for i in indicators %}",
    "{{ i.indicator }}: {{ i.progress|percent }}",
    "{%p endfor %}",
]


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    document = docx.Document()
    for line in TEMPLATE_LINES:
        document.add_paragraph(line)
    document.save(str(tmp_path / "sheet.docx"))
    (tmp_path / "donors.csv").write_text("code,name\nGF,Example Fund\nRF,Red Umbrella Demo\n", encoding="utf-8")
    (tmp_path / "budget_lines.csv").write_text(
        "code,description,GF,RF,actual:GF,actual:RF\nA1,Meeting,6000,2000,5000,2500\nA2,Grants,4000,,3000,\n",
        encoding="utf-8")
    (tmp_path / "activities.csv").write_text("code,title,quarters,responsible\nA1,Meeting,\"1,3\",Coordinator\n")
    (tmp_path / "indicators.yaml").write_text("indicators:\n  - {indicator: Members trained, baseline: 10, "
                                              "target: 50, actual: 30}\n", encoding="utf-8")
    return tmp_path


def data_args(folder: Path, *names: str) -> list[str]:
    args = []
    for name in names:
        args += ["--data", str(folder / name)]
    return args


def test_csv_tables_are_computed(run, sheet: Path):
    result = run("build", "sheet.docx", *data_args(sheet, "donors.csv", "budget_lines.csv", "activities.csv",
                                                   "indicators.yaml"), "-o", "out.docx")
    assert result.exit_code == 0, result.output
    text = [p.text for p in docx.Document(str(sheet / "out.docx")).paragraphs]
    assert text == [
        "A1: 8,000 budget, 7,500 spent, 500 left (6%)",
        "A2: 4,000 budget, 3,000 spent, 1,000 left (25%)",
        "Example Fund: 10,000 = 83%",
        "Red Umbrella Demo: 2,000 = 17%",
        "Total 12,000, spent 10,500",
        "A1 in quarters 1+3",
        "Members trained: 50%",
    ]


def workbook(path: Path, budget_rows: list[list], donors: list[list] | None = None) -> Path:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "donors"
    for row in donors or [["code", "name"], ["GF", "Example Fund"], ["RF", "Red Umbrella Demo"]]:
        first.append(row)
    lines = book.create_sheet("budget_lines")
    for row in budget_rows:
        lines.append(row)
    book.save(path)
    return path


def test_xlsx_workbook_one_table_per_sheet(run, sheet: Path):
    workbook(sheet / "budget.xlsx", [["code", "description", "GF", "RF", "share:GF", "share:RF"],
                                     ["S1", "Office rent", 600, 400, 60, 40]])
    result = run("build", "sheet.docx", "--data", "budget.xlsx", *data_args(sheet, "activities.csv",
                                                                            "indicators.yaml"), "-o", "out.docx")
    assert result.exit_code == 0, result.output
    text = [p.text for p in docx.Document(str(sheet / "out.docx")).paragraphs]
    assert text[0] == "S1: 1,000 budget, 0 spent, 1,000 left (100%)"
    assert "Example Fund: 600 = 60%" in text


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["code", "GF"], ["A1", 100]], "budget.xlsx: sheet budget_lines: missing column 'description' in table "
                                        "budget_lines"),
        ([["code", "description", "GF", "RF"], ["A1", "Meeting", 100, "twelve"]],
         "budget.xlsx: sheet budget_lines row 2 column D (RF): 'twelve' is not a number"),
        ([["code", "description", "GF", "XX"], ["A1", "Meeting", 100, 5]],
         "budget.xlsx: sheet budget_lines row 2 column D (XX): unknown donor 'XX' in budget line A1"),
        ([["code", "description", "GF", "RF", "share:GF", "share:RF"], ["S1", "Rent", 600, 400, 60, 30]],
         "budget.xlsx: sheet budget_lines row 2 column E (share:GF): the donor shares of budget line S1 add up "
         "to 90%, not 100%"),
    ],
    ids=["missing column", "non-numeric amount", "unknown donor", "shares do not add up"],
)
def test_bad_cells_are_located_and_nothing_is_written(run, sheet: Path, rows, expected):
    workbook(sheet / "budget.xlsx", rows)
    result = run("build", "sheet.docx", "--data", "budget.xlsx", "-o", "out.docx")
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1
    assert line.startswith("error: budget.xlsx: ")  # the path as the user gave it
    assert expected.split("budget.xlsx: ", 1)[1] in line
    assert not (sheet / "out.docx").exists()


def test_bad_quarters_in_csv(run, sheet: Path):
    (sheet / "activities.csv").write_text("code,title,quarters\nA1,Meeting,\"1,5\"\n", encoding="utf-8")
    result = run("build", "sheet.docx", "--data", "activities.csv", "-o", "out.docx")
    assert result.exit_code == 1
    assert "activities.csv: row 2 column C (quarters): '1,5' is not a list of quarters" in result.stderr


def test_numbers_in_local_formats_and_blank_cells(run, sheet: Path):
    (sheet / "budget_lines.csv").write_text(
        'code,description,GF,RF,comments\nA1,Meeting,"1.250,50","1 000",rooms\nA2,Grants,"2,000.25",,\n',
        encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("{%p for line in budget_lines %}")
    document.add_paragraph("{{ line.code }} {{ line.amounts.GF }} {{ line.amounts.RF }} {{ line.total }}")
    document.add_paragraph("{%p endfor %}")
    document.save(str(sheet / "lines.docx"))
    result = run("build", "lines.docx", "--data", "donors.csv", "--data", "budget_lines.csv", "-o", "out.docx")
    assert result.exit_code == 0, result.output
    assert [p.text for p in docx.Document(str(sheet / "out.docx")).paragraphs] == [
        "A1 1250.50 1000 2250.50", "A2 2000.25 0 2000.25"]


def test_plain_lists_under_table_names_are_left_alone(run, tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("{{ donors|join(', ') }}")
    document.save(str(tmp_path / "t.docx"))
    (tmp_path / "d.yaml").write_text("donors: [Fund A, Fund B]\n", encoding="utf-8")
    result = run("build", "t.docx", "--data", "d.yaml", "-o", "o.docx")
    assert result.exit_code == 0, result.output
    assert docx.Document(str(tmp_path / "o.docx")).paragraphs[0].text == "Fund A, Fund B"


@pytest.mark.parametrize("template", ["budget-workplan", "national-report", "financial-report", "narrative-report"])
def test_each_sheet_ships_sample_data_that_builds_like_its_sample(run, tmp_path: Path, template: str):
    from adaptkit.library import bundled_library

    folder = bundled_library() / template / "sample-data"
    workbooks = sorted(folder.glob("*.xlsx"))
    assert workbooks and list(folder.glob("*.csv")) and (folder / "README.md").is_file()
    assert run("build", template, "--sample", "-o", "sample.docx").exit_code == 0
    result = run("build", template, "--sample", "--data", str(workbooks[0]), "-o", "workbook.docx")
    assert result.exit_code == 0, result.output

    def tables(name: str) -> list[str]:
        return [cell.text for t in docx.Document(str(tmp_path / name)).tables for r in t.rows for cell in r.cells]

    assert tables("workbook.docx") == tables("sample.docx")
