"""Build small .docx files in memory for tests, and read their text back.

Building uses python-docx, plus raw lxml where python-docx has no API
(footnotes, endnotes, text boxes, Word's run "noise").  Reading back
(:func:`docx_text`, :func:`part_text`) uses only ``zipfile`` + lxml so that it
is independent of both rendering engines under test.

Paragraph specs
---------------
A *paragraph spec* is one of:

* ``"plain text"`` -- one run;
* a list of *run specs* -- one run per item, in order;
* :class:`P` -- a list of run specs plus paragraph properties (style, rsid).

A *run spec* is one of:

* ``"text"`` -- an unformatted run;
* ``("text", {"bold": True, "italic": True, ...})`` -- a formatted run
  (keys: see :data:`RUN_KEYS`);
* a :class:`Noise` -- raw WordprocessingML inserted between runs as it is, e.g.
  :data:`SPELL_START`, :func:`bookmark_start`, :data:`LAST_RENDERED_PAGE_BREAK`.

So a tag split across three differently formatted runs with Word noise is::

    [("Dear {{ na", {"bold": True}), SPELL_START, ("me", {"italic": True}),
     SPELL_END, bookmark_start("_GoBack", 0), (" }}!", {"rsid": "00AB12CD"}),
     bookmark_end(0)]

A *block spec* (a cell's or a header's content) is a paragraph spec or a
:class:`Tbl` (a nested table).  A *cell spec* is a string (one paragraph), a
:class:`P`, a :class:`Tbl`, or a list of block specs.

Building
--------
``make_docx(build)`` calls ``build(document)`` on a fresh python-docx
``Document`` and returns the saved bytes; the module functions
(:func:`add_paragraph`, :func:`add_table`, :func:`set_header`,
:func:`add_footnote`, :func:`add_text_box`, ...) do the work.  The same is
available fluently::

    data = (DocBuilder()
            .p(["Hello ", ("{{ name }}", {"bold": True})])
            .table([["A", "B"], ["{{ a }}", "{{ b }}"]])
            .header(["Header {{ title }}"])
            .footnote(["Body text"], ["Note about {{ name }}"])
            .build())
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, Union

import docx
from docx.document import Document as DocumentObject
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

# --------------------------------------------------------------------------- #
# Namespaces
# --------------------------------------------------------------------------- #

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V_NS = "urn:schemas-microsoft-com:vml"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

NSMAP = {
    "w": W_NS,
    "r": R_NS,
    "wp": WP_NS,
    "a": A_NS,
    "wps": WPS_NS,
    "mc": MC_NS,
    "v": V_NS,
}
_NSDECLS = " ".join(f'xmlns:{p}="{u}"' for p, u in NSMAP.items())


def w(tag: str) -> str:
    """Clark name of a ``w:`` element or attribute: ``w("t") == "{...main}t"``."""
    return f"{{{W_NS}}}{tag}"


# --------------------------------------------------------------------------- #
# Specs
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Noise:
    """Raw WordprocessingML (one or more elements, ``w:`` etc. prefixes usable
    without declarations) inserted into a paragraph between runs."""

    xml: str

    def elements(self) -> list[etree._Element]:
        wrapper = parse_xml(f"<noise {_NSDECLS}>{self.xml}</noise>")
        return list(wrapper)


def proof_err(kind: str = "spellStart") -> Noise:
    """``<w:proofErr w:type=kind/>``; kind: spellStart, spellEnd, gramStart, gramEnd."""
    return Noise(f'<w:proofErr w:type="{kind}"/>')


SPELL_START = proof_err("spellStart")
SPELL_END = proof_err("spellEnd")
GRAM_START = proof_err("gramStart")
GRAM_END = proof_err("gramEnd")
#: A run holding only ``w:lastRenderedPageBreak`` (Word writes these where a
#: page broke last time it laid out the document).
LAST_RENDERED_PAGE_BREAK = Noise("<w:r><w:lastRenderedPageBreak/></w:r>")
#: A run with properties but no text at all.
EMPTY_RUN = Noise("<w:r><w:rPr><w:b/></w:rPr></w:r>")
#: A run whose ``w:t`` is empty.
EMPTY_TEXT_RUN = Noise("<w:r><w:t></w:t></w:r>")


def bookmark_start(name: str = "_GoBack", id: int = 0) -> Noise:  # noqa: A002
    return Noise(f'<w:bookmarkStart w:id="{id}" w:name="{name}"/>')


def bookmark_end(id: int = 0) -> Noise:  # noqa: A002
    return Noise(f'<w:bookmarkEnd w:id="{id}"/>')


def bookmark(name: str = "_GoBack", id: int = 0) -> Noise:  # noqa: A002
    """A zero-length bookmark (start immediately followed by end), like Word's ``_GoBack``."""
    return Noise(
        f'<w:bookmarkStart w:id="{id}" w:name="{name}"/><w:bookmarkEnd w:id="{id}"/>'
    )


