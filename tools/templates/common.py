"""Shared helpers for the scripts that generate the model Word templates.

The generator scripts (``make_*.py``) build each ``template.docx`` from code with
python-docx so that the templates can be reviewed as text, regenerated after an
edit, and compared byte for byte: :func:`save` writes the package with fixed
timestamps, fixed metadata and without the leftovers of python-docx's default
template (thumbnail, custom XML, author "python-docx").

Nothing here is imported by adaptkit itself.
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from pathlib import Path
from typing import Iterable, Sequence, Union

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor

# --------------------------------------------------------------------------
# House style
# --------------------------------------------------------------------------

FONT = "Arial"  # on every Office install; LibreOffice maps it to Liberation Sans
ACCENT = RGBColor(0x9B, 0x1B, 0x30)  # deep red
ACCENT_DARK = RGBColor(0x5E, 0x10, 0x1D)
TEXT = RGBColor(0x26, 0x26, 0x26)
MUTED = RGBColor(0x6B, 0x6B, 0x6B)
CONTROL = RGBColor(0x8C, 0x8C, 0x8C)  # template control rows/paragraphs
ACCENT_HEX = "9B1B30"
TINT_HEX = "F6E8EB"  # light tint of the accent, for callouts and total rows
RULE_HEX = "BFBFBF"  # table rules

A4_WIDTH, A4_HEIGHT = Cm(21.0), Cm(29.7)
FIXED_TIME = _dt.datetime(2025, 1, 1, 0, 0, 0)

# a run is plain text, or (text, formatting) with keys b, i, u, color, size
Part = Union[str, tuple]


def _twips(length: int) -> int:
    return int(round(Emu(length).pt * 20))


def set_run_font(rPr, name: str = FONT) -> None:
    """Give an rPr an explicit font, dropping theme fonts that would override it.

    East Asian text keeps the theme font so CJK translations still find a glyph.
    """
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
        rFonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rFonts.set(qn(attr), name)


def _style(doc, name):
    return doc.styles[name]


def _strip_theme_color(style) -> None:
    rPr = style.element.rPr
    if rPr is not None and rPr.find(qn("w:color")) is not None:
        c = rPr.find(qn("w:color"))
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            c.attrib.pop(qn(attr), None)


def _para_format(style, *, size=None, bold=None, italic=None, color=None, before=None,
                 after=None, line=None, keep_next=None):
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color
    pf = style.paragraph_format
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        pf.line_spacing = line
    if keep_next is not None:
        pf.keep_with_next = keep_next


def _bottom_rule(pPr, color: str, size: int = 6, space: int = 2) -> None:
    for old in pPr.findall(qn("w:pBdr")):
        pPr.remove(old)
    pBdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), str(space))
    bottom.set(qn("w:color"), color)
    pBdr.append(bottom)
    # pBdr must come before spacing/ind/jc etc.; after keepNext/keepLines/numPr
    anchor = None
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                "w:outlineLvl"):
        anchor = pPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(pBdr)
    else:
        pPr.append(pBdr)


def apply_house_style(doc, *, text_width) -> None:
    """Restyle python-docx's default styles: one sans font, calm colours, clear headings."""
    # document defaults: font, size, language
    styles_el = doc.styles.element
    rPrDefault = styles_el.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_run_font(rPrDefault)
    lang = rPrDefault.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-GB")

    normal = _style(doc, "Normal")
    set_run_font(normal.element.get_or_add_rPr())
    _para_format(normal, size=10.5, color=TEXT, before=0, after=6, line=1.15)

    title = _style(doc, "Title")
    set_run_font(title.element.get_or_add_rPr())
    _strip_theme_color(title)
    _para_format(title, size=28, bold=True, color=ACCENT, before=0, after=4, line=1.0)
    pPr = title.element.get_or_add_pPr()
    for old in pPr.findall(qn("w:pBdr")):
        pPr.remove(old)
    title.element.rPr.find(qn("w:spacing")).set(qn("w:val"), "0")

    subtitle = _style(doc, "Subtitle")
    set_run_font(subtitle.element.get_or_add_rPr())
    sub_pPr = subtitle.element.get_or_add_pPr()
    for old in sub_pPr.findall(qn("w:numPr")):  # default template numbers its subtitle
        sub_pPr.remove(old)
    _para_format(subtitle, size=14, italic=False, color=MUTED, before=0, after=14, line=1.0)
    subtitle.element.rPr.find(qn("w:spacing")).set(qn("w:val"), "0")
    _bottom_rule(sub_pPr, ACCENT_HEX, size=12, space=8)

    for name, size, color, before, after in (
        ("Heading 1", 15, ACCENT, 18, 6),
        ("Heading 2", 12, ACCENT_DARK, 12, 4),
        ("Heading 3", 10.5, TEXT, 10, 3),
    ):
        st = _style(doc, name)
        set_run_font(st.element.get_or_add_rPr())
        _para_format(st, size=size, bold=True, color=color, before=before, after=after,
                     line=1.0, keep_next=True)
    _bottom_rule(_style(doc, "Heading 1").element.get_or_add_pPr(), "E3C2C8", size=4, space=3)

    for name in ("List Bullet", "List Number"):
        st = _style(doc, name)
        _para_format(st, after=3)
        # keep a gap after the last item of a list
        pPr = st.element.get_or_add_pPr()
        cs = pPr.find(qn("w:contextualSpacing"))
        if cs is not None:
            pPr.remove(cs)

    for name in ("Header", "Footer"):
        st = _style(doc, name)
        _para_format(st, size=8.5, color=MUTED, after=0, line=1.0)
        tabs = st.element.get_or_add_pPr().find(qn("w:tabs"))
        if tabs is not None:
            tabs.getparent().remove(tabs)
        st.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)

    # styles of our own
    add_paragraph_style(doc, "Table Text", size=9.5, after=0, before=0, line=1.05)
    add_paragraph_style(doc, "Table Heading", size=9.5, bold=True,
                        color=RGBColor(0xFF, 0xFF, 0xFF), after=0, before=0, line=1.05)
    add_paragraph_style(doc, "Note", size=9, italic=True, color=MUTED, after=6)
    add_paragraph_style(doc, "Callout", size=10.5, after=4, before=0)
    add_paragraph_style(doc, "Template Control", size=8, italic=True, color=CONTROL,
                        after=0, before=0, line=1.0)

    _restyle_list_numbering(doc)


