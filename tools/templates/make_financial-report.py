"""Generate template_library/financial-report/template.docx and its sample data.

    python tools/templates/make_financial-report.py

A landscape financial report for one period: budget against what was spent,
by donor (one row per donor) and by budget line (two rows per line, "Budget"
and "Spent", with one column per donor from ``{%tc for d in donors %}``), the
lines whose difference from the budget is above ``variance_threshold`` with
their explanation (``{%tr if line.variance_share|abs > variance_threshold %}``),
the cash position, an optional table of progress on results, and sign-off by
the treasurer and the governing body. The template never does arithmetic:
totals, shares and variances are worked out by adaptkit (``adaptkit.tables``).

The script also writes ``sample-data/``: the sample values of template.yaml
as the files a user fills in, one CSV file per table, one Excel workbook with
one sheet per table, ``report.yaml`` with the other values, and a README.
template.yaml's ``sample:`` is the single source of those files.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common as c
import yaml
from common import ALIGN, control, para
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "template_library" / "financial-report"
OUT = FOLDER / "template.docx"
SAMPLE_DATA = FOLDER / "sample-data"
WORKBOOK = "financial-report.xlsx"

B = {"b": True}
MUTED = {"color": c.MUTED}
SMALL_MUTED = {"color": c.MUTED, "size": 8.5}
TAG_ON_ACCENT = {"i": True, "color": RGBColor(0xF2, 0xD0, 0xD6), "size": 8}
TAG_IN_BODY = {"i": True, "color": c.CONTROL, "size": 8}
RIGHT, CENTER = ALIGN.RIGHT, ALIGN.CENTER

FINANCE = "{{ roles.finance }}"
TREASURER = "{{ roles.treasurer }}"
START = '{{ period.start|date("long") }}'
END = '{{ period.end|date("long") }}'
THRESHOLD = "{{ variance_threshold|percent }}"
# budget lines whose variance is above the threshold, either way (no arithmetic: a filter chain)
OVER_THRESHOLD = ('budget_lines|map(attribute="variance_share")|map("abs")'
                  '|select("gt", variance_threshold)|list')


def money(expr: str) -> str:
    """A computed amount in the build's currency and locale."""
    return f"{{{{ {expr}|currency(currency) }}}}"


def money_or_dash(mapping: str) -> str:
    """A donor's amount on a line, or a dash where the donor gives nothing to it
    (an empty cell in the CSV or workbook leaves the donor out of the mapping)."""
    return (f"{{{{ {mapping}[d.code]|currency(currency) if {mapping}.get(d.code) else \"–\" }}}}")


# --------------------------------------------------------------------------
# Small helpers of this script (common.py is shared and not changed here)
# --------------------------------------------------------------------------

# children of w:tcPr in the order the schema wants them
_TCPR_ORDER = ["w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
               "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"]


def _tcpr_insert(cell, element) -> None:
    """Put a tcPr child where the schema wants it, replacing one of the same kind."""
    tcPr = cell._tc.get_or_add_tcPr()
    tag = element.tag
    for old in tcPr.findall(tag):
        tcPr.remove(old)
    rank = {qn(name): i for i, name in enumerate(_TCPR_ORDER)}
    mine = rank[tag]
    for child in tcPr:
        if rank.get(child.tag, -1) > mine:
            child.addprevious(element)
            return
    tcPr.append(element)


def vmerge(cell, restart: bool) -> None:
    """Merge a cell with the one above it (restart=False) or start a merge (restart=True)."""
    el = OxmlElement("w:vMerge")
    if restart:
        el.set(qn("w:val"), "restart")
    _tcpr_insert(cell, el)


def top_border(cell, *, val="dotted", color="BFBFBF", size=4) -> None:
    borders = OxmlElement("w:tcBorders")
    top = OxmlElement("w:top")
    for k, v in (("w:val", val), ("w:sz", str(size)), ("w:space", "0"), ("w:color", color)):
        top.set(qn(k), v)
    borders.append(top)
    _tcpr_insert(cell, borders)




def keep_row_with_next(row) -> None:
    for cell in row.cells:
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


def fill(cell, *parts, align=None, bold=False, style="Table Text"):
    parts = [(p, B) if bold and isinstance(p, str) else p for p in parts]
    return c.cell_text(cell, *parts, style=style, align=align)