def raw(xml: str) -> Noise:
    return Noise(xml)


RunSpec = Union[str, tuple[str, Mapping[str, Any]], Noise]


@dataclass(frozen=True)
class P:
    """A paragraph: run specs plus paragraph properties.

    ``rsid`` sets ``w:rsidR``, ``w:rsidRDefault`` and ``w:rsidP`` as Word does.
    """

    runs: Sequence[RunSpec] = ()
    style: str | None = None
    rsid: str | None = None
    alignment: str | None = None  # "left", "center", "right", "both"


@dataclass(frozen=True)
class Tbl:
    """A (nested) table: rows of cell specs."""

    rows: Sequence[Sequence[Any]]
    style: str | None = "Table Grid"


ParaSpec = Union[str, Sequence[RunSpec], P]

#: Formatting keys a run spec's dict may use.
RUN_KEYS = frozenset(
    {
        "bold",
        "italic",
        "underline",
        "strike",
        "size",  # points
        "color",  # "FF0000"
        "font",
        "highlight",  # WD_COLOR_INDEX name, e.g. "YELLOW"
        "caps",
        "superscript",
        "subscript",
        "style",  # character style name (body/header paragraphs only)
        "rsid",  # w:rsidR on the run
        "rsidRPr",  # w:rsidRPr on the run
        "lrpb",  # put <w:lastRenderedPageBreak/> at the start of the run
        "xml_space",  # False: never write xml:space="preserve" (Word omits it when not needed)
    }
)


# --------------------------------------------------------------------------- #
# Paragraphs and runs
# --------------------------------------------------------------------------- #


def _as_p(spec: ParaSpec) -> P:
    if isinstance(spec, P):
        return spec
    if isinstance(spec, str):
        return P([spec])
    if isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[1], Mapping):
        return P([spec])  # a single formatted run
    return P(list(spec))


def _format_run(run: Run, fmt: Mapping[str, Any]) -> None:
    unknown = set(fmt) - RUN_KEYS
    if unknown:
        raise ValueError(f"unknown run formatting keys: {sorted(unknown)}")
    font = run.font
    for key in ("bold", "italic", "underline", "strike"):
        if key in fmt:
            setattr(font, key, fmt[key])
    if "caps" in fmt:
        font.all_caps = fmt["caps"]
    if "superscript" in fmt:
        font.superscript = fmt["superscript"]
    if "subscript" in fmt:
        font.subscript = fmt["subscript"]
    if "size" in fmt:
        font.size = Pt(fmt["size"])
    if "color" in fmt:
        font.color.rgb = RGBColor.from_string(fmt["color"])
    if "font" in fmt:
        font.name = fmt["font"]
    if "highlight" in fmt:
        from docx.enum.text import WD_COLOR_INDEX

        font.highlight_color = getattr(WD_COLOR_INDEX, fmt["highlight"])
    if "style" in fmt:
        run.style = fmt["style"]
    r = run._r
    if "rsid" in fmt:
        r.set(w("rsidR"), fmt["rsid"])
    if "rsidRPr" in fmt:
        r.set(w("rsidRPr"), fmt["rsidRPr"])
    if fmt.get("lrpb"):
        rpr = r.find(w("rPr"))
        lrpb = OxmlElement("w:lastRenderedPageBreak")
        if rpr is not None:
            rpr.addnext(lrpb)
        else:
            r.insert(0, lrpb)
    if fmt.get("xml_space") is False:
        for t in r.iter(w("t")):
            t.attrib.pop("{http://www.w3.org/XML/1998/namespace}space", None)