def add_paragraph_style(doc, name, *, base="Normal", size=None, bold=None, italic=None,
                        color=None, before=None, after=None, line=None):
    from docx.enum.style import WD_STYLE_TYPE

    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles[base]
    st.quick_style = True
    _para_format(st, size=size, bold=bold, italic=italic, color=color, before=before,
                 after=after, line=line)
    return st


def _abstract_num_for_style(doc, style_name):
    numbering = doc.part.numbering_part.element
    num_id = doc.styles[style_name].element.pPr.numPr.numId.val
    num = numbering.num_having_numId(num_id)
    abstract_id = num.abstractNumId.val
    for an in numbering.findall(qn("w:abstractNum")):
        if an.get(qn("w:abstractNumId")) == str(abstract_id):
            return abstract_id, an
    raise KeyError(style_name)


def _restyle_list_numbering(doc) -> None:
    """Tidy indents; use a plain bullet character instead of the Symbol-font glyph."""
    for style_name, left, hanging in (("List Bullet", 425, 283), ("List Number", 454, 397)):
        _, an = _abstract_num_for_style(doc, style_name)
        lvl = an.find(qn("w:lvl"))
        pPr = lvl.find(qn("w:pPr"))
        pPr.find(qn("w:tabs")).find(qn("w:tab")).set(qn("w:pos"), str(left))
        ind = pPr.find(qn("w:ind"))
        ind.set(qn("w:left"), str(left))
        ind.set(qn("w:hanging"), str(hanging))
        if style_name == "List Bullet":
            lvl.find(qn("w:lvlText")).set(qn("w:val"), "\u2022")
            rPr = lvl.find(qn("w:rPr"))
            rFonts = rPr.find(qn("w:rFonts"))
            for attr in ("w:ascii", "w:hAnsi", "w:cs"):
                rFonts.set(qn(attr), FONT)
            color = OxmlElement("w:color")
            color.set(qn("w:val"), ACCENT_HEX)
            rPr.append(color)


