"""Generate template_library/national-report/template.docx and its sample data files.

    python tools/templates/make_national-report.py

A landscape reporting sheet: a national member organisation's report to its
regional network for one period. The activities, indicators and (optional)
funds tables repeat their rows with ``{%tr for ... %}``; every total, share,
variance and progress figure comes from the values adaptkit computes from the
tables (see ``adaptkit.tables``), except the participant and organisation
counts, which the template adds up itself. Variables are declared in
template.yaml next to the .docx.

The script also writes ``sample-data/``: the sample tables of template.yaml
(its ``sample:`` values are the single source) as one CSV file per table and as
one XLSX workbook with a sheet per table, so that a build with the files gives
the same document as a build with ``--sample`` alone.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # noqa: E402
from docx.shared import Cm  # noqa: E402

import common as c  # noqa: E402
from common import ALIGN, bullets, control, para  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "template_library" / "national-report"
OUT = FOLDER / "template.docx"
DATA = FOLDER / "sample-data"
WORKBOOK = DATA / "national-report-data.xlsx"

B = {"b": True}
LABEL = {"b": True, "color": c.MUTED}
RIGHT, CENTER = ALIGN.RIGHT, ALIGN.CENTER

# Counts the template adds up itself: CSV cells arrive as text, so each value is
# made a whole number first (an empty cell counts as 0). Money, shares,
# variances and progress are never computed here: adaptkit computes them.
TOTAL_PARTICIPANTS = "{{ activities|map(attribute='participants')|map('int')|sum|decimal }}"
TOTAL_ORGANISATIONS = "{{ activities|map(attribute='organisations')|map('int')|sum|decimal }}"
DASH = "—"


# --------------------------------------------------------------------------
# Helpers of this template
# --------------------------------------------------------------------------


def total_row(table, cells):
    """A shaded total row; ``cells`` gives (parts, align) for each column."""
    row = c.add_row(table)
    c.set_row_flags(row)
    for cell, (parts, align) in zip(row.cells, cells):
        c.shade_cell(cell, c.TINT_HEX)
        parts = parts if isinstance(parts, list) else [parts]
        c.cell_text(cell, *parts, align=align)
    return row


def body_row(table, cells):
    """The looped row between ``{%tr for %}`` and ``{%tr endfor %}``."""
    row = c.add_row(table)
    c.set_row_flags(row)
    for cell, (parts, align) in zip(row.cells, cells):
        parts = parts if isinstance(parts, list) else [parts]
        c.cell_text(cell, *parts, align=align)
    return row


def callout(doc, *parts):
    p = para(doc, *parts, style="Callout")
    c.shade_paragraph(p)
    return p


# --------------------------------------------------------------------------
# The document
# --------------------------------------------------------------------------


def cover(doc):
    para(doc, "National Activity Report", style="Title")
    para(doc, "{{ org.name }} ({{ org.short_name }}), {{ country.name }}", style="Subtitle")

    info = c.make_table(doc, [Cm(4.2), Cm(14.0)], rows=0, borders=False)
    for label, value in (
        ("Reporting organisation", "{{ org.name }} ({{ org.short_name }})"),
        ("Country", "{{ country.name }}"),
        ("Reporting to", "{{ network.name }} ({{ network.short_name }})"),
        ("Reporting period", "{{ period.start|date('long') }} to {{ period.end|date('long') }}"),
        ("Prepared by", "{{ prepared_by }}"),
        ("Reviewed by", "The {{ governing_body }}, on {{ report_date|date('long') }}"),
        ("Amounts", "In {{ currency }}"),
        ("Report form", "Version {{ version }}"),
    ):
        row = c.add_row(info)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], value)

    para(doc, "")
    callout(doc, ("Write about groups and numbers, never about individuals. ", B),
            "This report must not name or identify any sex worker: no names, photos, exact "
            "places, phone numbers or other details by which a person could be recognised. "
            "{{ network.short_name }} brings the national reports together in a regional report "
            "to its members and to the {{ assembly_name }}, and shares figures with donors only "
            "in that summary form.")


def summary(doc):
    para(doc, "Summary of the period", style="Heading 1")
    para(doc, "From {{ period.start|date('long') }} to {{ period.end|date('long') }}, "
         "{{ org.short_name }} carried out {{ activities|length }} activities, with "
         + TOTAL_PARTICIPANTS + " participants in all, and reached " + TOTAL_ORGANISATIONS
         + " organisations. The details are in the tables below.")
    para(doc, "Highlights", style="Heading 2")
    para(doc, "The most important results and changes of the period:", style="Note",
         keep_next=True)
    para(doc, "{{ highlights|trim }}")


def activities(doc, width):
    para(doc, "Activities carried out", style="Heading 1")
    para(doc, "● marks the quarters in which work on the activity took place; Q1 starts on "
         "{{ period.start|date('long') }}. Participants and organisations are counted once per "
         "activity, so a person who took part in two activities is counted twice.",
         style="Note", keep_next=True)

    q = Cm(1.1)
    widths = [Cm(1.5), Cm(0), q, q, q, q, Cm(2.6), Cm(2.9), Cm(4.6)]
    widths[1] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Code", "Activity", "Q1", "Q2", "Q3", "Q4", "Participants",
                     "Organisations reached", "Countries"],
                 aligns=[None, None, CENTER, CENTER, CENTER, CENTER, RIGHT, RIGHT, None])
    c.control_row(t, "{%tr for a in activities %}")
    quarter = [(("{{ '●' if %d in a.quarters else '' }}" % i, {"color": c.ACCENT}), CENTER)
               for i in range(1, 5)]
    body_row(t, [(("{{ a.code }}", B), None), ("{{ a.title }}", None), *quarter,
                 ("{{ a.participants|int|decimal }}", RIGHT),
                 ("{{ a.organisations|int|decimal }}", RIGHT),
                 ("{{ a.countries }}", None)])
    c.control_row(t, "{%tr endfor %}")
    total_row(t, [("", None), (("Total", B), None), ("", None), ("", None), ("", None),
                  ("", None), ((TOTAL_PARTICIPANTS, B), RIGHT), ((TOTAL_ORGANISATIONS, B), RIGHT),
                  ("", None)])


def indicators(doc, width):
    para(doc, "Progress against indicators", style="Heading 1")
    para(doc, "Progress is the share of the way from the baseline to the target covered by the "
         "actual value: 0% means no change since the baseline, 100% means the target is "
         "reached. A dash means the indicator has not been measured yet.",
         style="Note", keep_next=True)

    n = Cm(2.1)
    widths = [Cm(1.5), Cm(0), n, n, n, n, Cm(6.4)]
    widths[1] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Code", "Indicator", "Baseline", "Target", "Actual", "Progress", "Comment"],
                 aligns=[None, None, RIGHT, RIGHT, RIGHT, RIGHT, None])
    c.control_row(t, "{%tr for i in indicators %}")
    measured = "i.get('actual') is not none"
    body_row(t, [
        (("{{ i.code }}", B), None),
        ("{{ i.indicator }}", None),
        ("{{ i.baseline|decimal }}", RIGHT),
        ("{{ i.target|decimal }}", RIGHT),
        (f"{{{{ i.actual|decimal if {measured} else '{DASH}' }}}}", RIGHT),
        ((f"{{{{ i.progress|percent if i.progress is defined else '{DASH}' }}}}", B), RIGHT),
        (("{{ i.get('comment') or '' }}", {"color": c.MUTED}), None),
    ])
    c.control_row(t, "{%tr endfor %}")


def funds(doc, width):
    control(doc, "{%p if sections.funds and budget_lines %}")
    h = para(doc, "Funds: budget and spending", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "Amounts in {{ currency }}. Remaining is the budget minus what was spent; a "
         "negative amount means more was spent than planned, which is explained under "
         "challenges.", style="Note", keep_next=True)
    para(doc, "By budget line", style="Heading 2")

    money = Cm(3.4)
    widths = [Cm(1.5), Cm(0), money, money, money, Cm(2.6)]
    widths[1] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Code", "Budget line", "Budget", "Spent", "Remaining", "Remaining share"],
                 aligns=[None, None, RIGHT, RIGHT, RIGHT, RIGHT])
    c.control_row(t, "{%tr for line in budget_lines %}")
    body_row(t, [
        (("{{ line.code }}", B), None),
        ("{{ line.description }}", None),
        ("{{ line.total|currency(currency) }}", RIGHT),
        ("{{ line.actual_total|currency(currency) }}", RIGHT),
        ("{{ line.variance|currency(currency) }}", RIGHT),
        ("{{ line.variance_share|percent }}", RIGHT),
    ])
    c.control_row(t, "{%tr endfor %}")
    total_row(t, [
        ("", None), (("Total", B), None),
        (("{{ budget.total|currency(currency) }}", B), RIGHT),
        (("{{ budget.actual_total|currency(currency) }}", B), RIGHT),
        (("{{ budget.variance|currency(currency) }}", B), RIGHT),
        (("{{ budget.variance_share|percent }}", B), RIGHT),
    ])

    para(doc, "")
    para(doc, "By donor", style="Heading 2")
    widths = [Cm(0), money, Cm(2.6), money, money]
    widths[0] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Donor", "Budget", "Share of budget", "Spent", "Remaining"],
                 aligns=[None, RIGHT, RIGHT, RIGHT, RIGHT])
    c.control_row(t, "{%tr for d in donors %}")
    body_row(t, [
        ("{{ d.name }}", None),
        ("{{ d.total|currency(currency) }}", RIGHT),
        ("{{ d.share|percent }}", RIGHT),
        ("{{ d.actual|currency(currency) }}", RIGHT),
        ("{{ d.variance|currency(currency) }}", RIGHT),
    ])
    c.control_row(t, "{%tr endfor %}")
    total_row(t, [
        (("Total", B), None),
        (("{{ budget.total|currency(currency) }}", B), RIGHT),
        ("", None),
        (("{{ budget.actual_total|currency(currency) }}", B), RIGHT),
        (("{{ budget.variance|currency(currency) }}", B), RIGHT),
    ])
    control(doc, "{%p endif %}")


def narrative(doc):
    h = para(doc, "Challenges", style="Heading 1")
    h.paragraph_format.page_break_before = True  # the narrative part starts on a page of its own
    para(doc, "What made the work harder in the period, how {{ org.short_name }} responded, and "
         "any spending that differs from the budget:", style="Note", keep_next=True)
    para(doc, "{{ challenges|trim }}")

    para(doc, "Safety and security incidents", style="Heading 1")
    para(doc, "Incidents recorded in the period: ", ("{{ safety_incidents.count }}", B),
         keep_next=True)
    para(doc, "{{ safety_incidents.summary|trim }}")
    callout(doc, ("Do not wait for this report in an emergency. ", B),
            "Tell {{ network.short_name }} about an urgent incident at once, through the secure "
            "channel agreed with the network. Describe what happened, how {{ org.short_name }} "
            "responded and what support is needed; leave out anything that could identify a sex "
            "worker, a peer educator or a place where sex workers meet.")

    para(doc, "Plans for the next period", style="Heading 1")
    control(doc, "{%p for plan in next_plans %}")
    bullets(doc, ["{{ plan }}"])
    control(doc, "{%p endfor %}")

    control(doc, "{%p if sections.support_requests and support_needed %}")
    para(doc, "Support we ask of {{ network.short_name }}", style="Heading 1")
    control(doc, "{%p for request in support_needed %}")
    bullets(doc, ["{{ request }}"])
    control(doc, "{%p endfor %}")
    control(doc, "{%p endif %}")

    control(doc, "{#p anchor regional_annex #}")


def sign_off(doc):
    para(doc, "Sign-off", style="Heading 1", keep_next=True)
    para(doc, "The {{ governing_body }} of {{ org.short_name }} reviewed this report on "
         "{{ report_date|date('long') }} and sent it to {{ network.short_name }}.",
         keep_next=True)
    para(doc, "", keep_next=True)
    sig = c.make_table(doc, [Cm(8.0), Cm(1.5), Cm(8.0)], rows=2, borders=False)
    for row in sig.rows:
        c.set_row_flags(row)
        c.cell_text(row.cells[1], "")
    sig.rows[0].height = Cm(1.4)
    for col, label in ((0, "Prepared by the {{ prepared_by }} (signature, date)"),
                       (2, "For the {{ governing_body }} (role, signature, date)")):
        c.cell_text(sig.rows[0].cells[col], "")
        c.set_cell_bottom_border(sig.rows[0].cells[col])
        c.cell_text(sig.rows[1].cells[col], (label, {"color": c.MUTED, "size": 8.5}))
    for cell in sig.rows[0].cells:  # keep the signature lines with their labels
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


def build_docx() -> None:
    doc, width = c.new_document(landscape=True)
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — National Activity Report"],
        footer_parts=["Version {{ version }} · {{ period.start|date('long') }} to "
                      "{{ period.end|date('long') }} · {{ network.short_name }}"],
    )
    cover(doc)
    summary(doc)
    activities(doc, width)
    indicators(doc, width)
    funds(doc, width)
    narrative(doc)
    sign_off(doc)
    c.set_metadata(
        doc,
        title="{{ org.name }} National Activity Report",
        subject="A national member organisation's activity report to its regional network",
        keywords="activity report; indicators; participants; safety incidents; "
                 "sex worker-led organisations",
        category="sheet",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


# --------------------------------------------------------------------------
# Sample data files, from the sample values in template.yaml
# --------------------------------------------------------------------------


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # quarters
        return ",".join(str(v) for v in value)
    return str(value)


def sample_tables() -> dict[str, tuple[list[str], list[list]]]:
    """Each table of the sample as (header, rows), in the layout a user fills in."""
    sample = yaml.safe_load((FOLDER / "template.yaml").read_text(encoding="utf-8"))["sample"]
    codes = [d["code"] for d in sample["donors"]]
    tables = {
        "activities": ["code", "title", "quarters", "participants", "organisations", "countries"],
        "indicators": ["code", "indicator", "baseline", "target", "actual", "comment"],
        "donors": ["code", "name"],
    }
    out = {}
    for name, header in tables.items():
        rows = []
        for item in sample[name]:
            row = []
            for column in header:
                value = item.get(column)
                row.append(_text(value) if column in ("quarters",) else value)
            rows.append(row)
        out[name] = (header, rows)
    header = ["code", "description", *codes, *[f"actual:{code}" for code in codes]]
    rows = [[line["code"], line["description"], *[line["amounts"][code] for code in codes],
             *[line["actuals"][code] for code in codes]] for line in sample["budget_lines"]]
    out["budget_lines"] = (header, rows)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    path.write_text(buf.getvalue(), encoding="utf-8")


def write_workbook(path: Path, tables: dict) -> None:
    """One sheet per table, header row in bold and frozen."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, (header, rows) in tables.items():
        sheet = book.create_sheet(name)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor=c.ACCENT_HEX)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(header, 1):
            longest = max(len(str(v)) for v in [column, *[r[index - 1] for r in rows]] if v is not None)
            sheet.column_dimensions[get_column_letter(index)].width = min(max(10, longest + 2), 70)
    c.save_workbook(book, path)


