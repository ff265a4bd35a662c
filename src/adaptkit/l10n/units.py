"""Translation units: one per paragraph, with formatting as numbered inline tags.

A paragraph's *base* formatting is the one most of its text has. Text in any
other formatting, and hyperlinks, become ``<1>…</1>``; tabs, breaks, fields,
note references, images and inline ``{% %}`` statements become ``<2/>``. Tags
are numbered from 1 in each paragraph. ``{{ expr }}`` stays verbatim. A literal
``<`` or ``&`` in the text is written ``&lt;`` / ``&amp;`` so it can never be
taken for a tag. For example::

    Members who are <1>sex worker-led</1> may vote at the {{ assembly_name }}.

Translators may move tags; :func:`rebuild` puts each one back by its number,
with the formatting or element it stood for.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from lxml import etree

from adaptkit.docx.model import (
    PPR,
    PSTYLE,
    RPR,
    XML_SPACE,
    P,
    R,
    T,
    first_words,
    paragraphs_with_braces,
    remove_noise,
    w,
)
from adaptkit.docx.package import TextPart
from adaptkit.docx.tags import TAG_PATTERN

_HYPERLINK, _INS, _DEL = w("hyperlink"), w("ins"), w("del")
_TRANSPARENT = {w("smartTag"), w("customXml"), _INS, w("moveTo")}
_SKIPPED = {PPR, w("proofErr"), w("lastRenderedPageBreak"), _DEL, w("moveFrom"), w("permStart"), w("permEnd")}
_MARKERS = {w("bookmarkStart"), w("bookmarkEnd"), w("commentRangeStart"), w("commentRangeEnd")}
_FIELD_CHAR = w("fldChar")
_INVISIBLE_RPR = {w("noProof"), w("lang"), w("rPrChange"), w("webHidden")}
_NOT_TRANSLATABLE = re.compile(r"[\s\d\W]*", re.UNICODE)
TAG_TOKEN = re.compile(r"<(\d+)/>|<(\d+)>|</(\d+)>")
_STATEMENT = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&amp;", "&")


@dataclass
class Piece:
    """A stretch of a paragraph: text in one formatting, a hyperlink, or an atom."""

    kind: str  # "text" | "link" | "atom"
    text: str = ""
    key: bytes = b""  # formatting of text
    elements: list[etree._Element] = field(default_factory=list)  # the runs / hyperlink / atom elements


@dataclass
class Unit:
    """One paragraph as translators see it, and what rebuilding it needs."""

    msgid: str
    paragraph: etree._Element
    part_label: str
    number: int  # 1-based paragraph number in the part
    style: str
    base_rpr: etree._Element | None
    tags: dict[int, Piece]  # tag number -> what it stands for

    @property
    def location(self) -> tuple[str, int]:
        return (self.part_label.replace(" ", ""), self.number)

    @property
    def excerpt(self) -> str:
        return first_words(self.msgid)


def _rpr_key(rpr: etree._Element | None) -> bytes:
    if rpr is None:
        return b""
    return b"".join(etree.tostring(child) for child in rpr if child.tag not in _INVISIBLE_RPR)


def _pieces(paragraph: etree._Element) -> list[Piece]:
    pieces: list[Piece] = []
    field_runs: list[etree._Element] | None = None  # collecting a complex field

    def visit(container: etree._Element) -> None:
        nonlocal field_runs
        for child in container:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED or tag in _MARKERS:
                continue
            if field_runs is not None:
                field_runs.append(child)
                if tag == R and _field_char(child) == "end":
                    pieces.append(Piece("atom", elements=field_runs))
                    field_runs = None
                continue
            if tag in _TRANSPARENT:
                visit(child)
            elif tag == R:
                if _field_char(child) == "begin":
                    field_runs = [child]
                    continue
                visit_run(child)
            elif tag == _HYPERLINK:
                text = "".join(t.text or "" for t in child.iter(T))
                pieces.append(Piece("link", text=text, elements=[child]))
            else:  # fldSimple, math, inline content controls we do not open...
                pieces.append(Piece("atom", elements=[child]))

    def visit_run(run: etree._Element) -> None:
        rpr = run.find(RPR)
        key = _rpr_key(rpr)
        for child in run:
            if child.tag == RPR:
                continue
            if child.tag == T:
                text = child.text or ""
                statements = _STATEMENT.findall(text)  # inline {% %} never sits inside a unit
                for index, chunk in enumerate(_STATEMENT.split(text)):
                    if index:
                        statement = statements[index - 1]
                        pieces.append(Piece("atom", statement, elements=[_statement_run(rpr, statement)]))
                    if chunk:
                        pieces.append(Piece("text", chunk, key, [run]))
            elif child.tag in (w("lastRenderedPageBreak"),):
                continue
            else:
                atom = etree.Element(R)
                if rpr is not None:
                    atom.append(copy.deepcopy(rpr))
                atom.append(copy.deepcopy(child))
                pieces.append(Piece("atom", elements=[atom]))

    visit(paragraph)
    if field_runs:  # an unterminated field: keep what there is as one atom
        pieces.append(Piece("atom", elements=field_runs))
    return pieces


def _field_char(run: etree._Element) -> str | None:
    char = run.find(_FIELD_CHAR)
    return char.get(w("fldCharType")) if char is not None else None


def _statement_run(rpr: etree._Element | None, statement: str) -> etree._Element:
    run = etree.Element(R)
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    text = etree.SubElement(run, T)
    text.text = statement
    text.set(XML_SPACE, "preserve")
    return run


def simple_text(paragraph: etree._Element) -> etree._Element | None:
    """The one ``w:t`` of a paragraph made of a single plain text run, else None.

    Most paragraphs of a manual are like this; their unit is just their escaped
    text, and translating them means replacing that text, so they skip the
    general machinery.
    """
    found = None
    for child in paragraph:
        tag = child.tag
        if tag == PPR:
            continue
        if tag != R or found is not None:
            return None
        for grandchild in child:
            if grandchild.tag == T and found is None:
                found = grandchild
            elif grandchild.tag != RPR:
                return None
        if found is None:
            return None
    if found is None:
        return None
    text = found.text or ""
    if "{%" in text or "{#" in text:
        return None
    return found


def is_translatable(text: str) -> bool:
    """False for text that is only tags, numbers, punctuation or whitespace."""
    bare = TAG_PATTERN.sub("", text) if "{" in text else text
    return not _NOT_TRANSLATABLE.fullmatch(bare)


def make_unit(paragraph: etree._Element, part_label: str, number: int) -> Unit | None:
    """The unit for one paragraph, or None when there is nothing to translate."""
    simple = simple_text(paragraph)
    if simple is not None:
        text = simple.text or ""
        if not is_translatable(text) or text.lstrip().startswith(("{%p", "{%tr", "{%tc", "{%r", "{#p")):
            return None
        run = simple.getparent()
        return Unit(_escape_outside_tags(text), paragraph, part_label, number, _style(paragraph), run.find(RPR),
                    {})
    pieces = _pieces(paragraph)
    texts = [p for p in pieces if p.kind == "text"]
    if not texts and not any(p.kind == "link" for p in pieces):
        return None
    plain = "".join(p.text for p in pieces if p.kind in ("text", "link"))
    if not is_translatable(plain):
        return None
    if any(TAG_PATTERN.fullmatch(m.group(0)) and m.group(0).startswith(("{%p", "{%tr", "{%tc", "{%r", "{#p"))
           for m in TAG_PATTERN.finditer(plain)):
        return None  # structural tags: the paragraph is not content
    weights: dict[bytes, int] = {}
    for piece in texts:
        weights[piece.key] = weights.get(piece.key, 0) + len(piece.text)
    base_key = max(weights, key=lambda k: (weights[k], k == b"")) if weights else b""
    base_rpr = next((p.elements[0].find(RPR) for p in texts if p.key == base_key), None)
    out: list[str] = []
    tags: dict[int, Piece] = {}
    merged: list[Piece] = []
    for piece in pieces:  # neighbouring text in the same formatting is one span
        if merged and piece.kind == "text" and merged[-1].kind == "text" and merged[-1].key == piece.key:
            merged[-1] = Piece("text", merged[-1].text + piece.text, piece.key, merged[-1].elements + piece.elements)
        else:
            merged.append(piece)
    for piece in merged:
        if piece.kind == "text" and piece.key == base_key:
            out.append(_escape_outside_tags(piece.text))
            continue
        number_ = len(tags) + 1
        tags[number_] = piece
        if piece.kind == "atom":
            out.append(f"<{number_}/>")
        else:
            out.append(f"<{number_}>{_escape_outside_tags(piece.text)}</{number_}>")
    return Unit("".join(out), paragraph, part_label, number, _style(paragraph), base_rpr, tags)


def _style(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{PPR}/{PSTYLE}")
    return (style.get(w("val")) or "") if style is not None else ""


def _escape_outside_tags(text: str) -> str:
    """Escape ``<`` and ``&`` in text but leave ``{{ … }}`` exactly as written."""
    parts = []
    position = 0
    for match in TAG_PATTERN.finditer(text):
        parts.append(escape(text[position:match.start()]))
        parts.append(match.group(0))
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)


def consolidate_tags(part: TextPart) -> None:
    """Gather each ``{{ }}``/``{% %}`` tag Word split over runs into the run where it begins."""
    for model in paragraphs_with_braces(part.root):
        edits = [(m.start(), m.end(), m.group(0)) for m in TAG_PATTERN.finditer(model.text)]
        if edits:
            model.replace(edits)


def extract_units(part: TextPart) -> list[Unit]:
    """Every translatable paragraph of a part, after Word's noise is removed."""
    remove_noise(part.root)
    consolidate_tags(part)
    units = []
    for number, paragraph in enumerate(part.root.iter(P), 1):
        unit = make_unit(paragraph, part.label, number)
        if unit is not None:
            units.append(unit)
    return units