def fill_paragraph(paragraph: Paragraph, runs: Iterable[RunSpec]) -> Paragraph:
    """Append runs (and noise) to ``paragraph``, in order."""
    if isinstance(runs, (str, P)):
        runs = _as_p(runs).runs
    for spec in runs:
        if isinstance(spec, Noise):
            for el in spec.elements():
                paragraph._p.append(el)
        elif isinstance(spec, str):
            paragraph.add_run(spec)
        elif isinstance(spec, tuple) and len(spec) == 2:
            text, fmt = spec
            _format_run(paragraph.add_run(text), fmt)
        else:
            raise TypeError(f"not a run spec: {spec!r}")
    return paragraph


def _apply_p_props(paragraph: Paragraph, spec: P) -> None:
    if spec.style is not None:
        paragraph.style = spec.style
    if spec.alignment is not None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph.alignment = {
            "left": WD_ALIGN_PARAGRAPH.LEFT,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "both": WD_ALIGN_PARAGRAPH.JUSTIFY,
        }[spec.alignment]
    if spec.rsid is not None:
        for attr in ("rsidR", "rsidRDefault", "rsidP"):
            paragraph._p.set(w(attr), spec.rsid)


def add_paragraph(container: Any, spec: ParaSpec = (), **props: Any) -> Paragraph:
    """Add a paragraph built from ``spec`` to anything with ``add_paragraph``
    (Document, table cell, header, footer, comment).  ``props`` override
    :class:`P` fields (``style=``, ``rsid=``, ``alignment=``)."""
    p = _as_p(spec)
    if props:
        p = P(
            p.runs,
            **{"style": p.style, "rsid": p.rsid, "alignment": p.alignment, **props},
        )
    paragraph = container.add_paragraph()
    _apply_p_props(paragraph, p)
    return fill_paragraph(paragraph, p.runs)


def new_paragraph_element(spec: ParaSpec, parent: Any = None) -> Paragraph:
    """A detached paragraph (for footnotes, text boxes): ``._p`` is the element."""
    p = _as_p(spec)
    paragraph = Paragraph(OxmlElement("w:p"), parent)
    if p.style is not None and parent is None:
        raise ValueError("a detached paragraph cannot take a style name")
    _apply_p_props(paragraph, p)
    return fill_paragraph(paragraph, p.runs)


def _is_blank(paragraph: Paragraph) -> bool:
    return len(paragraph._p) == 0 or (
        len(paragraph._p) == 1 and paragraph._p[0].tag == w("pPr")
    )


def fill_blocks(container: Any, blocks: Sequence[Any]) -> None:
    """Fill a cell/header/footer/comment with block specs, reusing its initial
    empty paragraph for the first block."""
    if isinstance(blocks, (str, P, Tbl)):
        blocks = [blocks]
    initial = container.paragraphs[0] if container.paragraphs else None
    reuse = (
        initial
        if initial is not None and _is_blank(initial) and len(container.paragraphs) == 1
        else None
    )
    for i, block in enumerate(blocks):
        if isinstance(block, Tbl):
            add_table(container, block.rows, style=block.style)
            if i == 0 and reuse is not None:
                # The table must come first: drop the initial empty paragraph.
                reuse._p.getparent().remove(reuse._p)
                reuse = None
            continue
        if i == 0 and reuse is not None:
            p = _as_p(block)
            _apply_p_props(reuse, p)
            fill_paragraph(reuse, p.runs)
            reuse = None
        else:
            add_paragraph(container, block)


