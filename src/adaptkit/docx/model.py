"""The run-aware text model of a Word part.

Word stores a typed sentence as many runs: spell-check marks, revision ids and
formatting changes split it at arbitrary points. This module lets the rest of
adaptkit see a paragraph as one string while keeping track of which ``w:t``
element each character lives in, so that text can be rewritten in place with the
formatting of the run where a change begins.

It is shared by rendering, translation and terminology: they all work on
:class:`ParagraphText` and report places with :func:`locate`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from lxml import etree

from adaptkit.errors import Location

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    """Clark notation for a WordprocessingML tag: ``w("p") -> "{...}p"``."""
    return f"{{{W_NS}}}{tag}"


P, R, T, TBL, TR, TC = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc")
RPR, PPR, TCPR, PSTYLE = w("rPr"), w("pPr"), w("tcPr"), w("pStyle")

# Elements that only record how a document was edited or spell-checked. They
# carry no content, so they may be dropped before text is merged.
NOISE_TAGS = frozenset({w("proofErr"), w("lastRenderedPageBreak")})
# Run properties that do not change how text looks.
_INVISIBLE_RPR = frozenset({w("noProof"), w("lang"), w("rStyle") + "#none"})


@dataclass
class Segment:
    """A stretch of a paragraph's text held by one ``w:t`` element."""

    element: etree._Element  # the w:t
    start: int  # offset of its first character in the paragraph text


@dataclass
class ParagraphText:
    """A paragraph's visible text and the ``w:t`` elements it comes from.

    Text inside nested paragraphs (text boxes anchored in this paragraph) belongs
    to those paragraphs, not to this one.
    """

    paragraph: etree._Element
    segments: list[Segment] = field(default_factory=list)
    text: str = ""

    def segment_at(self, offset: int) -> int:
        """Index of the segment holding the character at ``offset``."""
        starts = [s.start for s in self.segments]
        return max(0, bisect_right(starts, offset) - 1)

    def replace(self, edits: list[tuple[int, int, str]]) -> None:
        """Apply non-overlapping ``(start, end, new_text)`` edits to the paragraph.

        Each replacement goes into the ``w:t`` where its span begins, so it keeps
        that run's formatting; characters of the span in later runs are removed,
        and runs left empty are removed with them.
        """
        if not edits:
            return
        edits = sorted(edits)
        new_texts: list[list[str]] = [[] for _ in self.segments]
        ends = [s.start for s in self.segments[1:]] + [len(self.text)]
        edit_index = 0
        position = 0
        for index, segment in enumerate(self.segments):
            end = ends[index]
            position = max(position, segment.start)
            pieces = new_texts[index]
            while position < end:
                if edit_index < len(edits) and edits[edit_index][0] < end:
                    start, stop, replacement = edits[edit_index]
                    if position < start:
                        pieces.append(self.text[position:start])
                    pieces.append(replacement)
                    position = stop
                    edit_index += 1
                else:
                    pieces.append(self.text[position:end])
                    position = end
        for segment, pieces in zip(self.segments, new_texts):
            set_text(segment.element, "".join(pieces))
        for segment in self.segments:
            if not segment.element.text:
                _remove_empty_text(segment.element)
        self.refresh()

    def refresh(self) -> None:
        fresh = paragraph_text(self.paragraph)
        self.segments, self.text = fresh.segments, fresh.text


def set_text(t: etree._Element, text: str) -> None:
    t.text = text
    if text[:1].isspace() or text[-1:].isspace() or "  " in text:
        t.set(XML_SPACE, "preserve")


def _remove_empty_text(t: etree._Element) -> None:
    run = t.getparent()
    if run is None:
        return
    run.remove(t)
    if run.tag == R and all(child.tag == RPR for child in run):
        parent = run.getparent()
        if parent is not None:
            parent.remove(run)


def owning_paragraph(element: etree._Element) -> etree._Element | None:
    """The nearest ``w:p`` above ``element``."""
    node = element.getparent()
    while node is not None and node.tag != P:
        node = node.getparent()
    return node


def paragraph_text(paragraph: etree._Element) -> ParagraphText:
    """The text of one paragraph (not of paragraphs nested in its text boxes)."""
    result = ParagraphText(paragraph)
    pieces: list[str] = []
    offset = 0
    for t in paragraph.iter(T):
        if owning_paragraph(t) is not paragraph:
            continue
        text = t.text or ""
        result.segments.append(Segment(t, offset))
        pieces.append(text)
        offset += len(text)
    result.text = "".join(pieces)
    return result


