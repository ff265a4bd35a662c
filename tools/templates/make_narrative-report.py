"""Generate template_library/narrative-report/template.docx and its sample data.

    python tools/templates/make_narrative-report.py

A landscape narrative report for a donor or the assembly: results against the
plan for one period. Objectives repeat with a ``{%p for o in objectives %}``
loop around a heading and a small table; indicators, activities, challenges,
donors, budget lines and annexes are table rows repeated with ``{%tr for %}``.
Every number comes from adaptkit's computed values (``budget.total``,
``donor.share``, ``line.variance``, ``indicator.progress`` ...): the template
never does arithmetic. Main headings are numbered by Word, so that switching
the optional safety section off leaves no gap in the numbers.

The script also writes ``sample-data/``: the sample tables of template.yaml as
CSV files and as one XLSX workbook (a sheet per table), the rest of the sample
as ``report.yaml``, and a README, so that a user can start from files to fill.
Variables, the optional section and the anchors are declared in template.yaml.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # noqa: E402
from docx.enum.table import WD_ALIGN_VERTICAL  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402

import common as c  # noqa: E402
from common import ALIGN, bullets, control, para  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "template_library" / "narrative-report"
OUT = FOLDER / "template.docx"
DATA = FOLDER / "sample-data"

B = {"b": True}
I = {"i": True}
LABEL = {"b": True, "color": c.MUTED}
TAG_IN_BODY = {"i": True, "color": c.CONTROL, "size": 8}
RIGHT = ALIGN.RIGHT
CENTER = ALIGN.CENTER

PERIOD = '{{ period.start|date("long") }} to {{ period.end|date("long") }}'
MONEY = "|currency(currency)"
# every percentage with up to one decimal (47.7%, 75%), so that shares visibly add up to 100%
SHARE = '|percent("#,##0.#%")'
NONE = "—"  # shown where a value is not known yet

# tables that sample-data/ holds as CSV files and workbook sheets, in this order
TABLES = ("donors", "budget_lines", "activities", "indicators", "objectives")
WORKBOOK = "report-tables.xlsx"


# --------------------------------------------------------------------------
# Helpers of this template
# --------------------------------------------------------------------------


def _heading_numbering(doc) -> int:
    """A one-level "1." numbering for the main headings; returns its numId.

    Word counts the headings itself, so a heading removed with an optional
    section leaves no gap.
    """
    numbering = doc.part.numbering_part.element
    used = [int(an.get(qn("w:abstractNumId"))) for an in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(used, default=0) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abstract_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    pPr = OxmlElement("w:pPr")
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "num")
    tab.set(qn("w:pos"), "567")
    tabs.append(tab)
    pPr.append(tabs)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "567")
    ind.set(qn("w:hanging"), "567")
    pPr.append(ind)
    lvl.append(pPr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))  # every abstractNum must come before the nums
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    return numbering.add_num(abstract_id).numId


def h1(doc, text: str, num_id: int, *, page_break=False):
    p = para(doc, text, style="Heading 1")
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    if page_break:
        p.paragraph_format.page_break_before = True
    return p


def loop_table(doc, widths, labels, cells, *, loop: str, aligns=None, total=None):
    """A table with a repeated header row, one row per item of ``loop`` and an optional total row.

    ``cells`` and ``total`` are lists of (parts, align) for the body row and the total row.
    """
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, labels, aligns=aligns)
    c.control_row(t, f"{{%tr for {loop} %}}")
    row = c.add_row(t)
    c.set_row_flags(row)
    for cell, (parts, align) in zip(row.cells, cells):
        c.cell_text(cell, *parts, align=align)
    c.control_row(t, "{%tr endfor %}")
    if total is not None:
        row = c.add_row(t)
        c.set_row_flags(row)
        for cell, (parts, align) in zip(row.cells, total):
            c.shade_cell(cell, c.TINT_HEX)
            c.cell_text(cell, *parts, align=align)
    return t


LABEL_WIDTH = Cm(4.2)


def label_table(doc, width, rows, *, label_width=LABEL_WIDTH):
    """Two columns: a shaded label and its text."""
    t = c.make_table(doc, [label_width, width - label_width], rows=0)
    for label, parts in rows:
        row = c.add_row(t)
        c.set_row_flags(row, cant_split=False)
        c.shade_cell(row.cells[0], c.TINT_HEX)
        c.cell_text(row.cells[0], (label, {"b": True, "color": c.ACCENT_DARK}))
        c.cell_text(row.cells[1], *parts)
    return t


def _if_known(value: str, shown: str) -> str:
    """Text that shows ``shown`` when ``value`` is given (not missing, not empty), else a dash."""
    return (f"{{% if {value} is defined and {value} is not none %}}{shown}"
            f"{{% else %}}{NONE}{{% endif %}}")


def _text_or_empty(value: str) -> str:
    return f"{{% if {value} is defined and {value} %}}{{{{ {value} }}}}{{% endif %}}"


# --------------------------------------------------------------------------
# Cover and summary
# --------------------------------------------------------------------------


def cover(doc, width):
    para(doc, "Narrative Report", style="Title")
    para(doc, "{{ project.title }}", style="Subtitle")

    info = c.make_table(doc, [Cm(4.2), Cm(14.0)], rows=0, borders=False)
    for label, value in (
        ("Organisation", ["{{ org.name }} ({{ org.short_name }})"]),
        ("Reporting period", [PERIOD]),
        ("Prepared for", ["{{ report.recipient }}"]),
        ("Donors of the project", ['{{ donors|map(attribute="name")|format_list }}']),
        ("Approved by", ['The {{ governing_body }}, on {{ report.approved_date|date("long") }}']),
        ("Date of this report", ['{{ report.date|date("long") }}']),
        ("Questions to", ["The {{ report.contact_role }} of {{ org.short_name }}"]),
        ("Version", ["{{ version }}"]),
    ):
        row = c.add_row(info)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], *value)
    para(doc, "")

    box = c.make_table(doc, [width], rows=1, borders=False)
    cell = box.rows[0].cells[0]
    c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(cell, ("About this report", {"b": True, "color": c.ACCENT}), style="Callout")
    bullets(cell, [
        "This report tells what {{ org.short_name }} planned to do in the period, what it did, "
        "and what changed for sex workers as a result. It was written with the member "
        "organisations, who checked what it says about their work.",
        "Results are reported as they are, including what did not work. A result below target "
        "is information for the next plan, not something to hide.",
        "The report names no sex worker, member, community documenter or person whose case was "
        "recorded. Quotes are shared with consent and without names.",
        "All amounts are in {{ currency }}. The figures come from the budget lines and the "
        "accounts; the full financial report is an annex.",
    ])


def summary(doc, width, num):
    h1(doc, "Summary", num, page_break=True)
    para(doc, "{{ summary }}")

    para(doc, "The period at a glance", style="Heading 3")
    third = int(width / 3)
    glance = c.make_table(doc, [third, third, width - 2 * third], rows=2, borders=False)
    for row in glance.rows:
        c.set_row_flags(row)
    items = (
        ("Budget for the period", [("{{ budget.total" + MONEY + " }}", B)]),
        ("Spent", [("{{ budget.actual_total" + MONEY + " }}", B)]),
        ("Results followed", [
            ('{{ objectives|length }} {{ objectives|length|plural(one="objective", '
             'other="objectives") }}, {{ indicators|length }} {{ indicators|length|plural('
             'one="indicator", other="indicators") }}', B)]),
    )
    for i, (label, value) in enumerate(items):
        top, bottom = glance.rows[0].cells[i], glance.rows[1].cells[i]
        for cell in (top, bottom):
            c.shade_cell(cell, c.TINT_HEX)
        c.cell_text(top, (label, {"color": c.MUTED, "size": 8.5}))
        p = c.cell_text(bottom, *value)
        for run in p.runs:
            run.font.size = c.Pt(13)
            run.font.color.rgb = c.ACCENT
    _cell_gaps(glance)
    para(doc, "")


def _cell_gaps(table) -> None:
    """White vertical lines between the boxes of the at-a-glance table."""
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    iv = borders.find(qn("w:insideV"))
    for k, v in (("w:val", "single"), ("w:sz", "36"), ("w:space", "0"), ("w:color", "FFFFFF")):
        iv.set(qn(k), v)


def context(doc, num):
    h1(doc, "Context", num)
    para(doc, "What happened around our work during the period, and how it affected sex "
         "workers and the member organisations:", keep_next=True)
    para(doc, "{{ context }}")


# --------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------


def results(doc, width, num):
    h1(doc, "Results by objective", num)
    para(doc, "For each objective of the plan: what we planned for the period, what we "
         "achieved, and how we know. The indicators and the activities of the workplan follow.")

    control(doc, "{%p for o in objectives %}")
    para(doc, "Objective {{ o.code }}: {{ o.title }}", style="Heading 2")
    label_table(doc, width, [
        ("What we planned", ["{{ o.planned }}"]),
        ("What we achieved", ["{{ o.achieved }}"]),
        ("Evidence", [("{{ o.evidence }}", {"color": c.MUTED})]),
    ])
    para(doc, "")
    control(doc, "{%p endfor %}")

    para(doc, "Indicators", style="Heading 2")
    para(doc, "Progress is the part of the way from the baseline to the target that was covered "
         "in the period: 100% means the target was reached, more than 100% that it was passed. "
         f"A dash ({NONE}) marks a result that is not known yet.", style="Note", keep_next=True)
    num_w = Cm(2.0)
    widths = [Cm(1.9), Cm(2.4), Cm(0), num_w, num_w, num_w, num_w, Cm(5.2)]
    widths[2] = width - sum(widths)
    loop_table(
        doc, widths,
        ["Code", "Result", "Indicator", "Baseline", "Target", "Achieved", "Progress", "Comment"],
        [
            ([("{{ i.code }}", B)], None),
            (["{{ i.level }}"], None),
            (["{{ i.indicator }}"], None),
            (["{{ i.baseline|decimal }}"], RIGHT),
            (["{{ i.target|decimal }}"], RIGHT),
            ([(_if_known("i.actual", "{{ i.actual|decimal }}"), B)], RIGHT),
            ([(_if_known("i.progress", "{{ i.progress" + SHARE + " }}"), {"b": True, "color": c.ACCENT})],
             RIGHT),
            ([(_text_or_empty("i.comment"), {"color": c.MUTED})], None),
        ],
        loop="i in indicators",
        aligns=[None, None, None, RIGHT, RIGHT, RIGHT, RIGHT, None],
    )
    para(doc, "")

    para(doc, "Activities against the workplan", style="Heading 2", keep_next=True)
    para(doc, "The quarters are those of the workplan; the status says what happened.",
         style="Note", keep_next=True)
    widths = [Cm(1.9), Cm(0), Cm(3.2), Cm(4.4), Cm(6.6)]
    widths[1] = width - sum(widths)
    loop_table(
        doc, widths,
        ["Code", "Activity", "Planned in", "Responsible", "Status"],
        [
            ([("{{ a.code }}", B)], None),
            (["{{ a.title }}"], None),
            (['{% if a.quarters %}Q{{ a.quarters|join(", Q") }}{% endif %}'], None),
            (["{{ a.responsible }}"], None),
            ([_text_or_empty("a.status")], None),
        ],
        loop="a in activities",
    )


def changes(doc, width, num):
    h1(doc, "What changed for sex workers", num)
    para(doc, "The changes that sex workers and the member organisations saw because of this "
         "work. They are changes in people’s lives and rights, not only things we did.",
         keep_next=True)
    control(doc, "{%p for ch in changes %}")
    para(doc, ("{{ ch.title }}", B), " {{ ch.description }}", style="List Bullet")
    control(doc, "{%p endfor %}")

    control(doc, "{%p if voices %}")
    para(doc, "In their own words", style="Heading 3")
    control(doc, "{%p for v in voices %}")
    p = para(doc, ("“{{ v.quote }}”", I), style="Callout")
    c.shade_paragraph(p)
    p.paragraph_format.keep_with_next = True
    p = para(doc, "— {{ v.speaker }}", style="Note")
    p.paragraph_format.left_indent = Cm(0.35)
    control(doc, "{%p endfor %}")
    control(doc, "{%p endif %}")


def challenges(doc, width, num):
    h1(doc, "Challenges and how we handled them", num)
    para(doc, "What made the work harder during the period, and what we did about it.",
         keep_next=True)
    widths = [Cm(11.0), Cm(0)]
    widths[1] = width - sum(widths)
    loop_table(
        doc, widths,
        ["Challenge", "What we did, and with what result"],
        [(["{{ ch.challenge }}"], None), (["{{ ch.response }}"], None)],
        loop="ch in challenges",
    )


def lessons(doc, num):
    h1(doc, "Lessons learned", num)
    para(doc, "What we learned in the period, and will use in the next plan:", keep_next=True)
    control(doc, "{%p for lesson in lessons %}")
    para(doc, "{{ lesson }}", style="List Bullet")
    control(doc, "{%p endfor %}")


def safety(doc, num):
    control(doc, "{%p if sections.safety_security %}")
    h1(doc, "Safety and security of staff and members", num)
    para(doc, "Sex workers and the people who work with them face arrest, violence, surveillance "
         "and threats because of their work and their activism. This section says what "
         "happened to the safety of staff and members in the period, and what we did. It gives "
         "no detail that could identify a person, a place of work or a member organisation "
         "at risk.")
    control(doc, "{%p if safety.summary %}")
    para(doc, "{{ safety.summary }}")
    control(doc, "{%p endif %}")
    control(doc, "{%p if safety.measures %}")
    para(doc, "Measures we took", style="Heading 3")
    control(doc, "{%p for m in safety.measures %}")
    para(doc, "{{ m }}", style="List Bullet")
    control(doc, "{%p endfor %}")
    control(doc, "{%p endif %}")
    para(doc, "Security incidents are recorded in full only in the confidential incident log "
         "of {{ org.short_name }}, which the {{ governing_body }} reviews. They are never "
         "reported with names to donors or authorities.", style="Note")
    control(doc, "{#p anchor safety_context #}")
    control(doc, "{%p endif %}")


# --------------------------------------------------------------------------
# Finances
# --------------------------------------------------------------------------


def finances(doc, width, num):
    h1(doc, "Finances in brief", num)
    para(doc, "The budget for the period was ", ("{{ budget.total" + MONEY + " }}", B),
         ", and we spent ", ("{{ budget.actual_total" + MONEY + " }}", B),
         ". The difference is {{ budget.variance" + MONEY + " }}, or "
         "{{ budget.variance_share" + SHARE + " }} of the budget. In the tables below, “Remaining” "
         "is the budget minus what was spent; a negative figure means that more was spent "
         "than planned.")
    control(doc, "{%p if finance_note %}")
    p = para(doc, "{{ finance_note }}", style="Callout")
    c.shade_paragraph(p)
    para(doc, "")
    control(doc, "{%p endif %}")

    para(doc, "By donor", style="Heading 2", keep_next=True)
    para(doc, "Amounts in {{ currency }}. The share is each donor’s part of the whole budget.",
         style="Note", keep_next=True)
    money = Cm(3.6)
    widths = [Cm(0), money, money, money, Cm(3.0)]
    widths[0] = width - sum(widths)
    loop_table(
        doc, widths,
        ["Donor", "Budget", "Spent", "Remaining", "Share of budget"],
        [
            (["{{ d.name }}"], None),
            (["{{ d.total" + MONEY + " }}"], RIGHT),
            (["{{ d.actual" + MONEY + " }}"], RIGHT),
            (["{{ d.variance" + MONEY + " }}"], RIGHT),
            (["{{ d.share" + SHARE + " }}"], RIGHT),
        ],
        loop="d in donors",
        aligns=[None, RIGHT, RIGHT, RIGHT, RIGHT],
        total=[
            ([("Total", B)], None),
            ([("{{ budget.total" + MONEY + " }}", B)], RIGHT),
            ([("{{ budget.actual_total" + MONEY + " }}", B)], RIGHT),
            ([("{{ budget.variance" + MONEY + " }}", B)], RIGHT),
            ([""], RIGHT),
        ],
    )
    para(doc, "")

    para(doc, "By budget line", style="Heading 2", keep_next=True)
    para(doc, "Amounts in {{ currency }}, all donors together. Codes A1, A2 … are the "
         "activities of the workplan; codes starting with S are shared costs.", style="Note",
         keep_next=True)
    widths = [Cm(1.9), Cm(0), money, money, money, Cm(3.0)]
    widths[1] = width - sum(widths)
    loop_table(
        doc, widths,
        ["Code", "Budget line", "Budget", "Spent", "Remaining", "Remaining, share of line"],
        [
            ([("{{ line.code }}", B)], None),
            (["{{ line.description }}"], None),
            (["{{ line.total" + MONEY + " }}"], RIGHT),
            (["{{ line.actual_total" + MONEY + " }}"], RIGHT),
            (["{{ line.variance" + MONEY + " }}"], RIGHT),
            (["{{ line.variance_share" + SHARE + " }}"], RIGHT),
        ],
        loop="line in budget_lines",
        aligns=[None, None, RIGHT, RIGHT, RIGHT, RIGHT],
        total=[
            ([""], None),
            ([("Total", B)], None),
            ([("{{ budget.total" + MONEY + " }}", B)], RIGHT),
            ([("{{ budget.actual_total" + MONEY + " }}", B)], RIGHT),
            ([("{{ budget.variance" + MONEY + " }}", B)], RIGHT),
            ([("{{ budget.variance_share" + SHARE + " }}", B)], RIGHT),
        ],
    )


# --------------------------------------------------------------------------
# Next period, annexes, approval
# --------------------------------------------------------------------------


def next_period(doc, num):
    h1(doc, "Plans for the next period", num)
    para(doc, 'From {{ next_period.start|date("long") }} to {{ next_period.end|date("long") }}, '
         "building on the results and lessons above, we plan to:", keep_next=True)
    control(doc, "{%p for item in next_period.plans %}")
    para(doc, "{{ item }}", style="List Bullet")
    control(doc, "{%p endfor %}")
    para(doc, "The detailed plan and budget for the period are in the budget and workplan "
         "approved by the {{ governing_body }}.", style="Note")


def annexes(doc, width, num):
    h1(doc, "Annexes", num)
    control(doc, "{%p if annexes %}")
    para(doc, "These documents go with this report. Ask the {{ report.contact_role }} for any "
         "that you did not receive.", keep_next=True)
    widths = [Cm(2.4), Cm(9.5), Cm(0)]
    widths[2] = width - sum(widths)
    loop_table(
        doc, widths,
        ["Annex", "Title", "What it contains"],
        [
            ([("Annex {{ loop.index }}", B)], None),
            (["{{ x.title }}"], None),
            ([("{{ x.description }}", {"color": c.MUTED})], None),
        ],
        loop="x in annexes",
    )
    control(doc, "{%p else %}")
    para(doc, "This report has no annexes.")
    control(doc, "{%p endif %}")
    control(doc, "{#p anchor regional_annex #}")


def approval(doc):
    para(doc, "")
    para(doc, "Approval", style="Heading 2", keep_next=True)
    para(doc, "The {{ governing_body }} of {{ org.short_name }} approved this report on "
         '{{ report.approved_date|date("long") }}. It is shared with the member organisations '
         "and presented to the {{ assembly_name }}.", keep_next=True)
    para(doc, "", keep_next=True)
    sig = c.make_table(doc, [Cm(8.0), Cm(1.5), Cm(8.0)], rows=2, borders=False)
    for row in sig.rows:
        c.set_row_flags(row)
        c.cell_text(row.cells[1], "")
    sig.rows[0].height = Cm(1.4)
    for col, label in ((0, "For the secretariat: role, signature, date"),
                       (2, "For the {{ governing_body }}: role, signature, date")):
        c.cell_text(sig.rows[0].cells[col], "")
        c.set_cell_bottom_border(sig.rows[0].cells[col])
        c.cell_text(sig.rows[1].cells[col], (label, {"color": c.MUTED, "size": 8.5}))
    for cell in sig.rows[0].cells:
        cell.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


def build_docx() -> None:
    doc, width = c.new_document(landscape=True)
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Narrative Report: {{ project.title }}"],
        footer_parts=["Version {{ version }} · " + PERIOD],
    )
    num = _heading_numbering(doc)
    cover(doc, width)
    summary(doc, width, num)
    context(doc, num)
    results(doc, width, num)
    changes(doc, width, num)
    challenges(doc, width, num)
    lessons(doc, num)
    safety(doc, num)
    finances(doc, width, num)
    next_period(doc, num)
    annexes(doc, width, num)
    approval(doc)
    c.set_metadata(
        doc,
        title="{{ org.name }} Narrative Report",
        subject="Narrative report: results against the plan, for a donor or the assembly",
        keywords="narrative report; results; indicators; donors; finances; "
                 "sex worker-led organisations",
        category="sheet",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


# --------------------------------------------------------------------------
# Sample data files
# --------------------------------------------------------------------------


def _flat(value):
    if isinstance(value, list):  # quarters
        return ",".join(str(v) for v in value)
    return "" if value is None else value


def table_rows(sample: dict, name: str) -> list[list]:
    """The sample table ``name`` as a header row and value rows, as a user would fill it."""
    items = sample[name]
    if name == "budget_lines":
        codes = [d["code"] for d in sample["donors"]]
        header = ["code", "description", *codes, *(f"actual:{code}" for code in codes)]
        rows = [[line["code"], line["description"],
                 *(line["amounts"].get(code, 0) for code in codes),
                 *(line["actuals"].get(code, 0) for code in codes)] for line in items]
        return [header, *rows]
    header = list(items[0])
    return [header, *[[_flat(item.get(key)) for key in header] for item in items]]




def write_workbook(sample: dict, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    book = openpyxl.Workbook()
    book.remove(book.active)
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor=c.ACCENT_HEX)
    for name in TABLES:
        sheet = book.create_sheet(name)
        rows = table_rows(sample, name)
        for row in rows:
            sheet.append([None if v == "" else v for v in row])
        for cell in sheet[1]:
            cell.font, cell.fill = head_font, head_fill
        sheet.freeze_panes = "A2"
        for index, column in enumerate(zip(*rows), 1):
            longest = max(len(str(v)) for v in column)
            letter = openpyxl.utils.get_column_letter(index)
            sheet.column_dimensions[letter].width = min(max(longest + 2, 9), 60)
            if longest > 60:
                for cell in sheet[letter][1:]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.properties.title = "Narrative report tables (sample)"
    c.save_workbook(book, path)


README = """\
# Sample data for the narrative report