README = """\
# Sample data for the National Activity Report

These files hold the same sample values as `template.yaml`, in the form a
member organisation fills in: one CSV file per table, or all four tables in one
workbook (`national-report-data.xlsx`, one sheet per table). Keep the first
row (the column names) as it is; add or remove rows freely.

| table | columns |
|---|---|
| `activities` | code, title, quarters (`"1,3"`), participants, organisations, countries |
| `indicators` | code, indicator, baseline, target, actual (empty if not measured yet), comment |
| `donors` | code, name |
| `budget_lines` | code, description, one column per donor code (budget), one `actual:<CODE>` column per donor (spent) |

Write plain numbers (`1250.50`, no currency signs or thousands separators) and
whole numbers for participants and organisations. adaptkit computes the totals,
shares, remaining amounts and indicator progress.

Build from the repository root with the CSV files:

```sh
adaptkit build national-report --sample \\
    --data template_library/national-report/sample-data/activities.csv \\
    --data template_library/national-report/sample-data/indicators.csv \\
    --data template_library/national-report/sample-data/donors.csv \\
    --data template_library/national-report/sample-data/budget_lines.csv \\
    -o build/national-report.docx
```

or with the workbook:

```sh
adaptkit build national-report --sample \\
    --data template_library/national-report/sample-data/national-report-data.xlsx \\
    -o build/national-report.docx
```

`--sample` supplies the other values (names, dates, free text); for a real
report give them in a YAML file with `--data report.yaml` (see
`adaptkit show national-report`) and leave `--sample` out. Without
`donors.csv` and `budget_lines.csv` the funds section is left out.
"""


def build_data() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    tables = sample_tables()
    for name, (header, rows) in tables.items():
        write_csv(DATA / f"{name}.csv", header, rows)
    write_workbook(WORKBOOK, tables)
    (DATA / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {DATA.relative_to(ROOT)}/: {', '.join(sorted(p.name for p in DATA.iterdir()))}")


if __name__ == "__main__":
    build_docx()
    build_data()
