"""Generate template_library/budget-workplan/template.docx.

    python tools/templates/make_budget_workplan.py

A landscape multi-donor budget and workplan. The workplan rows repeat with
``{%tr for a in activities %}``; the budget has one column per donor, built with
``{%tc for d in donors %}`` cell loops in the header, the body rows and the total
row. Variables are declared in template.yaml next to the .docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx.shared import Cm, RGBColor  # noqa: E402

import common as c  # noqa: E402
from common import ALIGN, control, numbered, para  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "template_library" / "budget-workplan" / "template.docx"

B = {"b": True}
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
TAG_ON_ACCENT = {"i": True, "color": RGBColor(0xF2, 0xD0, 0xD6), "size": 8}
TAG_IN_BODY = {"i": True, "color": c.CONTROL, "size": 8}

# adaptkit computes the totals and shares (adaptkit.tables); the template only formats them
GRAND_TOTAL = "{{ budget.total|decimal }}"
DONOR_TOTAL = "{{ budget.by_donor[d.code]|decimal }}"
DONOR_SHARE = "{{ d.share|percent }}"


def cover(doc, width):
    para(doc, "Budget and Workplan", style="Title")
    para(doc, "{{ project.title }}", style="Subtitle")

    info = c.make_table(doc, [Cm(4.0), Cm(11.0)], rows=0, borders=False)
    for label, value in (
        ("Organisation", "{{ org.name }} ({{ org.short_name }})"),
        ("Project period", "{{ period.start|date('long') }} to {{ period.end|date('long') }}"),
        ("Currency", "All amounts in {{ currency }}"),
        ("Approved by", "The {{ governing_body }}, on {{ effective_date|date('long') }}"),
        ("Version", "{{ version }}"),
    ):
        row = c.add_row(info)
        c.cell_text(row.cells[0], (label, {"b": True, "color": c.MUTED}))
        c.cell_text(row.cells[1], value)


def narrative(doc):
    para(doc, "1. Purpose of this document", style="Heading 1")
    para(doc, "This document brings together, in one place, what {{ org.short_name }} plans to "
         "do during the project period and how each donor’s contribution pays for it. It is "
         "the reference for the secretariat, the {{ governing_body }} and the member "
         "organisations, and the basis for the financial reports to each donor.")
    para(doc, "The workplan (section 3) lists the activities and the quarters in which they take "
         "place. The budget (section 4) shows, for each budget line, the amount charged to each "
         "donor and the total. Budget lines for an activity carry the activity’s code, so that "
         "every cost can be traced to the work it pays for; lines with codes starting with S are "
         "shared costs.")

    para(doc, "2. How costs are shared between donors", style="Heading 1")
    para(doc, "Several donors support this project, each under its own agreement. To make sure "
         "that every cost is paid once, and only once, the budget follows these rules:")
    numbered(doc, [
        [("Direct costs", B), " — the costs of a specific activity — are charged to the donor "
         "or donors shown on that budget line, in the amounts shown."],
        [("Shared costs", B), " — coordination, office, secure IT, financial management and "
         "audit — serve all activities. They are divided between donors in proportion to each "
         "donor’s share of the direct costs (the allocation key), unless a donor agreement "
         "fixes a different amount."],
        "The allocation key is calculated when the budget is approved and again at the end of "
        "each quarter, using the direct costs actually spent. The calculation is kept with the "
        "accounts.",
        "An invoice or receipt is never charged to more than one donor, unless it is split in "
        "writing and the share of each donor is shown.",
        "Moving more than {{ reallocation_limit_percent }} percent of a budget line to another "
        "line needs the approval of the {{ governing_body }} and, where the agreement requires "
        "it, of the donor concerned.",
    ])
    para(doc, "Example: if one donor funds 60 percent of the direct costs and a second donor "
         "40 percent, a shared audit fee of 5,000 {{ currency }} is charged 3,000 to the first "
         "donor and 2,000 to the second.", style="Note")

    control(doc, "{%p if sections.fiscal_hosting %}")
    para(doc, "The project’s funds are received and held by a fiscal host on behalf of "
         "{{ org.short_name }}. The fiscal host’s fee is shown as a separate shared-cost line, "
         "and the host’s financial rules apply to payments. Decisions about activities and "
         "budget priorities remain with {{ org.short_name }}, and the host has no access to "
         "personal data of community members collected in the project.")
    control(doc, "{%p endif %}")


def workplan(doc, width):
    para(doc, "3. Workplan", style="Heading 1")
    para(doc, "● marks the quarters in which an activity takes place. Q1 to Q4 are the quarters "
         "of the project period, counted from {{ period.start }}.", style="Note", keep_next=True)

    q = Cm(1.7)
    widths = [Cm(2.0), Cm(0), q, q, q, q, Cm(5.2)]
    widths[1] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    center = ALIGN.CENTER
    c.header_row(t, ["Code", "Activity", "Q1", "Q2", "Q3", "Q4", "Responsible"],
                 aligns=[None, None, center, center, center, center, None])

    c.control_row(t, "{%tr for a in activities %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ a.code }}", B))
    c.cell_text(row.cells[1], "{{ a.title }}")
    for i in range(1, 5):
        c.cell_text(row.cells[1 + i], (f"{{{{ '●' if {i} in a.quarters else '' }}}}",
                                       {"color": c.ACCENT}), align=center)
    c.cell_text(row.cells[6], "{{ a.responsible }}")
    c.control_row(t, "{%tr endfor %}")


def budget(doc, width):
    h = para(doc, "4. Budget", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "Amounts in {{ currency }}. There is one column for each donor; the total column "
         "adds up each line, and the total row adds up each column.", style="Note",
         keep_next=True)

    # Amount columns share one width, so that with three donors the rendered table
    # keeps the template's grid exactly, and with more or fewer donors the
    # columns stay even when the engine adjusts the grid.
    amount = Cm(3.5)
    widths = [Cm(2.0), Cm(0), amount, amount, amount, amount]
    widths[1] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    right = ALIGN.RIGHT

    head = t.rows[0]
    c.header_row(t, ["Code", "Budget line", "", ["{{ d.name }}"], "", "Total"],
                 aligns=[None, None, None, right, None, right])
    c.cell_text(head.cells[2], ("{%tc for d in donors %}", TAG_ON_ACCENT), style="Table Heading")
    c.cell_text(head.cells[4], ("{%tc endfor %}", TAG_ON_ACCENT), style="Table Heading")

    c.control_row(t, "{%tr for line in budget_lines %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ line.code }}", B))
    c.cell_text(row.cells[1], "{{ line.description }}")
    c.cell_text(row.cells[2], ("{%tc for d in donors %}", TAG_IN_BODY))
    c.cell_text(row.cells[3], "{{ line.amounts.get(d.code, 0)|decimal }}", align=right)
    c.cell_text(row.cells[4], ("{%tc endfor %}", TAG_IN_BODY))
    c.cell_text(row.cells[5], ("{{ line.total|decimal }}", B), align=right)
    c.control_row(t, "{%tr endfor %}")

    total = c.add_row(t)
    c.set_row_flags(total)
    for cell in total.cells:
        c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(total.cells[0], "")
    c.cell_text(total.cells[1], ("Total", B))
    c.cell_text(total.cells[2], ("{%tc for d in donors %}", TAG_IN_BODY))
    c.cell_text(total.cells[3], (DONOR_TOTAL, B), align=right)
    c.cell_text(total.cells[4], ("{%tc endfor %}", TAG_IN_BODY))
    c.cell_text(total.cells[5], (GRAND_TOTAL, B), align=right)

    share = c.add_row(t)
    c.set_row_flags(share)
    c.cell_text(share.cells[0], "")
    c.cell_text(share.cells[1], "Share of the budget")
    c.cell_text(share.cells[2], ("{%tc for d in donors %}", TAG_IN_BODY))
    c.cell_text(share.cells[3], DONOR_SHARE, align=right)
    c.cell_text(share.cells[4], ("{%tc endfor %}", TAG_IN_BODY))
    c.cell_text(share.cells[5], "{{ 1|percent }}", align=right)


def approval(doc, width):
    para(doc, "5. Approval and reporting", style="Heading 1", keep_next=True)
    para(doc, "This budget and workplan was approved by the {{ governing_body }} on "
         "{{ effective_date }}. The secretariat reports progress against it to the "
         "{{ governing_body }} every quarter and to the {{ assembly_name }} every year. Changes "
         "are made in a new version of this document, never by editing an approved version.",
         keep_next=True)
    para(doc, "", keep_next=True)
    sig = c.make_table(doc, [Cm(8.0), Cm(1.5), Cm(8.0)], rows=2, borders=False)
    for row in sig.rows:
        c.set_row_flags(row)
        c.cell_text(row.cells[1], "")
    for col, label in ((0, "Prepared by the secretariat (role, date)"),
                       (2, "Approved for the {{ governing_body }} (role, date)")):
        c.cell_text(sig.rows[0].cells[col], "")
        sig.rows[0].height = Cm(1.4)
        c.set_cell_bottom_border(sig.rows[0].cells[col])
        c.cell_text(sig.rows[1].cells[col], (label, {"color": c.MUTED, "size": 8.5}))
    for cell in sig.rows[0].cells:  # keep the signature lines with their labels
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


def build() -> None:
    doc, width = c.new_document(landscape=True)
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Budget and Workplan: {{ project.title }}"],
        footer_parts=["Version {{ version }} · {{ period.start }} to {{ period.end }} · "
                      "Amounts in {{ currency }}"],
    )
    cover(doc, width)
    narrative(doc)
    workplan(doc, width)
    budget(doc, width)
    para(doc, "")
    approval(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Budget and Workplan",
        subject="Multi-donor budget and workplan with quarterly activity plan",
        keywords="budget; workplan; donors; allocation key; shared costs; "
                 "sex worker-led organisations",
        category="sheet",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")
    write_sample_data()


def write_sample_data() -> None:
    """The sample values of template.yaml as the files a network fills in: a CSV per table, and a workbook."""
    import csv

    import openpyxl
    import yaml

    folder = OUT.parent / "sample-data"
    folder.mkdir(exist_ok=True)
    sample = yaml.safe_load((OUT.parent / "template.yaml").read_text(encoding="utf-8"))["sample"]
    codes = [d["code"] for d in sample["donors"]]
    tables = {
        "donors": [["code", "name"]] + [[d["code"], d["name"]] for d in sample["donors"]],
        "activities": [["code", "title", "quarters", "responsible"]]
        + [[a["code"], a["title"], ",".join(str(q) for q in a["quarters"]), a["responsible"]]
           for a in sample["activities"]],
        "budget_lines": [["code", "description", *codes]]
        + [[line["code"], line["description"], *[line["amounts"].get(code, 0) for code in codes]]
           for line in sample["budget_lines"]],
    }
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in tables.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream, lineterminator="\n").writerows(rows)
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    c.save_workbook(book, folder / "budget-workplan.xlsx")
    (folder / "README.md").write_text(SAMPLE_README, encoding="utf-8")
    print(f"wrote {folder.relative_to(ROOT)}")


SAMPLE_README = """# Sample data for the budget and workplan

The sample values of `template.yaml`, as the files you fill in: `donors.csv`
(`code`, `name`), `activities.csv` (`code`, `title`, `quarters` such as `1,3`,
`responsible`) and `budget_lines.csv` (`code`, `description`, then one column per
donor code with its amount), or the same three tables as sheets of
`budget-workplan.xlsx`. Write plain numbers; adaptkit adds up each line, each
donor and the whole budget, and works out each donor's share.

```sh
adaptkit build budget-workplan --sample \\
    --data template_library/budget-workplan/sample-data/budget-workplan.xlsx -o build/budget-workplan.docx
```
"""


if __name__ == "__main__":
    build()