# --------------------------------------------------------------------------- #
# Tables
# --------------------------------------------------------------------------- #


def add_table(
    container: Any, rows: Sequence[Sequence[Any]], *, style: str | None = "Table Grid"
) -> Table:
    """Add a table to a Document or a cell.  Each cell is a cell spec: a string,
    a :class:`P`, a :class:`Tbl` (nested table) or a list of block specs.  The
    grid has as many columns as the longest row; shorter rows have fewer
    ``w:tc`` (no padding cells)."""
    nrows = len(rows)
    ncols = max((len(r) for r in rows), default=0)
    if isinstance(container, DocumentObject):
        table = container.add_table(rows=nrows, cols=ncols)
    elif isinstance(container, _Cell):
        table = container.add_table(nrows, ncols)
    else:
        from docx.shared import Inches

        table = container.add_table(nrows, ncols, Inches(6))
    if style is not None:
        table.style = style
    for r, row in enumerate(rows):
        tcs = table.rows[r]._tr.tc_lst
        for c, spec in enumerate(row):
            cell = _Cell(tcs[c], table)
            if isinstance(spec, (str, P, Tbl)):
                spec = [spec]
            fill_blocks(cell, spec)
        # A short row is ragged: it has fewer cells than the grid (e.g. a
        # one-cell "{%tr for %}" row, or a row whose first cell spans columns).
        for tc in tcs[len(row) :]:
            tc.getparent().remove(tc)
    return table


# --------------------------------------------------------------------------- #
# Headers and footers
# --------------------------------------------------------------------------- #


def _header_footer(document: DocumentObject, which: str, kind: str, section: int):
    sect = document.sections[section]
    if kind == "default":
        hf = getattr(sect, which)
    elif kind == "first":
        sect.different_first_page_header_footer = True  # w:titlePg
        hf = getattr(sect, f"first_page_{which}")
    elif kind == "even":
        document.settings.odd_and_even_pages_header_footer = True
        hf = getattr(sect, f"even_page_{which}")
    else:
        raise ValueError(f"kind must be default, first or even, not {kind!r}")
    hf.is_linked_to_previous = False
    return hf


def set_header(
    document: DocumentObject,
    blocks: Sequence[Any],
    *,
    kind: str = "default",
    section: int = 0,
):
    """Give section ``section`` a header (``kind``: default, first, even) made of block specs."""
    hf = _header_footer(document, "header", kind, section)
    fill_blocks(hf, blocks)
    return hf


def set_footer(
    document: DocumentObject,
    blocks: Sequence[Any],
    *,
    kind: str = "default",
    section: int = 0,
):
    hf = _header_footer(document, "footer", kind, section)
    fill_blocks(hf, blocks)
    return hf


# --------------------------------------------------------------------------- #
# Footnotes and endnotes (no python-docx API)
# --------------------------------------------------------------------------- #

_NOTES = {
    # kind: (partname, content type, reltype, root tag, note tag, ref-in-body tag, ref-in-note tag)
    "footnote": (
        "/word/footnotes.xml",
        CT.WML_FOOTNOTES,
        RT.FOOTNOTES,
        "footnotes",
        "footnote",
        "footnoteReference",
        "footnoteRef",
    ),
    "endnote": (
        "/word/endnotes.xml",
        CT.WML_ENDNOTES,
        RT.ENDNOTES,
        "endnotes",
        "endnote",
        "endnoteReference",
        "endnoteRef",
    ),
}


def _notes_part(document: DocumentObject, kind: str) -> XmlPart:
    partname, ctype, reltype, root, note, _, _ = _NOTES[kind]
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    # Separator notes -1 and 0, as Word writes them.
    xml = (
        f"<w:{root} {_NSDECLS}>"
        f'<w:{note} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f"<w:r><w:separator/></w:r></w:p></w:{note}>"
        f'<w:{note} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f"<w:r><w:continuationSeparator/></w:r></w:p></w:{note}>"
        f"</w:{root}>"
    )
    part = XmlPart(PackURI(partname), ctype, parse_xml(xml), document.part.package)
    # The content-type override is written by python-docx from part.content_type.
    document.part.relate_to(part, reltype)
    return part