def donor_loop(row, first: int, body: str | tuple, *, on_accent=False, align=RIGHT, bold=False):
    """Cells first, first+1, first+2: ``{%tc for d in donors %}``, the donor's cell, ``{%tc endfor %}``."""
    fmt = TAG_ON_ACCENT if on_accent else TAG_IN_BODY
    style = "Table Heading" if on_accent else "Table Text"
    c.cell_text(row.cells[first], ("{%tc for d in donors %}", fmt), style=style)
    fill(row.cells[first + 1], body, align=align, bold=bold, style=style)
    c.cell_text(row.cells[first + 2], ("{%tc endfor %}", fmt), style=style)


def total_row(table):
    row = c.add_row(table)
    c.set_row_flags(row)
    for cell in row.cells:
        c.shade_cell(cell, c.TINT_HEX)
    return row


def spacer(doc, size=None):
    p = para(doc, "")
    if size is not None:
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(size)
    return p


# --------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------


def cover(doc):
    para(doc, "Financial Report", style="Title")
    para(doc, "{{ project.title }}", style="Subtitle")

    info = c.make_table(doc, [Cm(4.2), Cm(17.0)], rows=0, borders=False)
    for label, value in (
        ("Organisation", "{{ org.name }} ({{ org.short_name }})"),
        ("Reporting period", f"{START} to {END}"),
        ("Donors", '{{ donors|map(attribute="name")|format_list }}'),
        ("Currency", "All amounts in {{ currency }}"),
        ("Prepared by", f"The {FINANCE}, checked by the {TREASURER}"),
        ("Date of the report", '{{ report_date|date("long") }}'),
        ("Version", "{{ version }}"),
    ):
        row = c.add_row(info)
        c.cell_text(row.cells[0], (label, {"b": True, "color": c.MUTED}))
        c.cell_text(row.cells[1], value)


def about(doc):
    para(doc, "About this report", style="Heading 1")
    para(doc, "This report shows how {{ org.short_name }} used the money it received for the project "
         "“{{ project.title }}” between " + START + " and " + END + ". It compares the approved "
         "budget with what was actually spent, for each donor and for each budget line, explains "
         "the larger differences, and shows how much money the project held at the start and at "
         "the end of the period.")
    para(doc, "All figures come from the accounts of {{ org.short_name }}. A ", ("variance", B),
         " is the budget minus what was spent: a positive variance is money not yet spent, a "
         "negative variance is spending above the budget. Its ", ("share", B), " is the variance "
         "as a share of the budget.")
    p = para(doc, ("Safety and privacy. ", B), "This report names roles, not people. It never names "
             "sex workers who took part in activities or were paid for their work: the accounts "
             "record such payments by code, and the list of codes is kept securely by the "
             f"{FINANCE}, open only to those who need it.", style="Callout")
    c.shade_paragraph(p)


def key_figures(doc, width):
    h = para(doc, "Summary", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "In the period, {{ org.short_name }} spent " + money("budget.actual_total")
         + " of a budget of " + money("budget.total") + ".", keep_next=True)
    quarter = int(width / 4)
    t = c.make_table(doc, [quarter] * 4, rows=2, borders=False)
    for i, (label, value) in enumerate((
        ("Budget for the period", money("budget.total")),
        ("Spent in the period", money("budget.actual_total")),
        ("Variance (budget − spent)", money("budget.variance")),
        ("Variance as a share of the budget", "{{ budget.variance_share|percent }}"),
    )):
        top, bottom = t.rows[0].cells[i], t.rows[1].cells[i]
        for cell in (top, bottom):
            c.shade_cell(cell, c.TINT_HEX)
        fill(top, (label, SMALL_MUTED))
        fill(bottom, (value, {"b": True, "color": c.ACCENT, "size": 14}))
    for row in t.rows:
        c.set_row_flags(row)
    keep_row_with_next(t.rows[0])
    # white gaps between the four tiles
    tblBorders = t._tbl.tblPr.find(qn("w:tblBorders"))
    inside_v = tblBorders.find(qn("w:insideV"))
    for k, v in (("w:val", "single"), ("w:sz", "24"), ("w:space", "0"), ("w:color", "FFFFFF")):
        inside_v.set(qn(k), v)