def restart_numbering(doc, paragraphs: Sequence) -> None:
    """Make a group of "List Number" paragraphs a list of its own, counting from 1."""
    abstract_id, _ = _abstract_num_for_style(doc, "List Number")
    numbering = doc.part.numbering_part.element
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for p in paragraphs:
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = num.numId


# --------------------------------------------------------------------------
# Page set-up, header and footer
# --------------------------------------------------------------------------


def new_document(*, landscape: bool = False):
    """A python-docx Document with an A4 page and our margins; returns (doc, text_width)."""
    doc = Document()
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = A4_HEIGHT, A4_WIDTH
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = A4_WIDTH, A4_HEIGHT
        section.left_margin = section.right_margin = Cm(2.3)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = Cm(1.1)
    section.footer_distance = Cm(1.0)
    text_width = section.page_width - section.left_margin - section.right_margin
    apply_house_style(doc, text_width=text_width)
    # python-docx's default body holds no paragraphs, but be sure
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    return doc, text_width


def add_field(paragraph, instr: str, placeholder: str = "1") -> None:
    """Append a complex field (fldChar begin/instrText/separate/result/end)."""

    def run_with(child):
        r = paragraph.add_run()
        r._r.append(child)
        return r

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run_with(instr_el)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def set_header_footer(section, *, title_parts: Iterable[Part], footer_parts: Iterable[Part]) -> None:
    """Header: the document title, ruled off. Footer: version text, then "Page N of M"."""
    header = section.header
    header.is_linked_to_previous = False
    hp = header.paragraphs[0]
    hp.style = "Header"
    add_runs(hp, title_parts)
    _bottom_rule(hp._p.get_or_add_pPr(), RULE_HEX, size=4, space=4)

    footer = section.footer
    footer.is_linked_to_previous = False
    fp = footer.paragraphs[0]
    fp.style = "Footer"
    add_runs(fp, footer_parts)
    fp.add_run("\t")
    fp.add_run("Page ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES", "1")


# --------------------------------------------------------------------------
# Paragraphs and runs
# --------------------------------------------------------------------------


def add_runs(paragraph, parts: Iterable[Part]):
    """Append runs. A part is text, or (text, {b, i, u, color, size}).

    Giving a ``{{ }}`` tag as several parts with different formatting produces a
    tag split across runs, as Word does when someone formats part of it.
    """
    for part in parts:
        if isinstance(part, str):
            text, fmt = part, {}
        else:
            text, fmt = part
        run = paragraph.add_run(text)
        if fmt.get("b"):
            run.bold = True
        if fmt.get("i"):
            run.italic = True
        if fmt.get("u"):
            run.underline = True
        if fmt.get("color") is not None:
            run.font.color.rgb = fmt["color"]
        if fmt.get("size") is not None:
            run.font.size = Pt(fmt["size"])
    return paragraph


def para(container, *parts: Part, style: str | None = None, align=None, keep_next=False):
    """Add a paragraph of runs to a Document, cell, header or footer."""
    p = container.add_paragraph(style=style)
    add_runs(p, parts)
    if align is not None:
        p.alignment = align
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def control(container, tag: str):
    """A paragraph holding only a ``{%p ... %}`` tag (removed when rendered)."""
    return para(container, tag, style="Template Control")


def bullets(container, items: Iterable[Union[Part, Sequence[Part]]], style="List Bullet"):
    out = []
    for item in items:
        parts = [item] if isinstance(item, (str, tuple)) else list(item)
        out.append(para(container, *parts, style=style))
    return out