The same sample values as `template.yaml`, as files to copy and fill in:

| file | what it holds |
|---|---|
| `report.yaml` | the texts of the report: organisation, period, summary, context, changes, challenges, lessons, safety, plans, annexes |
| `donors.csv` | one row per donor: `code`, `name` |
| `budget_lines.csv` | `code`, `description`, one column per donor code with the budget, one column `actual:<code>` per donor with what was spent |
| `activities.csv` | the workplan: `code`, `title`, `quarters` (as `"1,3"`), `responsible`, `status` |
| `indicators.csv` | `code`, `level`, `indicator`, `baseline`, `target`, `actual` (empty when not known yet), `comment` |
| `objectives.csv` | `code`, `title`, `planned`, `achieved`, `evidence` |
| `{workbook}` | the five tables above, one sheet each (the sheet name is the table name) |

Write plain numbers, without currency signs or thousands separators. Save CSV
files as UTF-8. adaptkit computes every total, share, variance and the progress
of each indicator; do not add total rows.

Build the sample report from the repository root with the CSV files:

```sh
adaptkit build narrative-report --data template_library/narrative-report/sample-data/report.yaml \\
  --data template_library/narrative-report/sample-data/donors.csv \\
  --data template_library/narrative-report/sample-data/budget_lines.csv \\
  --data template_library/narrative-report/sample-data/activities.csv \\
  --data template_library/narrative-report/sample-data/indicators.csv \\
  --data template_library/narrative-report/sample-data/objectives.csv \\
  -o build/narrative-report.docx
```