def _add_note(
    document: DocumentObject,
    kind: str,
    paragraph: Paragraph,
    note: ParaSpec | Sequence[ParaSpec],
) -> int:
    part = _notes_part(document, kind)
    _, _, _, _, note_tag, ref_tag, inner_ref_tag = _NOTES[kind]
    root = part.element
    ids = [int(n.get(w("id"))) for n in root.findall(w(note_tag))]
    note_id = max([0, *ids]) + 1
    note_el = parse_xml(f'<w:{note_tag} {_NSDECLS} w:id="{note_id}"/>')
    paras = _note_paragraph_specs(note)
    for i, spec in enumerate(paras):
        para = new_paragraph_element(spec)
        if i == 0:
            ref = parse_xml(
                f'<w:r {_NSDECLS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{inner_ref_tag}/></w:r>'
            )
            ppr = para._p.find(w("pPr"))
            if ppr is not None:
                ppr.addnext(ref)
            else:
                para._p.insert(0, ref)
        note_el.append(para._p)
    root.append(note_el)
    paragraph._p.append(
        parse_xml(
            f'<w:r {_NSDECLS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{ref_tag} w:id="{note_id}"/></w:r>'
        )
    )
    return note_id


def _note_paragraph_specs(note: Any) -> list[ParaSpec]:
    if isinstance(note, (str, P)):
        return [note]
    note = list(note)
    # A flat list of run specs is one paragraph; a list of lists is several.
    if note and all(isinstance(x, (list, P)) for x in note):
        return note
    return [note]


def add_footnote(
    document: DocumentObject, paragraph: Paragraph, note: ParaSpec | Sequence[ParaSpec]
) -> int:
    """Append a footnote reference to ``paragraph`` and the note (a paragraph
    spec, or a list of them) to ``word/footnotes.xml``; returns the note id."""
    return _add_note(document, "footnote", paragraph, note)


def add_endnote(
    document: DocumentObject, paragraph: Paragraph, note: ParaSpec | Sequence[ParaSpec]
) -> int:
    return _add_note(document, "endnote", paragraph, note)


# --------------------------------------------------------------------------- #
# Text boxes
# --------------------------------------------------------------------------- #


def _next_docpr_id(paragraph: Paragraph) -> int:
    root = paragraph._p.getroottree().getroot()
    ids = [int(el.get("id")) for el in root.iter(f"{{{WP_NS}}}docPr")]
    return max([0, *ids]) + 1