class TagMismatch(ValueError):
    """A translation's tags or placeholders do not match its source."""


def parse_translation(msgstr: str, unit: Unit) -> list[tuple[str, object]]:
    """Split a translation into ("text", str), ("span", (n, text)) and ("atom", n) tokens.

    Raises :class:`TagMismatch` when tags are missing, unknown, repeated or nested.
    """
    tokens: list[tuple[str, object]] = []
    open_tag: int | None = None
    open_text: list[str] = []
    seen: set[int] = set()
    position = 0
    for match in TAG_TOKEN.finditer(msgstr):
        text = msgstr[position:match.start()]
        if open_tag is None:
            if text:
                tokens.append(("text", text))
        else:
            open_text.append(text)
        position = match.end()
        atom, start, end = match.groups()
        number = int(atom or start or end)
        if number not in unit.tags:
            raise TagMismatch(f"unknown tag <{number}>")
        expected_atom = unit.tags[number].kind == "atom"
        if atom:
            if not expected_atom:
                raise TagMismatch(f"<{number}/> should be a pair <{number}>…</{number}>")
            if open_tag is not None:
                open_text.append(f"\x00{number}\x00")  # an atom inside a span: placed after it
                seen.add(number)
                continue
            if number in seen:
                raise TagMismatch(f"<{number}/> appears twice")
            seen.add(number)
            tokens.append(("atom", number))
        elif start:
            if expected_atom:
                raise TagMismatch(f"<{number}> should be <{number}/>")
            if open_tag is not None:
                raise TagMismatch(f"<{number}> opens inside <{open_tag}>: tags may not nest")
            if number in seen:
                raise TagMismatch(f"<{number}> appears twice")
            open_tag, open_text = number, []
            seen.add(number)
        else:
            if open_tag != number:
                raise TagMismatch(f"</{number}> closes a tag that is not open")
            tokens.append(("span", (number, "".join(open_text))))
            open_tag = None
    if open_tag is not None:
        raise TagMismatch(f"<{open_tag}> is never closed")
    tail = msgstr[position:]
    if tail:
        tokens.append(("text", tail))
    missing = sorted(set(unit.tags) - seen)
    if missing:
        raise TagMismatch("missing tag " + ", ".join(f"<{n}>" if unit.tags[n].kind != "atom" else f"<{n}/>"
                                                      for n in missing))
    return tokens


