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
from bisect import bisect_right
from dataclasses import dataclass, field

from lxml import etree

from adaptkit.docx.model import (
    PPR,
    PSTYLE,
    RPR,
    XML_SPACE,
    P,
    ParagraphText,
    R,
    T,
    first_words,
    paragraph_text,
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
_RENDERED_BREAK = w("lastRenderedPageBreak")
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
    key: tuple = ()  # formatting of text
    elements: list[etree._Element] = field(default_factory=list)  # the runs / hyperlink / atom elements
    texts: list[etree._Element] | None = field(default_factory=list)  # its own w:t elements; None if shared


@dataclass
class Unit:
    """One paragraph as translators see it, and what rebuilding it needs."""

    msgid: str
    paragraph: etree._Element
    part_label: str
    number: int  # 1-based paragraph number in the part
    base_rpr: etree._Element | None
    tags: dict[int, Piece]  # tag number -> what it stands for
    sequence: list[tuple[str, int, Piece]] = field(default_factory=list)  # ("text"|"span"|"atom", tag, piece)

    @property
    def style(self) -> str:
        """The paragraph's style id, for translators' comments."""
        if self.paragraph is None:
            return ""
        style = self.paragraph.find(f"{PPR}/{PSTYLE}")
        return (style.get(w("val")) or "") if style is not None else ""

    @property
    def location(self) -> tuple[str, int]:
        return (self.part_label.replace(" ", ""), self.number)

    @property
    def excerpt(self) -> str:
        return first_words(self.msgid)


def _rpr_key(rpr: etree._Element | None) -> tuple:
    """What a run's formatting looks like, comparable between runs (language and spell-check marks aside)."""
    if rpr is None:
        return ()
    return tuple((child.tag, tuple(child.attrib.items())) for child in rpr if child.tag not in _INVISIBLE_RPR)


def _run_pieces(paragraph: etree._Element) -> list[Piece] | None:
    """Pieces of a paragraph made only of text runs (the usual shape of formatted prose),
    without the general walk; None for any other shape."""
    pieces = []
    for run in paragraph:
        tag = run.tag
        if tag == PPR:
            continue
        if tag != R:
            return None
        count = len(run)
        if count == 1:
            rpr, text = None, run[0]
        elif count == 2 and run[0].tag == RPR:
            rpr, text = run[0], run[1]
        else:
            return None
        if text.tag != T:
            return None
        value = text.text or ""
        if "{%" in value or "{#" in value:
            return None
        if value:
            pieces.append(Piece("text", value, _rpr_key(rpr) if rpr is not None else (), [run], [text]))
    return pieces


def _pieces(paragraph: etree._Element) -> list[Piece]:
    """The paragraph as a flat list of text stretches, hyperlinks and atoms, in reading order."""
    pieces: list[Piece] = []
    field_runs: list[etree._Element] | None = None  # collecting a complex field, begin to end

    def visit(container: etree._Element) -> None:
        nonlocal field_runs
        for child in container:
            tag = child.tag
            if tag in _SKIPPED or tag in _MARKERS or not isinstance(tag, str):
                continue
            if field_runs is not None:
                field_runs.append(child)
                if tag == R and _field_char(child) == "end":
                    pieces.append(Piece("atom", elements=field_runs))
                    field_runs = None
            elif tag == R:
                if child.find(_FIELD_CHAR) is not None and _field_char(child) == "begin":
                    field_runs = [child]
                else:
                    visit_run(child)
            elif tag in _TRANSPARENT:
                visit(child)
            elif tag == _HYPERLINK:
                text = "".join(t.text or "" for t in child.iter(T))
                pieces.append(Piece("link", text=text, elements=[child], texts=list(child.iter(T))))
            else:  # fldSimple, math, inline content controls we do not open...
                pieces.append(Piece("atom", elements=[child]))

    def visit_run(run: etree._Element) -> None:
        rpr = None
        key: tuple = ()
        for child in run:
            tag = child.tag
            if tag == RPR:
                rpr, key = child, _rpr_key(child)
            elif tag == T:
                text = child.text or ""
                if "{%" not in text and "{#" not in text:
                    if text:
                        pieces.append(Piece("text", text, key, [run], [child]))
                    continue
                statements = _STATEMENT.findall(text)  # inline {% %} never sits inside a unit
                for index, chunk in enumerate(_STATEMENT.split(text)):
                    if index:
                        statement = statements[index - 1]
                        pieces.append(Piece("atom", statement, elements=[_statement_run(rpr, statement)]))
                    if chunk:
                        pieces.append(Piece("text", chunk, key, [run], None))  # shares its w:t
            elif tag != _RENDERED_BREAK:
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


def is_translatable(text: str) -> bool:
    """False for text that is only tags, numbers, punctuation or whitespace.

    A ``plural(...)`` placeholder holds words, so a paragraph with one is text."""
    if "{" not in text:
        return not _NOT_TRANSLATABLE.fullmatch(text)
    return "plural(" in text or not _NOT_TRANSLATABLE.fullmatch(TAG_PATTERN.sub("", text))


def plain_run_text(paragraph: etree._Element) -> etree._Element | None:
    """The ``w:t`` of a paragraph that is one plain text run (paragraph properties aside), else None."""
    count = len(paragraph)
    if count == 0 or count > 2 or (count == 2 and paragraph[0].tag != PPR):
        return None
    run = paragraph[-1]
    if run.tag != R:
        return None
    count = len(run)
    if count == 0 or count > 2 or (count == 2 and run[0].tag != RPR):
        return None
    text = run[-1]
    return text if text.tag == T else None


def simple_msgid(text: str) -> str | None:
    """The msgid of a paragraph that is one plain run holding ``text``: ``""`` when there is
    nothing to translate, None when the text holds statements and needs the general path."""
    if "{%" in text or "{#" in text:
        return None
    if not is_translatable(text):
        return ""
    return _escape_outside_tags(text) if ("<" in text or "&" in text) else text


def make_unit(paragraph: etree._Element, part_label: str, number: int) -> Unit | None:
    """The unit for one paragraph, or None when there is nothing to translate."""
    simple = plain_run_text(paragraph)
    if simple is not None:
        msgid = simple_msgid(simple.text or "")
        if msgid == "":
            return None
        if msgid is not None:
            return Unit(msgid, paragraph, part_label, number, simple.getparent().find(RPR), {})
    pieces = _run_pieces(paragraph)
    if pieces is None:
        pieces = _pieces(paragraph)
    texts = [p for p in pieces if p.kind == "text"]
    if not texts and not any(p.kind == "link" for p in pieces):
        return None
    plain = "".join(p.text for p in pieces if p.kind in ("text", "link"))
    if not is_translatable(plain):
        return None
    if ("{%" in plain or "{#" in plain) and any(
            m.group(0).startswith(("{%p", "{%tr", "{%tc", "{%r", "{#p")) for m in TAG_PATTERN.finditer(plain)):
        return None  # structural tags: the paragraph is not content
    weights: dict[tuple, int] = {}
    for piece in texts:
        weights[piece.key] = weights.get(piece.key, 0) + len(piece.text)
    base_key = max(weights, key=lambda k: (weights[k], k == ())) if weights else ()
    base_rpr = next((p.elements[0].find(RPR) for p in texts if p.key == base_key), None)
    out: list[str] = []
    tags: dict[int, Piece] = {}
    merged: list[Piece] = []
    for piece in pieces:  # neighbouring text in the same formatting is one span
        if merged and piece.kind == "text" and merged[-1].kind == "text" and merged[-1].key == piece.key:
            previous = merged[-1]
            texts = None if previous.texts is None or piece.texts is None else previous.texts + piece.texts
            merged[-1] = Piece("text", previous.text + piece.text, piece.key, previous.elements + piece.elements, texts)
        else:
            merged.append(piece)
    sequence: list[tuple[str, int, Piece]] = []
    for piece in merged:
        if piece.kind == "text" and piece.key == base_key:
            out.append(_escape_outside_tags(piece.text))
            sequence.append(("text", 0, piece))
            continue
        number_ = len(tags) + 1
        tags[number_] = piece
        if piece.kind == "atom":
            out.append(f"<{number_}/>")
            sequence.append(("atom", number_, piece))
        else:
            out.append(f"<{number_}>{_escape_outside_tags(piece.text)}</{number_}>")
            sequence.append(("span", number_, piece))
    return Unit("".join(out), paragraph, part_label, number, base_rpr, tags, sequence)


def _escape_outside_tags(text: str) -> str:
    """Escape ``<`` and ``&`` in text but leave ``{{ … }}`` exactly as written."""
    if "<" not in text and "&" not in text:
        return text
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
        _consolidate(model)


def consolidate_paragraph(paragraph: etree._Element) -> None:
    """:func:`consolidate_tags` for one paragraph (cheap when it has no ``{``)."""
    if any("{" in (text.text or "") for text in paragraph.iter(T)):
        _consolidate(paragraph_text(paragraph))


def _consolidate(model: ParagraphText) -> None:
    if len(model.segments) < 2:
        return
    starts = [segment.start for segment in model.segments]
    edits = [(m.start(), m.end(), m.group(0)) for m in TAG_PATTERN.finditer(model.text)
             if bisect_right(starts, m.start()) != bisect_right(starts, m.end() - 1)]  # split over runs
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


def _rewrite_in_place(unit: Unit, tokens: list[tuple[str, object]]) -> bool:
    """When the translation keeps the source's order of text, spans and atoms, put each
    new text into the ``w:t`` elements it replaces: nothing is rebuilt, nothing moves."""
    if len(tokens) != len(unit.sequence):
        return False
    plan = []
    for (kind, value), (source_kind, number, piece) in zip(tokens, unit.sequence):
        if kind != source_kind or piece.texts is None and kind != "atom":
            return False
        if kind == "text":
            plan.append((piece, str(value)))
        elif kind == "span":
            tag, text = value  # type: ignore[misc]
            if tag != number or "\x00" in text or not piece.texts:
                return False
            plan.append((piece, text))
        elif value != number:
            return False
    for piece, text in plan:
        first, *rest = piece.texts  # type: ignore[misc]
        first.text = unescape(text)
        first.set(XML_SPACE, "preserve")
        for extra in rest:
            extra.text = ""
    return True


_WORD_ARGUMENT = re.compile(r'\w+\s*=\s*""\s*,?\s*')
_STRING_LITERAL = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")


def placeholders(text: str) -> list[str]:
    """The ``{{ }}`` placeholders of a msgid or msgstr, normalised and sorted, for comparing a
    translation with its source. Quoted words inside a placeholder are the translator's to
    change (``plural(one="year", other="years")`` becomes ``plural(one="год", few="года",
    many="лет", other="года")``), so they do not count; names, filters and their order do."""
    found = []
    for match in TAG_PATTERN.finditer(text):
        tag = match.group(0)
        if tag.startswith("{{"):
            body = tag[2:-2]
            if '"' in body or "'" in body:
                body = _STRING_LITERAL.sub('""', body)
                body = _WORD_ARGUMENT.sub("", body)  # plural(one=..., few=..., other=...): forms vary by language
            found.append(" ".join(body.split()))
    return sorted(found)


def rebuild(unit: Unit, msgstr: str) -> None:
    """Replace the paragraph's runs with the translation, formatting restored by tag number."""
    if not unit.tags and "<" not in msgstr:  # plain text in one formatting: rewrite the text in place
        texts = [t for t in unit.paragraph.iter(T)]
        if len(texts) == 1:
            texts[0].text = unescape(msgstr)
            texts[0].set(XML_SPACE, "preserve")
            return
    tokens = parse_translation(msgstr, unit)
    if _rewrite_in_place(unit, tokens):
        return
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