def add_text_box(
    paragraph: Paragraph,
    blocks: Sequence[ParaSpec] | ParaSpec,
    *,
    vml_fallback: bool = False,
    cx: int = 2743200,
    cy: int = 914400,
) -> etree._Element:
    """Append a run holding a floating text box (``wp:anchor`` / ``wps:wsp`` /
    ``wps:txbx`` / ``w:txbxContent``) to ``paragraph``; its content is one or
    more paragraph specs.  With ``vml_fallback`` the drawing is wrapped in
    ``mc:AlternateContent`` with a ``v:textbox`` fallback holding a copy of the
    paragraphs, as Word writes it.  Returns the (DrawingML) ``w:txbxContent``."""
    if isinstance(blocks, (str, P)) or (
        isinstance(blocks, tuple)
        and len(blocks) == 2
        and isinstance(blocks[1], Mapping)
    ):
        blocks = [blocks]
    docpr = _next_docpr_id(paragraph)

    def txbx_content() -> etree._Element:
        content = parse_xml(f"<w:txbxContent {_NSDECLS}/>")
        for spec in blocks:
            content.append(new_paragraph_element(spec)._p)
        return content

    drawing = parse_xml(
        f"<w:drawing {_NSDECLS}>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{docpr}" name="Text Box {docpr}"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:schemeClr val="lt1"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>'
        "<wps:txbx/>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    content = txbx_content()
    drawing.find(".//wps:txbx", NSMAP).append(content)

    run = parse_xml(f"<w:r {_NSDECLS}/>")
    if vml_fallback:
        ac = parse_xml(
            f'<mc:AlternateContent {_NSDECLS}><mc:Choice Requires="wps"/><mc:Fallback>'
            "<w:pict>"
            f'<v:shape id="Text Box {docpr}" type="#_x0000_t202" '
            'style="position:absolute;margin-left:0;margin-top:0;width:216pt;height:72pt;z-index:251659264" '
            'fillcolor="white" strokeweight=".5pt"><v:textbox/></v:shape>'
            "</w:pict></mc:Fallback></mc:AlternateContent>"
        )
        ac.find("mc:Choice", NSMAP).append(drawing)
        ac.find(".//v:textbox", NSMAP).append(txbx_content())
        run.append(ac)
    else:
        run.append(drawing)
    paragraph._p.append(run)
    return content


# --------------------------------------------------------------------------- #
# Comments
# --------------------------------------------------------------------------- #


def add_comment(
    document: DocumentObject,
    runs: Run | Sequence[Run],
    text: str | Sequence[ParaSpec],
    *,
    author: str = "Tester",
    initials: str = "T",
):
    """Anchor a comment on ``runs`` (python-docx 1.2 ``Document.add_comment``).
    ``text`` is plain text or a list of paragraph specs (to split tags)."""
    if isinstance(text, str):
        return document.add_comment(runs, text=text, author=author, initials=initials)
    comment = document.add_comment(runs, text="", author=author, initials=initials)
    blocks = list(text)
    if blocks:
        # the first paragraph already holds the w:annotationRef run: append to it
        fill_paragraph(comment.paragraphs[0], _as_p(blocks[0]).runs)
    for block in blocks[1:]:
        add_paragraph(comment, block)
    return comment


# --------------------------------------------------------------------------- #
# Building
# --------------------------------------------------------------------------- #


def save(document: DocumentObject) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_docx(build: Callable[[DocumentObject], Any] | None = None) -> bytes:
    """A fresh python-docx Document, passed to ``build``, saved to bytes."""
    document = docx.Document()
    if build is not None:
        build(document)
    return save(document)


def docx_from_blocks(*blocks: Any) -> bytes:
    """Body-only document from block specs (paragraph specs and :class:`Tbl`)."""

    def build(doc: DocumentObject) -> None:
        for block in blocks:
            if isinstance(block, Tbl):
                add_table(doc, block.rows, style=block.style or "Table Grid")
            else:
                add_paragraph(doc, block)

    return make_docx(build)


@dataclass
class DocBuilder:
    """Fluent wrapper over the functions above; every method returns ``self``."""

    document: DocumentObject = field(default_factory=docx.Document)

    @property
    def last_paragraph(self) -> Paragraph:
        return self.document.paragraphs[-1]

    def p(self, spec: ParaSpec = (), **props: Any) -> "DocBuilder":
        add_paragraph(self.document, spec, **props)
        return self

    def paragraphs(self, *specs: ParaSpec) -> "DocBuilder":
        for spec in specs:
            add_paragraph(self.document, spec)
        return self

    def table(
        self, rows: Sequence[Sequence[Any]], *, style: str | None = "Table Grid"
    ) -> "DocBuilder":
        add_table(self.document, rows, style=style)
        return self

    def header(
        self, blocks: Sequence[Any], *, kind: str = "default", section: int = 0
    ) -> "DocBuilder":
        set_header(self.document, blocks, kind=kind, section=section)
        return self

    def footer(
        self, blocks: Sequence[Any], *, kind: str = "default", section: int = 0
    ) -> "DocBuilder":
        set_footer(self.document, blocks, kind=kind, section=section)
        return self

    def footnote(
        self, body: ParaSpec, note: ParaSpec | Sequence[ParaSpec]
    ) -> "DocBuilder":
        """A body paragraph ``body`` ending with a reference to a new footnote ``note``."""
        add_footnote(self.document, add_paragraph(self.document, body), note)
        return self

    def endnote(
        self, body: ParaSpec, note: ParaSpec | Sequence[ParaSpec]
    ) -> "DocBuilder":
        add_endnote(self.document, add_paragraph(self.document, body), note)
        return self

    def text_box(
        self,
        body: ParaSpec,
        content: Sequence[ParaSpec] | ParaSpec,
        *,
        vml_fallback: bool = False,
    ) -> "DocBuilder":
        """A body paragraph ``body`` that anchors a text box holding ``content``."""
        add_text_box(
            add_paragraph(self.document, body), content, vml_fallback=vml_fallback
        )
        return self

    def comment(
        self,
        body: Sequence[RunSpec],
        on: Sequence[int] | int,
        text: str | Sequence[ParaSpec],
    ) -> "DocBuilder":
        """A body paragraph whose runs at indexes ``on`` (of the python-docx
        runs, noise excluded) carry a comment ``text``."""
        paragraph = add_paragraph(self.document, body)
        idx = [on] if isinstance(on, int) else list(on)
        runs = paragraph.runs
        add_comment(self.document, [runs[i] for i in idx], text)
        return self

    def do(self, fn: Callable[[DocumentObject], Any]) -> "DocBuilder":
        fn(self.document)
        return self

    def build(self) -> bytes:
        return save(self.document)


# --------------------------------------------------------------------------- #
# Reading back
# --------------------------------------------------------------------------- #

_SKIP_SUBTREES = frozenset(
    {
        w("pPr"),
        w("rPr"),
        w("del"),  # tracked deletions (w:delText)
        w("moveFrom"),
        w("instrText"),
        w("delText"),
        w("delInstrText"),
        f"{{{MC_NS}}}Fallback",  # the same content again, for old readers
    }
)
_NOTE_SKIP_TYPES = {"separator", "continuationSeparator", "continuationNotice"}
ALL_PARTS = ("body", "headers", "footers", "footnotes", "endnotes")


def _paragraph_text(p: etree._Element) -> str:
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_SUBTREES:
                continue
            if tag == w("p"):  # a paragraph nested in a text box: its own entry
                continue
            if tag == w("t"):
                out.append(child.text or "")
            elif tag in (w("tab"), w("ptab")):
                if el.tag == w("r"):
                    out.append("\t")
            elif tag in (w("br"), w("cr")):
                if el.tag == w("r"):
                    out.append("\n")
            elif tag == w("noBreakHyphen"):
                out.append("\u2011")
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _in_fallback(el: etree._Element) -> bool:
    return any(a.tag == f"{{{MC_NS}}}Fallback" for a in el.iterancestors())


def paragraph_texts(root: etree._Element) -> list[str]:
    """Text of every visible paragraph under ``root``, in document order
    (a text box's paragraphs come right after the paragraph anchoring it)."""
    return [_paragraph_text(p) for p in root.iter(w("p")) if not _in_fallback(p)]


def _note_paragraph_texts(root: etree._Element) -> list[str]:
    out: list[str] = []
    for note in root:
        if not isinstance(note.tag, str) or note.get(w("type")) in _NOTE_SKIP_TYPES:
            continue
        out.extend(paragraph_texts(note))
    return out


class DocxPackage:
    """A read-only view of a .docx's parts, with lxml."""

    def __init__(self, data: bytes) -> None:
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = set(self._zip.namelist())
        self.main = self._main_part_name()

    def xml(self, part_name: str) -> etree._Element:
        return etree.fromstring(self._zip.read(part_name.lstrip("/")))

    def _main_part_name(self) -> str:
        for rel in self._rels("").values():
            if rel[0].endswith("/officeDocument"):
                return rel[1]
        return "word/document.xml"

    def _rels(self, part_name: str) -> dict[str, tuple[str, str]]:
        """rId -> (reltype, target part name) for ``part_name`` ('' = package)."""
        base, name = posixpath.split(part_name)
        rels_name = posixpath.join(base, "_rels", name + ".rels")
        if rels_name not in self.names:
            return {}
        out = {}
        for rel in etree.fromstring(self._zip.read(rels_name)):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target")
            if target.startswith("/"):
                target = target[1:]
            else:
                target = posixpath.normpath(posixpath.join(base, target))
            out[rel.get("Id")] = (rel.get("Type"), target)
        return out

    def related(self, reltype_suffix: str) -> list[str]:
        """Part names the main part relates to with a reltype ending in ``/suffix``."""
        return [
            t
            for typ, t in self._rels(self.main).values()
            if typ.endswith("/" + reltype_suffix)
        ]

    def headers_footers(self, which: str) -> list[str]:
        """Header (or footer) part names: in the order the sections reference
        them, then any unreferenced ones, by name; no duplicates."""
        rels = self._rels(self.main)
        doc = self.xml(self.main)
        ordered: list[str] = []
        for ref in doc.iter(w(f"{which}Reference")):
            rid = ref.get(f"{{{R_NS}}}id")
            if rid in rels and rels[rid][1] not in ordered:
                ordered.append(rels[rid][1])
        rest = sorted(set(self.related(which)) - set(ordered), key=_natural_key)
        return ordered + rest


def _natural_key(s: str) -> list[Any]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]