def placeholders(text: str) -> list[str]:
    """The ``{{ }}`` placeholders of a msgid or msgstr, normalised, sorted."""
    return sorted(" ".join(m.group(0)[2:-2].split()) for m in TAG_PATTERN.finditer(text) if m.group(0).startswith("{{"))


def rebuild(unit: Unit, msgstr: str) -> None:
    """Replace the paragraph's runs with the translation, formatting restored by tag number."""
    if not unit.tags and "<" not in msgstr:  # plain text in one formatting: rewrite the text in place
        texts = [t for t in unit.paragraph.iter(T)]
        if len(texts) == 1:
            texts[0].text = unescape(msgstr)
            texts[0].set(XML_SPACE, "preserve")
            return
    tokens = parse_translation(msgstr, unit)
    paragraph = unit.paragraph
    markers = [child for child in paragraph if child.tag in _MARKERS]
    for child in list(paragraph):
        if child.tag != PPR:
            paragraph.remove(child)
    for marker in markers:  # bookmarks keep working; they move to the start of the paragraph
        paragraph.append(marker)
    used: set[int] = set()

    def text_run(text: str, rpr: etree._Element | None) -> etree._Element:
        run = etree.Element(R)
        if rpr is not None:
            run.append(copy.deepcopy(rpr))
        element = etree.SubElement(run, T)
        element.text = unescape(text)
        element.set(XML_SPACE, "preserve")
        return run

    def atom(number: int) -> list[etree._Element]:
        elements = unit.tags[number].elements
        if number in used:
            return [copy.deepcopy(e) for e in elements]
        used.add(number)
        return elements

    for kind, value in tokens:
        if kind == "text":
            paragraph.append(text_run(str(value), unit.base_rpr))
        elif kind == "atom":
            for element in atom(int(value)):  # type: ignore[arg-type]
                paragraph.append(element)
        else:
            number, text = value  # type: ignore[misc]
            inner_atoms = [int(n) for n in re.findall(r"\x00(\d+)\x00", text)]
            text = re.sub(r"\x00\d+\x00", "", text)
            piece = unit.tags[number]
            if piece.kind == "link":
                link = piece.elements[0]
                first_run = link.find(R)
                rpr = first_run.find(RPR) if first_run is not None else None
                new_link = etree.Element(link.tag, dict(link.attrib))
                new_link.append(text_run(text, rpr))
                paragraph.append(new_link)
            else:
                paragraph.append(text_run(text, piece.elements[0].find(RPR)))
            for inner in inner_atoms:
                for element in atom(inner):
                    paragraph.append(element)
