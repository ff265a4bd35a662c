"""Turn a Word part into one Jinja template by walking its XML tree.

Tags are found in the run-aware paragraph text (so a tag Word split over several
runs is found whole), gathered into the ``w:t`` where they begin, and replaced
by numbered tokens. Structural tags (``{%p``, ``{%tr``, ``{%tc``, ``{%r``) replace
the element they stand for. The tree is then serialised once, and each token is
swapped for its Jinja source: every character of the document outside a tag is
literal, so a ``{`` typed in ordinary text can never be taken for Jinja.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from lxml import etree

from adaptkit.docx.model import (
    TC,
    TCPR,
    TR,
    P,
    R,
    T,
    locate,
    owning_paragraph,
    paragraph_text,
    paragraphs_with_braces,
    remove_noise,
    set_text,
    w,
)
from adaptkit.docx.package import XML_PARSER, TextPart
from adaptkit.docx.tags import Tag, find_tags, might_hold_tags, parse_tag
from adaptkit.errors import TemplateError

TOKEN_OPEN, TOKEN_CLOSE = "\U000f0000", "\U000f0001"
TOKEN_PATTERN = re.compile(f"{TOKEN_OPEN}(\\d+){TOKEN_CLOSE}")
LITERAL_OPEN, LITERAL_CLOSE = "\U000f0004", "\U000f0005"
LITERAL_PATTERN = re.compile(f"{LITERAL_OPEN}(\\d+){LITERAL_CLOSE}")
_STRUCTURE = {"p": P, "tr": TR, "tc": TC, "r": R}
# Children of w:tcPr must appear in this order for Word to accept the cell.
_TCPR_ORDER = [w(n) for n in ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd",
                              "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")]


@dataclass
class CompiledPart:
    """A part ready for Jinja: its source, and how to trace a line back to a tag."""

    part: TextPart
    source: str
    tags: list[Tag]
    body_lines: list[int] = field(default_factory=list)  # line of each token's body
    literals: list[str] = field(default_factory=list)  # XML between tags, by placeholder number
    line_tags: list[Tag | None] = field(default_factory=list)

    def expand(self, rendered: str) -> str:
        """Put the literal XML back in place of its placeholders."""
        literals = self.literals
        return LITERAL_PATTERN.sub(lambda match: literals[int(match.group(1))], rendered)

    def tag_at_line(self, line: int) -> Tag | None:
        index = bisect_right(self.body_lines, line) - 1
        return self.line_tags[index] if index >= 0 else None


class _Tokens:
    """The token table: Jinja source for each token, and the tag it came from."""

    def __init__(self) -> None:
        self.sources: list[str] = []
        self.tags: list[Tag | None] = []

    def add(self, source: str, tag: Tag | None) -> str:
        self.sources.append(source)
        self.tags.append(tag)
        return f"{TOKEN_OPEN}{len(self.sources) - 1}{TOKEN_CLOSE}"


def compile_part(part: TextPart, source_name: str) -> CompiledPart | None:
    """Compile ``part`` in place; None when it holds no tag (it is then copied as is)."""
    if part.kind == "core":
        return _compile_properties(part, source_name)
    root = part.root
    paragraphs = [model for model in paragraphs_with_braces(root) if might_hold_tags(model.text)]
    if not paragraphs:
        return None
    remove_noise(root)
    wanted = {model.paragraph for model in paragraphs}
    numbers = {p: n for n, p in enumerate(root.iter(P), 1) if p in wanted}
    tokens = _Tokens()
    tags: list[Tag] = []
    for paragraph in paragraphs:
        paragraph.refresh()  # noise removal may have merged nothing, but segments moved
        number = numbers.get(paragraph.paragraph, 0)
        spans, unclosed = find_tags(paragraph.text)
        if unclosed is not None:
            raise TemplateError(
                f"unclosed tag {paragraph.text[unclosed:unclosed + 30]!r}",
                file=source_name,
                where=_Place(part, number),
                hint="close it with }}, %} or #}",
            )
        edits = []
        for start, end in spans:
            tag = parse_tag(paragraph.text[start:end], part=part.name, paragraph_number=number)
            tag.element = paragraph.segments[paragraph.segment_at(start)].element
            tag.extra["scope"] = paragraph.paragraph
            tags.append(tag)
            edits.append((start, end, tokens.add(tag.jinja(), tag)))
            tag.token = len(tokens.sources) - 1
        paragraph.replace(edits)
    for tag in tags:
        set_text(tag.element, tag.element.text or "")
        tag.element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    _apply_table_helpers(tags, tokens, source_name, part)
    _apply_trimming(tags, tokens, source_name, part)
    _replace_structures(tags, tokens, source_name, part)
    return _serialise(part, tags, tokens)


class _Place:
    """A place described lazily, from the part as the author saved it (the tree
    being compiled has already changed), and only when a message needs it."""

    def __init__(self, part: TextPart, paragraph_number: int, detail: str = "") -> None:
        self.part, self.paragraph_number, self.detail = part, paragraph_number, detail

    def __str__(self) -> str:
        if not self.paragraph_number:
            return f"{self.part.label} {self.detail}".strip()
        original = etree.fromstring(self.part.xml, XML_PARSER)
        for number, paragraph in enumerate(original.iter(P), 1):
            if number == self.paragraph_number:
                return str(locate(paragraph, self.part.label))
        return self.part.label


def place_of(tag: Tag, part: TextPart) -> _Place:
    """Where ``tag`` was written, for an error message."""
    return _Place(part, tag.paragraph_number, repr(tag.extra.get("property", "")) if "property" in tag.extra else "")


# -- table helpers ------------------------------------------------------------------


def _apply_table_helpers(tags: list[Tag], tokens: _Tokens, source_name: str, part: TextPart) -> None:
    for tag in tags:
        helper = tag.helper
        if helper is None:
            continue
        cell = next(tag.element.iterancestors(TC), None)
        if cell is None:
            raise TemplateError(
                f"{{% {helper} %}} outside a table cell",
                file=source_name,
                where=place_of(tag, part),
                hint=f"put {{% {helper} %}} inside the table cell it formats",
            )
        tag.extra["removed"] = True
        _replace_token(tag, "")
        argument = tag.body.split(None, 1)[1].strip() if len(tag.body.split(None, 1)) > 1 else ""
        if helper in ("colspan", "cellbg") and not argument:
            raise TemplateError(
                f"{{% {helper} %}} needs a value",
                file=source_name,
                where=place_of(tag, part),
                hint=f"write e.g. {{% {helper} {'2' if helper == 'colspan' else chr(39) + 'FF0000' + chr(39)} %}}",
            )
        properties = _cell_properties(cell)
        if helper == "colspan":
            _set_cell_property(properties, w("gridSpan"), {w("val"): tokens.add(f"{{{{\n({argument})|adaptkit_attribute}}}}", tag)})
        elif helper == "cellbg":
            token = tokens.add(f"{{{{\n({argument})|adaptkit_attribute}}}}", tag)
            _set_cell_property(properties, w("shd"), {w("val"): "clear", w("color"): "auto", w("fill"): token})
        elif helper == "vm":
            state = tokens.add("{{\n'restart' if loop.first else 'continue'}}", tag)
            _set_cell_property(properties, w("vMerge"), {w("val"): state})
            opening = tokens.add("{%\nif loop.first%}", tag)
            closing = tokens.add("{%\nendif%}", tag)
            set_text(tag.element, opening + (tag.element.text or "") + closing)
        elif helper == "hm":
            span = properties.find(w("gridSpan"))
            existing = span.get(w("val")) if span is not None else None
            factor = f"{int(existing)} * " if existing and existing.isdigit() else ""
            _set_cell_property(properties, w("gridSpan"), {w("val"): tokens.add(f"{{{{\n{factor}loop.length}}}}", tag)})
            _insert_text_before(cell, tokens.add("{%\nif loop.first%}", tag))
            cell.tail = tokens.add("{%\nendif%}", tag) + (cell.tail or "")


def _replace_token(tag: Tag, replacement: str) -> None:
    marker = f"{TOKEN_OPEN}{tag.token}{TOKEN_CLOSE}"
    tag.element.text = (tag.element.text or "").replace(marker, replacement)


def _cell_properties(cell: etree._Element) -> etree._Element:
    properties = cell.find(TCPR)
    if properties is None:
        properties = etree.Element(TCPR)
        cell.insert(0, properties)
    return properties


def _set_cell_property(properties: etree._Element, tag: str, attributes: dict[str, str]) -> None:
    old = properties.find(tag)
    if old is not None:
        properties.remove(old)
    element = etree.Element(tag, attributes)
    rank = _TCPR_ORDER.index(tag)
    for index, child in enumerate(properties):
        if child.tag in _TCPR_ORDER and _TCPR_ORDER.index(child.tag) > rank:
            properties.insert(index, element)
            return
    properties.append(element)


def _insert_text_before(element: etree._Element, text: str) -> None:
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent = element.getparent()
        parent.text = (parent.text or "") + text


# -- {%- and -%}: join a tag with the text before or after it -------------------------


def _apply_trimming(tags: list[Tag], tokens: _Tokens, source_name: str, part: TextPart) -> None:
    """docxtpl's ``{%-`` joins the tag to the text before it, across paragraphs if
    need be; ``-%}`` joins the text after it. What lies in between is dropped.

    A tag that already has text beside it in its paragraph is joined already, so
    there is nothing to drop (docxtpl would delete that text; we keep it)."""
    for tag in tags:
        if tag.kind != "statement" or tag.level or not (tag.trim_left or tag.trim_right):
            continue
        marker = f"{TOKEN_OPEN}{tag.token}{TOKEN_CLOSE}"
        if tag.trim_left and not _text_beside(tag.element, marker, before=True):
            previous = _neighbour_text(tag.element, backwards=True)
            if previous is not None:
                text = tag.element.text or ""
                second = tag.element
                _join(previous, second, keep_first=previous.text or "", keep_second=text[text.index(marker):],
                      tag=tag, source_name=source_name, part=part)
                _moved(tags, second, previous)
        if tag.trim_right and not _text_beside(tag.element, marker, before=False):
            following = _neighbour_text(tag.element, backwards=False)
            if following is not None:
                text = tag.element.text or ""
                cut = text.index(marker) + len(marker)
                _join(tag.element, following, keep_first=text[:cut], keep_second=following.text or "", tag=tag,
                      source_name=source_name, part=part)
                _moved(tags, following, tag.element)


def _text_beside(t: etree._Element, marker: str, *, before: bool) -> bool:
    model = paragraph_text(owning_paragraph(t))
    offset = model.text.index(marker)
    return bool(model.text[:offset]) if before else bool(model.text[offset + len(marker):])


def _moved(tags: list[Tag], old: etree._Element, new: etree._Element) -> None:
    for tag in tags:
        if tag.element is old:
            tag.element = new


def _neighbour_text(t: etree._Element, *, backwards: bool) -> etree._Element | None:
    # Only tags with a trimming mark get here, so one walk of the part each is affordable.
    root = t.getroottree().getroot()
    previous = None
    found = False
    for candidate in root.iter(T):
        if found:
            return candidate
        if candidate is t:
            if backwards:
                return previous
            found = True
        previous = candidate
    return None


def _join(first: etree._Element, second: etree._Element, *, keep_first: str, keep_second: str,
          tag: Tag, source_name: str, part: TextPart) -> None:
    """Make ``first``'s text run on into ``second``'s remainder, dropping what lies between."""
    first_chain = [first, *first.iterancestors()]
    second_chain = [second, *second.iterancestors()]
    common = next(a for a in first_chain if a in second_chain)
    first_chain = first_chain[: first_chain.index(common)]
    second_chain = second_chain[: second_chain.index(common)]
    if len(first_chain) != len(second_chain) or any(a.tag != b.tag for a, b in zip(first_chain, second_chain)):
        raise TemplateError(
            f"{tag.written} cannot join the text {'before' if tag.trim_left else 'after'} it here",
            file=source_name,
            where=place_of(tag, part),
            hint="remove the '-' or move the tag next to the text it should join",
        )
    top_first, top_second = first_chain[-1], second_chain[-1]
    for sibling in list(top_first.itersiblings()):
        if sibling is top_second:
            break
        common.remove(sibling)
    for level in range(len(first_chain) - 1):
        a, b = first_chain[level], second_chain[level]
        a_parent, _b_parent = first_chain[level + 1], second_chain[level + 1]
        for sibling in list(a.itersiblings()):
            a_parent.remove(sibling)
        for sibling in list(b.itersiblings()):
            a_parent.append(sibling)
    set_text(first, keep_first + keep_second)
    first.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    common.remove(top_second)


# -- {%p %}, {%tr %}, {%tc %}, {%r %}: a tag that stands for its element ------------------


def _replace_structures(tags: list[Tag], tokens: _Tokens, source_name: str, part: TextPart) -> None:
    targets: dict[etree._Element, list[Tag]] = {}
    for tag in tags:
        if not tag.level:
            continue
        if tag.level == "r":
            target = tag.element.getparent()
        else:
            target = next(tag.element.iterancestors(_STRUCTURE[tag.level]), None)
        if target is None:
            where = {"tr": "a table row", "tc": "a table cell", "p": "a paragraph", "r": "a run"}[tag.level]
            raise TemplateError(
                f"{tag.written} is not inside {where}",
                file=source_name,
                where=place_of(tag, part),
                hint=f"{{%{tag.level} %}} tags must sit in {where}; use {{% %}} elsewhere",
            )
        targets.setdefault(target, [])
        tag.extra["scope"] = target.getparent()
    if not targets:
        return
    # Each tag inside a replaced element moves into the replacement; the outermost wins.
    for tag in tags:
        if tag.extra.get("removed"):
            continue
        outermost = None
        for ancestor in tag.element.iterancestors():
            if ancestor in targets:
                outermost = ancestor
        if outermost is None:
            continue
        if tag.kind == "expression":
            raise TemplateError(
                f"{tag.written} sits in a {_element_name(outermost)} that a structural tag replaces, so it would be lost",
                file=source_name,
                where=place_of(tag, part),
                hint="move it to a paragraph of its own",
            )
        targets[outermost].append(tag)
    for target, inner in targets.items():
        if not inner or target.getparent() is None:
            continue
        source = "".join(tokens.add(t.jinja() if t.kind != "comment" else "", t) for t in inner)
        _insert_text_before(target, source + (target.tail or ""))
        target.tail = None
        target.getparent().remove(target)


def _element_name(element: etree._Element) -> str:
    return {P: "paragraph", TR: "table row", TC: "table cell", R: "run"}.get(element.tag, "element")


# -- serialisation -------------------------------------------------------------------------


def _serialise(part: TextPart, tags: list[Tag], tokens: _Tokens) -> CompiledPart:
    """Serialise the tree once; tokens become Jinja tags, literal XML becomes short
    placeholders. Jinja then lexes and compiles only the tags, which keeps compile
    time proportional to the number of tags rather than to the size of the XML, and
    no literal character can ever be read as Jinja syntax."""
    xml = etree.tostring(part.root, encoding="unicode")
    pieces = TOKEN_PATTERN.split(xml)
    out: list[str] = []
    compiled = CompiledPart(part, "", tags)
    line = 1
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            if piece:
                out.append(f"{LITERAL_OPEN}{len(compiled.literals)}{LITERAL_CLOSE}")
                compiled.literals.append(piece)
        else:
            source = tokens.sources[int(piece)]
            compiled.body_lines.append(line + 1)
            compiled.line_tags.append(tokens.tags[int(piece)])
            line += source.count("\n")
            out.append(source)
    compiled.source = "".join(out)
    return compiled


def _compile_properties(part: TextPart, source_name: str) -> CompiledPart | None:
    """Document properties (title, subject, keywords...) are plain text fields."""
    tokens = _Tokens()
    tags: list[Tag] = []
    for element in part.root:
        text = element.text or ""
        if not might_hold_tags(text):
            continue
        spans, unclosed = find_tags(text)
        label = etree.QName(element).localname
        if unclosed is not None:
            raise TemplateError(f"unclosed tag in the document property '{label}'", file=source_name,
                                hint="close it with }}, %} or #}")
        pieces, position = [], 0
        for start, end in spans:
            tag = parse_tag(text[start:end], part=part.name, paragraph_number=0)
            tag.extra["property"] = label
            tags.append(tag)
            pieces.append(text[position:start])
            pieces.append(tokens.add(tag.jinja(), tag))
            position = end
        pieces.append(text[position:])
        element.text = "".join(pieces)
    if not tags:
        return None
    return _serialise(part, tags, tokens)