def docx_paragraphs(data: bytes, parts: Sequence[str] = ALL_PARTS) -> list[str]:
    """Visible paragraph texts of a .docx, part by part in this order: body
    (tables, nested tables and text boxes included), headers, footers,
    footnotes, endnotes (restricted to ``parts``)."""
    unknown = set(parts) - set(ALL_PARTS)
    if unknown:
        raise ValueError(f"unknown parts {sorted(unknown)}; use {ALL_PARTS}")
    pkg = DocxPackage(data)
    out: list[str] = []
    for kind in ALL_PARTS:
        if kind not in parts:
            continue
        if kind == "body":
            body = pkg.xml(pkg.main).find(w("body"))
            if body is not None:
                out.extend(paragraph_texts(body))
        elif kind in ("headers", "footers"):
            for name in pkg.headers_footers(kind[:-1]):
                out.extend(paragraph_texts(pkg.xml(name)))
        else:
            for name in pkg.related(kind):
                out.extend(_note_paragraph_texts(pkg.xml(name)))
    return out


def docx_text(data: bytes, parts: Sequence[str] = ALL_PARTS) -> str:
    """All visible text: :func:`docx_paragraphs` joined by ``"\\n"``.  Tabs are
    ``"\\t"``, ``w:br``/``w:cr`` ``"\\n"``; ``w:delText`` and ``w:instrText``
    are skipped, as is ``mc:Fallback`` content (it repeats ``mc:Choice``)."""
    return "\n".join(docx_paragraphs(data, parts))


def part_paragraphs(data: bytes, part_name: str) -> list[str]:
    """Visible paragraph texts of one part, e.g. ``word/footnotes.xml``
    (footnote/endnote separators are skipped)."""
    pkg = DocxPackage(data)
    root = pkg.xml(part_name)
    if root.tag in (w("footnotes"), w("endnotes")):
        return _note_paragraph_texts(root)
    return paragraph_texts(root)


def part_text(data: bytes, part_name: str) -> str:
    return "\n".join(part_paragraphs(data, part_name))


def part_xml(data: bytes, part_name: str = "word/document.xml") -> etree._Element:
    return DocxPackage(data).xml(part_name)


def part_names(data: bytes) -> list[str]:
    return sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())


def iter_xml_text(data: bytes) -> Iterator[tuple[str, str]]:
    """(part name, decoded XML) for every XML part, for "no tag left" checks."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in sorted(z.namelist()):
            if name.endswith(".xml") or name.endswith(".rels"):
                yield name, z.read(name).decode("utf-8")