def by_donor(doc, width):
    para(doc, "Budget and spending by donor", style="Heading 1")
    para(doc, "Each donor’s budget is the sum of its amounts on the budget lines; its share is that "
         "budget as a share of the total budget.", style="Note", keep_next=True)
    amount = Cm(3.6)
    widths = [Cm(0), amount, Cm(2.8), amount, amount]
    widths[0] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Donor", "Budget", "Share of the budget", "Spent", "Variance"],
                 aligns=[None, RIGHT, RIGHT, RIGHT, RIGHT])
    c.control_row(t, "{%tr for d in donors %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    fill(row.cells[0], ("{{ d.name }}", B), " (", "{{ d.code }}", ")")
    fill(row.cells[1], money("d.total"), align=RIGHT)
    fill(row.cells[2], "{{ d.share|percent }}", align=RIGHT)
    fill(row.cells[3], money("d.actual"), align=RIGHT)
    fill(row.cells[4], money("d.variance"), align=RIGHT)
    c.control_row(t, "{%tr endfor %}")
    total = total_row(t)
    fill(total.cells[0], "Total", bold=True)
    fill(total.cells[1], money("budget.total"), align=RIGHT, bold=True)
    fill(total.cells[2], "{{ 1|percent }}", align=RIGHT, bold=True)
    fill(total.cells[3], money("budget.actual_total"), align=RIGHT, bold=True)
    fill(total.cells[4], money("budget.variance"), align=RIGHT, bold=True)


def by_line(doc, width):
    h = para(doc, "Budget and spending by budget line", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "For each budget line, the first row shows the budget and the second what was spent, "
         "for each donor and in total; a dash means the donor has no amount on the line. Lines "
         "whose codes start with S are shared costs, divided between the donors as the budget "
         "sets out.", style="Note", keep_next=True)

    # The three donor cells ({%tc for %}, the donor, {%tc endfor %}) share one width, so
    # that with three donors the rendered table keeps the template's grid exactly.
    amount = Cm(2.9)
    widths = [Cm(1.3), Cm(0), Cm(1.5), amount, amount, amount, Cm(3.1), Cm(2.9), Cm(1.6)]
    widths[1] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    head = t.rows[0]
    c.header_row(t, ["Code", "Budget line", "", "", "", "", "Total", "Variance", "Share"],
                 aligns=[None, None, None, None, RIGHT, None, RIGHT, RIGHT, RIGHT])
    donor_loop(head, 3, "{{ d.name }}", on_accent=True)

    c.control_row(t, "{%tr for line in budget_lines %}")
    budget_row = c.add_row(t)
    spent_row = c.add_row(t)
    for row in (budget_row, spent_row):
        c.set_row_flags(row)
    keep_row_with_next(budget_row)
    # budget row
    fill(budget_row.cells[0], "{{ line.code }}", bold=True)
    fill(budget_row.cells[1], "{{ line.description }}")
    fill(budget_row.cells[2], ("Budget", MUTED))
    donor_loop(budget_row, 3, money_or_dash("line.amounts"))
    fill(budget_row.cells[6], money("line.total"), align=RIGHT)
    fill(budget_row.cells[7], money("line.variance"), align=RIGHT, bold=True)
    fill(budget_row.cells[8], "{{ line.variance_share|percent }}", align=RIGHT, bold=True)
    # spent row: code, description and the variance cells merge with the budget row
    fill(spent_row.cells[2], ("Spent", MUTED))
    donor_loop(spent_row, 3, money_or_dash("line.actuals"))
    fill(spent_row.cells[6], money("line.actual_total"), align=RIGHT)
    for i in (0, 1, 7, 8):
        vmerge(budget_row.cells[i], restart=True)
        vmerge(spent_row.cells[i], restart=False)
        c.cell_text(spent_row.cells[i], "")
    for i in (2, 3, 4, 5, 6):
        top_border(spent_row.cells[i])
    c.control_row(t, "{%tr endfor %}")

    budget_total, spent_total = total_row(t), total_row(t)
    keep_row_with_next(budget_total)
    fill(budget_total.cells[0], "")
    fill(budget_total.cells[1], "Total", bold=True)
    fill(budget_total.cells[2], ("Budget", MUTED))
    donor_loop(budget_total, 3, money("budget.by_donor[d.code]"), bold=True)
    fill(budget_total.cells[6], money("budget.total"), align=RIGHT, bold=True)
    fill(budget_total.cells[7], money("budget.variance"), align=RIGHT, bold=True)
    fill(budget_total.cells[8], "{{ budget.variance_share|percent }}", align=RIGHT, bold=True)
    fill(spent_total.cells[2], ("Spent", MUTED))
    donor_loop(spent_total, 3, money("budget.actual_by_donor[d.code]"), bold=True)
    fill(spent_total.cells[6], money("budget.actual_total"), align=RIGHT, bold=True)
    for i in (0, 1, 7, 8):
        vmerge(budget_total.cells[i], restart=True)
        vmerge(spent_total.cells[i], restart=False)
        c.cell_text(spent_total.cells[i], "")
    for i in (2, 3, 4, 5, 6):
        top_border(spent_total.cells[i])


def variances(doc, width):
    para(doc, "Explaining the differences", style="Heading 1")
    para(doc, "Every budget line whose variance is more than " + THRESHOLD + " of its budget, "
         "above or below, is explained here. {{ org.short_name }} tells the donor concerned about "
         "such a difference as soon as it is known, and asks for the donor’s agreement where the "
         "grant agreement requires it.", keep_next=True)
    control(doc, "{%p if " + OVER_THRESHOLD + " %}")
    amount = Cm(2.9)
    widths = [Cm(1.3), Cm(5.2), amount, amount, amount, Cm(1.6), Cm(0)]
    widths[-1] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Code", "Budget line", "Budget", "Spent", "Variance", "Share", "Explanation"],
                 aligns=[None, None, RIGHT, RIGHT, RIGHT, RIGHT, None])
    c.control_row(t, "{%tr for line in budget_lines %}")
    c.control_row(t, "{%tr if line.variance_share|abs > variance_threshold %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    fill(row.cells[0], "{{ line.code }}", bold=True)
    fill(row.cells[1], "{{ line.description }}")
    fill(row.cells[2], money("line.total"), align=RIGHT)
    fill(row.cells[3], money("line.actual_total"), align=RIGHT)
    fill(row.cells[4], money("line.variance"), align=RIGHT, bold=True)
    fill(row.cells[5], "{{ line.variance_share|percent }}", align=RIGHT, bold=True)
    fill(row.cells[6], '{{ line.notes|default("No explanation given yet.", true) }}')
    c.control_row(t, "{%tr endif %}")
    c.control_row(t, "{%tr endfor %}")
    control(doc, "{%p else %}")
    para(doc, "No budget line differs from its budget by more than " + THRESHOLD + ".")
    control(doc, "{%p endif %}")


def cash(doc, width):
    para(doc, "Cash position", style="Heading 1")
    para(doc, "The money held for the project at the start and at the end of the period, and what "
         "came in and went out in between.", style="Note", keep_next=True)
    t = c.make_table(doc, [Cm(12.5), Cm(4.2)], rows=0)
    for label, value, strong in (
        ("Opening balance on " + START, money("cash.opening_balance"), False),
        ("Money received in the period (+)", money("cash.received"), False),
        ("Money spent in the period (−)", money("cash.spent"), False),
        ("Closing balance on " + END, money("cash.closing_balance"), True),
    ):
        row = c.add_row(t)
        c.set_row_flags(row)
        fill(row.cells[0], label, bold=strong)
        fill(row.cells[1], value, align=RIGHT, bold=strong)
        if strong:
            for cell in row.cells:
                c.shade_cell(cell, c.TINT_HEX)
        else:
            keep_row_with_next(row)
    spacer(doc, 6)
    para(doc, "The closing balance agrees with the bank statements and the cash count on " + END
         + ". The money spent in the period is normally the total spent in the tables above, "
         + money("budget.actual_total") + "; any difference is explained here.")
    control(doc, "{%p if cash.notes %}")
    para(doc, "{{ cash.notes }}")
    control(doc, "{%p endif %}")
    control(doc, "{%p if sections.fiscal_hosting %}")
    p = para(doc, ("Fiscal host. ", B), "The project’s funds are received and held by a fiscal host "
             "on behalf of {{ org.short_name }}. The balances above are the money the host holds "
             "for {{ org.short_name }}, as the host’s statement at the end of the period confirms, "
             "and the host’s fee is a shared-cost line of the budget. Decisions on how the money "
             "is used remain with {{ org.short_name }}.", style="Callout")
    c.shade_paragraph(p)
    control(doc, "{%p endif %}")


def results(doc, width):
    control(doc, "{%p if sections.results and indicators %}")
    para(doc, "Progress on results", style="Heading 1")
    para(doc, "Donors and members read the money spent together with what it made possible. "
         "Progress is the change since the baseline as a share of the change the target asks "
         "for; a dash means no result has been measured yet.", style="Note", keep_next=True)
    num = Cm(2.4)
    widths = [Cm(2.0), Cm(0), num, num, num, num]
    widths[1] = width - sum(widths)
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Code", "Indicator", "Baseline", "Target", "Actual", "Progress"],
                 aligns=[None, None, RIGHT, RIGHT, RIGHT, RIGHT])
    c.control_row(t, "{%tr for i in indicators %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    fill(row.cells[0], '{{ i.code|default("", true) }}', bold=True)
    fill(row.cells[1], "{{ i.indicator }}")
    fill(row.cells[2], "{{ i.baseline|decimal }}", align=RIGHT)
    fill(row.cells[3], "{{ i.target|decimal }}", align=RIGHT)
    fill(row.cells[4], '{{ i.actual|decimal if i.actual is defined and i.actual is not none else "–" }}',
         align=RIGHT)
    fill(row.cells[5], ('{{ i.progress|percent if i.progress is defined else "–" }}', B), align=RIGHT)
    c.control_row(t, "{%tr endfor %}")
    control(doc, "{%p endif %}")


def sign_off(doc, width):
    para(doc, "Sign-off", style="Heading 1", keep_next=True)
    p = para(doc, ("Statement of the " + TREASURER + ". ", B), "I have checked this report against "
             "the accounts, the bank statements and the grant agreements. To the best of my "
             "knowledge it is complete and correct, and the money was used for the purposes agreed "
             "with each donor, except as explained under “Explaining the differences”.",
             style="Callout", keep_next=True)
    c.shade_paragraph(p)
    para(doc, "The " + FINANCE + " prepared this report from the accounts, the " + TREASURER
         + " checked it, and the {{ governing_body }} approved it. {{ org.short_name }} sends it to "
         "each donor as its grant agreement requires, and presents it with the annual accounts to "
         "the {{ assembly_name }}.", keep_next=True)
    spacer(doc).paragraph_format.keep_with_next = True
    col, gap = Cm(7.6), Cm(1.2)
    sig = c.make_table(doc, [col, gap, col, gap, col], rows=2, borders=False)
    for row in sig.rows:
        c.set_row_flags(row)
    c.row_height(sig.rows[0], 900)
    for i, label in ((0, "Prepared by the " + FINANCE), (2, "Checked by the " + TREASURER),
                     (4, "Approved for the {{ governing_body }}")):
        c.cell_text(sig.rows[0].cells[i], "")
        sig.rows[0].cells[i].vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
        c.set_cell_bottom_border(sig.rows[0].cells[i])
        c.cell_text(sig.rows[1].cells[i], (label, B), style="Table Text")
        sig.rows[1].cells[i].add_paragraph("Signature and date", style="Table Text").runs[0].font.color.rgb = c.MUTED
    for i in (1, 3):
        for row in sig.rows:
            c.cell_text(row.cells[i], "")
    keep_row_with_next(sig.rows[0])


def build_docx() -> None:
    doc, width = c.new_document(landscape=True)
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Financial Report: {{ project.title }}"],
        footer_parts=[("Version {{ version }} · {{ period.start|date }} to {{ period.end|date }} · "
                       "Amounts in {{ currency }}")],
    )
    cover(doc)
    about(doc)
    key_figures(doc, width)
    by_donor(doc, width)
    by_line(doc, width)
    variances(doc, width)
    cash(doc, width)
    results(doc, width)
    para(doc, "{#p anchor regional_annex #}", style="Template Control")
    sign_off(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Financial Report",
        subject="Financial report: budget against spending by donor and budget line, cash position",
        keywords="financial report; budget; actuals; variance; donors; cash position; "
                 "sex worker-led organisations",
        category="sheet",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


# --------------------------------------------------------------------------
# Sample data: the files a user fills in
# --------------------------------------------------------------------------

TABLES = ("donors", "budget_lines", "indicators")


def sample_tables(sample: dict) -> dict[str, list[list]]:
    """The sample's tables as rows of cells, the first row naming the columns."""
    codes = [d["code"] for d in sample["donors"]]
    tables: dict[str, list[list]] = {"donors": [["code", "name"]]}
    for d in sample["donors"]:
        tables["donors"].append([d["code"], d["name"]])
    lines = [["code", "description", *codes, *(f"actual:{code}" for code in codes), "notes"]]
    for line in sample["budget_lines"]:
        lines.append([line["code"], line["description"],
                      *(line["amounts"].get(code, 0) for code in codes),
                      *(line.get("actuals", {}).get(code, 0) for code in codes),
                      " ".join(str(line.get("notes", "")).split())])
    tables["budget_lines"] = lines
    columns = ["code", "indicator", "baseline", "target", "actual"]
    tables["indicators"] = [columns] + [[i.get(k, "") for k in columns] for i in sample["indicators"]]
    return tables


def write_csv(path: Path, rows: list[list]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    # with a byte order mark, so that Excel opens the file as UTF-8
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))