def numbered(doc, items, container=None):
    """A "List Number" list that starts again at 1."""
    ps = bullets(container if container is not None else doc, items, style="List Number")
    restart_numbering(doc, ps)
    return ps


def shade_paragraph(paragraph, fill: str = TINT_HEX, border: str = ACCENT_HEX) -> None:
    """Callout look: tinted background with an accent bar on the left."""
    pPr = paragraph._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for k, v in (("w:val", "single"), ("w:sz", "24"), ("w:space", "8"), ("w:color", border)):
        left.set(qn(k), v)
    pBdr.append(left)
    shd = OxmlElement("w:shd")
    for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(k), v)
    # order inside pPr: pStyle, keepNext, ..., numPr, ..., pBdr, shd, tabs, ..., spacing, ind
    anchor = None
    for tag in ("w:tabs", "w:spacing", "w:ind", "w:contextualSpacing", "w:jc",
                "w:outlineLvl", "w:rPr"):
        anchor = pPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(pBdr)
        anchor.addprevious(shd)
    else:
        pPr.append(pBdr)
        pPr.append(shd)
    ind = pPr.get_or_add_ind()
    ind.set(qn("w:left"), "198")
    ind.set(qn("w:right"), "113")


# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------


def _set_tbl_borders(tbl, color: str = RULE_HEX, *, outer=True, inside_v=True) -> None:
    tblPr = tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        on = (edge == "insideH") or (edge == "insideV" and inside_v) or (
            edge in ("top", "left", "bottom", "right") and outer)
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        borders.append(el)
    # tblBorders goes after tblW/jc/tblInd, before tblLayout/tblCellMar/tblLook
    anchor = None
    for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
        anchor = tblPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        tblPr.append(borders)


def _set_cell_margins(tbl, top=57, bottom=57, left=85, right=85) -> None:
    tblPr = tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for edge, val in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(val))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    look = tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(mar)
    else:
        tblPr.append(mar)


def make_table(container, widths: Sequence[int], *, rows: int = 1, borders=True,
               inside_v=True, style="Table Grid"):
    """A fixed-layout table with explicit column widths (gridCol and every tcW)."""
    cols = len(widths)
    table = container.add_table(rows=rows, cols=cols)
    table.style = style
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tbl = table._tbl
    total = sum(widths)
    tblW = tbl.tblPr.find(qn("w:tblW"))
    tblW.set(qn("w:w"), str(_twips(total)))
    tblW.set(qn("w:type"), "dxa")
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(_twips(w)))
    if borders:
        _set_tbl_borders(tbl, inside_v=inside_v)
    else:
        _set_tbl_borders(tbl, outer=False, inside_v=False)
        tblBorders = tbl.tblPr.find(qn("w:tblBorders"))
        tblBorders.find(qn("w:insideH")).set(qn("w:val"), "nil")
    _set_cell_margins(tbl)
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    table._widths = list(widths)  # remembered for add_row
    return table


def add_row(table):
    row = table.add_row()
    for cell, w in zip(row.cells, table._widths):
        cell.width = w
    return row


def cell_text(cell, *parts: Part, style="Table Text", align=None):
    """Write into a cell's (first, empty) paragraph."""
    p = cell.paragraphs[0]
    p.style = style
    add_runs(p, parts)
    if align is not None:
        p.alignment = align
    return p


def shade_cell(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # shd comes after tcW/gridSpan/vMerge/tcBorders
    after = None
    for tag in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"):
        after = tcPr.find(qn(tag))
        if after is not None:
            break
    if after is not None:
        after.addprevious(shd)
    else:
        tcPr.append(shd)


def set_cell_bottom_border(cell, color: str = "595959", size: int = 6) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "0"), ("w:color", color)):
        bottom.set(qn(k), v)
    borders.append(bottom)
    shd = tcPr.find(qn("w:shd"))
    if shd is not None:
        shd.addprevious(borders)
    else:
        va = tcPr.find(qn("w:vAlign"))
        if va is not None:
            va.addprevious(borders)
        else:
            tcPr.append(borders)