or with the workbook:

```sh
adaptkit build narrative-report --data template_library/narrative-report/sample-data/report.yaml \\
  --data template_library/narrative-report/sample-data/{workbook} \\
  -o build/narrative-report.docx
```

Add `--region aswa/ke` (or another region) to adapt it; with `--sample` instead
of `report.yaml` the texts come from `template.yaml`. Turn the safety section
off with `--set sections.safety_security=false`.

These files are written by `tools/templates/make_narrative-report.py` from the
`sample:` of `template.yaml`; change the sample there and run the script again.
""".replace("{workbook}", WORKBOOK)


def build_sample_data() -> None:
    sample = yaml.safe_load((FOLDER / "template.yaml").read_text(encoding="utf-8"))["sample"]
    DATA.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(table_rows(sample, name))
        # with a byte order mark, so that Excel opens the file as UTF-8
        (DATA / f"{name}.csv").write_text(buf.getvalue(), encoding="utf-8-sig")
    write_workbook(sample, DATA / WORKBOOK)
    texts = {key: value for key, value in sample.items() if key not in TABLES}
    header = ("# The texts of the sample narrative report; the tables are in the CSV files\n"
              "# or the workbook beside this file. See README.md.\n")
    (DATA / "report.yaml").write_text(
        header + yaml.safe_dump(texts, sort_keys=False, allow_unicode=True, width=88),
        encoding="utf-8")
    (DATA / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {DATA.relative_to(ROOT)}/")


if __name__ == "__main__":
    build_docx()
    build_sample_data()