def write_workbook(path: Path, tables: dict[str, list[list]]) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    book = openpyxl.Workbook()
    book.remove(book.active)
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor=c.ACCENT_HEX)
    for name, rows in tables.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font, cell.fill = head_font, head_fill
        sheet.freeze_panes = "A2"
        for index, column in enumerate(rows[0], 1):
            letter = openpyxl.utils.get_column_letter(index)
            longest = max(len(str(row[index - 1])) for row in rows)
            wide = column in ("description", "indicator", "name", "notes")
            sheet.column_dimensions[letter].width = min(max(longest, len(column)) + 3, 60 if wide else 16)
            if column == "notes":
                for cell in sheet[letter][1:]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    c.save_workbook(book, path)


README = """\
# Sample data for the financial report

These are the sample values of `template.yaml` as the files you fill in for
your own report. Use either the CSV files or the workbook, not both.

| file | what it holds |
|---|---|
| `donors.csv` | one row per donor: `code`, `name` |
| `budget_lines.csv` | one row per budget line: `code`, `description`, one column per donor code with its budget ({codes}), one column `actual:<code>` per donor with what was spent, and `notes` (the explanation of a difference above the threshold) |
| `indicators.csv` | optional results: `code`, `indicator`, `baseline`, `target`, `actual` |
| `{workbook}` | the same three tables, one sheet each, named like the CSV files |
| `report.yaml` | everything that is not a table: names, period, dates, roles, threshold, cash position |

Write plain numbers (`1250.50`), without currency signs. Leave a cell empty,
or write 0, where a donor has no amount on a line. adaptkit works out every
total, share and variance; a wrong cell is reported by file, row and column.

Build the sample from the repository root:

```sh
adaptkit build financial-report --sample \\
    --data template_library/financial-report/sample-data/donors.csv \\
    --data template_library/financial-report/sample-data/budget_lines.csv \\
    --data template_library/financial-report/sample-data/indicators.csv \\
    -o build/financial-report.docx

adaptkit build financial-report --sample \\
    --data template_library/financial-report/sample-data/{workbook} -o build/financial-report.docx
```

For your own report, copy this folder, change the files, and build without
`--sample`: `--data report.yaml --data {workbook}` (or the CSV files), plus
`--region` and `--locale` for your region and language.
"""


def build_sample_data() -> None:
    sample = yaml.safe_load((FOLDER / "template.yaml").read_text(encoding="utf-8"))["sample"]
    SAMPLE_DATA.mkdir(parents=True, exist_ok=True)
    tables = sample_tables(sample)
    for name, rows in tables.items():
        write_csv(SAMPLE_DATA / f"{name}.csv", rows)
    write_workbook(SAMPLE_DATA / WORKBOOK, tables)
    values = {k: v for k, v in sample.items() if k not in TABLES}
    text = ("# The values of the financial report that are not tables (see README.md).\n"
            + yaml.safe_dump(values, sort_keys=False, allow_unicode=True, width=88))
    (SAMPLE_DATA / "report.yaml").write_text(text, encoding="utf-8")
    codes = ", ".join(f"`{d['code']}`" for d in sample["donors"])
    (SAMPLE_DATA / "README.md").write_text(README.format(codes=codes, workbook=WORKBOOK), encoding="utf-8")
    print(f"wrote {SAMPLE_DATA.relative_to(ROOT)}/: "
          + ", ".join(sorted(p.name for p in SAMPLE_DATA.iterdir())))


if __name__ == "__main__":
    build_docx()
    build_sample_data()