def set_row_flags(row, *, header: bool = False, cant_split: bool = True) -> None:
    """trPr: <w:cantSplit/> and, for the first row, <w:tblHeader/> (repeat on each page)."""
    trPr = row._tr.get_or_add_trPr()
    if cant_split and trPr.find(qn("w:cantSplit")) is None:
        trPr.append(OxmlElement("w:cantSplit"))
    if header and trPr.find(qn("w:tblHeader")) is None:
        trPr.append(OxmlElement("w:tblHeader"))


def header_row(table, labels: Sequence[Part], *, aligns=None, row=None):
    """Fill (and mark as repeating) a header row with white bold text on the accent."""
    row = row if row is not None else table.rows[0]
    set_row_flags(row, header=True)
    for i, (cell, label) in enumerate(zip(row.cells, labels)):
        shade_cell(cell, ACCENT_HEX)
        parts = label if isinstance(label, list) else [label]
        cell_text(cell, *parts, style="Table Heading",
                  align=(aligns[i] if aligns else None))
    return row


def control_row(table, tag: str):
    """A row holding only a ``{%tr ... %}`` tag, in one cell spanning the table."""
    row = add_row(table)
    first = row.cells[0]
    merged = first.merge(row.cells[-1]) if len(row.cells) > 1 else first
    # merging leaves one empty paragraph per merged cell; keep just one
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell_text(merged, tag, style="Template Control")
    set_row_flags(row)
    return row


# --------------------------------------------------------------------------
# Metadata and saving
# --------------------------------------------------------------------------

APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>adaptkit</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
)


def set_metadata(doc, *, title: str, subject: str, keywords: str, category: str = "") -> None:
    """Core properties without personal data; title may hold a tag."""
    cp = doc.core_properties
    cp.title = title
    cp.subject = subject
    cp.keywords = keywords
    cp.category = category
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.identifier = ""
    cp.content_status = ""
    cp.language = "en-GB"
    cp.revision = 1
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME


def _clean_package(doc) -> None:
    """Drop the default template's thumbnail, customXml and stylesWithEffects; neutral app.xml."""
    pkg = doc.part.package
    for rId, rel in list(pkg.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del pkg.rels[rId]
    for rId, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML or rel.reltype.endswith("/stylesWithEffects"):
            del doc.part.rels[rId]
    for part in pkg.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_XML.encode("utf-8")
    settings = doc.settings.element
    for tag in ("w:rsids", "w:proofState", "w:attachedTemplate"):
        for el in settings.findall(qn(tag)):
            settings.remove(el)
    # drop rsid attributes that came with the default styles
    for el in doc.styles.element.iter(qn("w:rsid")):
        el.getparent().remove(el)


def save(doc, path: Path) -> None:
    """Save with fixed zip timestamps so the same script gives the same bytes."""
    _clean_package(doc)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            zout.writestr(info, zin.read(item.filename))
    path.write_bytes(out.getvalue())


ALIGN = WD_ALIGN_PARAGRAPH


def row_height(row, twips: int) -> None:
    """A minimum row height, so that a form row leaves room to write by hand."""
    tr_pr = row._tr.get_or_add_trPr()
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(twips))
    height.set(qn("w:hRule"), "atLeast")
    cant_split = tr_pr.find(qn("w:cantSplit"))
    if cant_split is not None:  # trHeight goes after cantSplit and before tblHeader
        cant_split.addnext(height)
    else:
        tr_pr.insert(0, height)


def save_workbook(book, path: Path) -> None:
    """Save an openpyxl workbook with no author and fixed times: the same data, the same bytes."""
    import re

    stamp = "2025-01-01T00:00:00Z"
    book.properties.creator = book.properties.lastModifiedBy = None
    buffer = io.BytesIO()
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "docProps/core.xml":  # openpyxl stamps the time of saving here
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            target.writestr(zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0)), data)
    path.write_bytes(out.getvalue())