def iter_paragraph_texts(root: etree._Element) -> list[ParagraphText]:
    """Every paragraph of a part that holds text, in document order, in one pass."""
    found: dict[etree._Element, tuple[ParagraphText, list[str]]] = {}
    for t in root.iter(T):
        paragraph = owning_paragraph(t)
        if paragraph is None:
            continue
        if paragraph not in found:
            found[paragraph] = (ParagraphText(paragraph), [])
        model, pieces = found[paragraph]
        text = t.text or ""
        start = model.segments[-1].start + len(pieces[-1]) if pieces else 0
        model.segments.append(Segment(t, start))
        pieces.append(text)
    for model, pieces in found.values():
        model.text = "".join(pieces)
    return [model for model, _ in found.values()]


_TEXT_WITH_BRACE = etree.XPath("//w:t[contains(text(), '{')]", namespaces={"w": W_NS})


def paragraphs_with_braces(root: etree._Element) -> list[ParagraphText]:
    """The paragraphs that have a ``{`` somewhere, which only they can hold a tag.

    XPath finds the texts in C, so a large document costs little when few of
    its paragraphs hold tags.
    """
    holders = dict.fromkeys(owning_paragraph(t) for t in _TEXT_WITH_BRACE(root))
    holders.pop(None, None)
    return [paragraph_text(paragraph) for paragraph in holders]


def remove_noise(root: etree._Element) -> None:
    """Drop spell-check marks and rendering hints, which split runs for no reason."""
    for element in list(root.iter(*NOISE_TAGS)):
        parent = element.getparent()
        if parent is not None:
            drop_keeping_tail(element)


def drop_keeping_tail(element: etree._Element) -> None:
    """Remove ``element`` and its content, keeping any text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _format_key(run: etree._Element) -> bytes:
    rpr = run.find(RPR)
    if rpr is None:
        return b""
    visible = [child for child in rpr if child.tag not in _INVISIBLE_RPR and child.tag != w("rPrChange")]
    return b"".join(etree.tostring(child) for child in visible)


def merge_runs(paragraph: etree._Element) -> None:
    """Merge neighbouring runs that look the same and hold only text.

    Translation units and terminology matching read better when a word typed in
    one go is one run again. Bookmarks, fields and anything else between runs
    keep them apart, so nothing that carries meaning moves.
    """
    previous: etree._Element | None = None
    previous_key = b""
    for run in list(paragraph):
        if run.tag != R or not _is_plain_text_run(run):
            previous = None
            continue
        key = _format_key(run)
        if previous is not None and key == previous_key:
            target = previous.find(T)
            source = run.find(T)
            set_text(target, (target.text or "") + (source.text or ""))
            paragraph.remove(run)
            continue
        previous, previous_key = run, key


def _is_plain_text_run(run: etree._Element) -> bool:
    children = [child for child in run if child.tag != RPR]
    return len(children) == 1 and children[0].tag == T


# -- places -----------------------------------------------------------------

_HEADING_STYLES = ("heading", "title", "berschrift", "titre", "título", "titulo", "заголовок")


def first_words(text: str, count: int = 6) -> str:
    words = text.split()
    excerpt = " ".join(words[:count])
    if len(excerpt) > 48:
        excerpt = excerpt[:47].rstrip()
        return excerpt + "…"
    return excerpt + ("…" if len(words) > count else "")


def _is_heading(paragraph: etree._Element) -> bool:
    style = paragraph.find(f"{PPR}/{PSTYLE}")
    if style is None:
        return False
    value = (style.get(w("val")) or "").lower()
    return value.startswith(_HEADING_STYLES)


def _plain_text(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(T) if owning_paragraph(t) is paragraph)


def locate(element: etree._Element, part_label: str) -> Location:
    """Where ``element`` (a paragraph or anything inside one) sits, for messages.

    Computed only when something goes wrong, so it may walk the whole part.
    """
    paragraph = element if element.tag == P else owning_paragraph(element)
    if paragraph is None:
        return Location(part_label)
    root = paragraph.getroottree().getroot()
    number = 0
    heading = ""
    for candidate in root.iter(P):
        number += 1
        if candidate is paragraph:
            break
        if _is_heading(candidate):
            heading = first_words(_plain_text(candidate))
    excerpt = first_words(_plain_text(paragraph))
    table = row = cell = None
    cell_element = next((a for a in paragraph.iterancestors(TC)), None)
    if cell_element is not None:
        row_element = cell_element.getparent()
        table_element = row_element.getparent()
        table = 1 + list(root.iter(TBL)).index(table_element)
        row = 1 + [child for child in table_element if child.tag == TR].index(row_element)
        cell = 1 + [child for child in row_element if child.tag == TC].index(cell_element)
    return Location(part_label, number, excerpt, "" if excerpt else heading, table, row, cell)
