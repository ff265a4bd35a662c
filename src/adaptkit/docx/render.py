"""Render a docxtpl-syntax .docx with Jinja, safely.

Jinja runs sandboxed with ``StrictUndefined``. Every value is literal text:
XML's special characters are escaped, characters XML forbids are dropped with a
warning, a newline becomes a line break and a tab a tab. The rendered XML is
parsed strictly before it is written, so a broken document is an error, never a
silently truncated file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from lxml import etree

from adaptkit.docx.compile import CompiledPart, compile_part, place_of
from adaptkit.docx.model import TC, P
from adaptkit.docx.package import XML_PARSER, DocxPackage
from adaptkit.docx.tags import BLOCK_OPENERS, Tag
from adaptkit.errors import RenderError, TemplateError

BREAK_MARK, TAB_MARK = "\U000f0002", "\U000f0003"
# Characters XML 1.0 cannot hold, plus the private-use marks the engine uses internally.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff\U000f0000-\U000f00ff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
                          "\n": BREAK_MARK, "\t": TAB_MARK})
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_IN_TEXT = {BREAK_MARK: '</w:t><w:br/><w:t xml:space="preserve">', TAB_MARK: '</w:t><w:tab/><w:t xml:space="preserve">'}
_IN_PROPERTY = {BREAK_MARK: "\n", TAB_MARK: "\t"}


@dataclass
class RenderResult:
    """The rendered document and what the user should know about it.

    Later stages (scripts, privacy) change ``parts`` and ``removed``; ``data``
    assembles the .docx from them.
    """

    package: DocxPackage
    parts: dict[str, bytes]  # members that differ from the template's
    warnings: list[str] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)
    expressions: list[tuple[str, int, str]] = field(default_factory=list)  # (part, paragraph, {{ }} body)

    def member(self, name: str) -> bytes:
        return self.parts[name] if name in self.parts else self.package.members[name]

    def members(self) -> dict[str, bytes]:
        names = [info.filename for info in self.package.infos] + [n for n in self.parts if n not in self.package.members]
        return {name: self.member(name) for name in names if name not in self.removed}

    @property
    def data(self) -> bytes:
        return self.package.to_bytes(self.parts, self.removed)


class _AttributeValue(str):
    """A value bound for an XML attribute: line breaks make no sense there."""


def render_docx(source: bytes | Path, context: Mapping[str, Any], *, name: str | None = None) -> RenderResult:
    """Render a .docx template with ``context`` and return the new .docx bytes.

    >>> result = render_docx(Path("letter.docx"), {"name": "Amina"})  # doctest: +SKIP
    >>> Path("out.docx").write_bytes(result.data)  # doctest: +SKIP
    """
    return render_package(DocxPackage.open(source, name=name), context)


def render_package(
    package: DocxPackage,
    context: Mapping[str, Any],
    *,
    configure: Callable[[Any], None] | None = None,
) -> RenderResult:
    """Render an opened package (possibly changed by earlier stages) with ``context``.

    ``configure`` receives the Jinja environment before rendering, to add filters.
    """
    source_name = package.source_name
    compiled = [c for c in (compile_part(part, source_name) for part in package.text_parts) if c is not None]
    warnings: list[str] = []
    environment = make_environment(warnings)
    if configure is not None:
        configure(environment)
    replaced: dict[str, bytes] = {}
    for part in compiled:
        replaced[part.part.name] = _render_part(environment, part, context, source_name)
    for part in package.text_parts:  # earlier stages (blocks, translation, terms) may have changed it
        if part.name not in replaced and part.kind != "core":
            replaced[part.name] = etree.tostring(part.root, xml_declaration=True, encoding="UTF-8", standalone=True)
    expressions = [(f"{part.part.label} '{tag.extra['property']}'" if "property" in tag.extra else part.part.label,
                    tag.paragraph_number, " ".join(tag.body.split()))
                   for part in compiled for tag in part.tags if tag.kind == "expression"]
    return RenderResult(package, replaced, warnings, expressions=expressions)


def make_environment(warnings: list[str]):
    """The sandboxed Jinja environment used for every part of one render."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    def finalize(value: Any) -> str:
        text = value if isinstance(value, str) else str(value)
        if _FORBIDDEN.search(text):
            dropped = sorted({f"U+{ord(ch):04X}" for ch in _FORBIDDEN.findall(text)})
            warnings.append(f"dropped {', '.join(dropped)} from a value ({_FORBIDDEN.sub('', text)[:40]!r}): "
                            "Word documents cannot hold these control characters")
            text = _FORBIDDEN.sub("", text)
        if isinstance(value, _AttributeValue):
            return " ".join(text.split()).translate(_ESCAPES)
        return text.replace("\r\n", "\n").replace("\r", "\n").translate(_ESCAPES)

    environment = SandboxedEnvironment(
        undefined=StrictUndefined,
        finalize=finalize,
        autoescape=False,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=0,
    )
    environment.filters["adaptkit_attribute"] = lambda value: _AttributeValue(value)
    return environment


def _render_part(environment, compiled: CompiledPart, context: Mapping[str, Any], source_name: str) -> bytes:
    from jinja2 import TemplateSyntaxError

    part = compiled.part
    check_blocks(compiled, source_name)
    try:
        template = environment.from_string(compiled.source)
    except TemplateSyntaxError as exc:
        tag = compiled.tag_at_line(exc.lineno)
        raise TemplateError(
            f"{_quote(tag)}: {exc.message}" if tag else exc.message,
            file=source_name,
            where=place_of(tag, part) if tag else part.label,
            hint="check the tag's Jinja syntax",
        ) from None
    try:
        text = template.render(context)
    except Exception as exc:  # noqa: BLE001 - every render failure is reported with its place
        raise _render_failure(exc, compiled, source_name) from exc
    text = compiled.expand(text)
    marks = _IN_PROPERTY if part.kind == "core" else _IN_TEXT
    for mark, replacement in marks.items():
        if mark in text:
            text = text.replace(mark, replacement)
    data = (_DECLARATION + text).encode("utf-8")
    try:
        root = etree.fromstring(data, XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise _structure_failure(exc, compiled, source_name) from None
    if part.kind != "core" and _repair_empty_cells(root):
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def _quote(tag: Tag | None) -> str:
    return " ".join(tag.written.split()) if tag else ""


def _render_failure(exc: Exception, compiled: CompiledPart, source_name: str) -> Exception:
    from jinja2 import UndefinedError
    from jinja2.exceptions import SecurityError

    line = None
    traceback = exc.__traceback__
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == "<template>":
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    tag = compiled.tag_at_line(line) if line else None
    where = place_of(tag, compiled.part) if tag else compiled.part.label
    if isinstance(exc, UndefinedError):
        return RenderError(f"{_quote(tag)}: {exc.message}" if tag else str(exc.message), file=source_name,
                           where=where, hint="give it a value with --set or --data, or check its spelling")
    if isinstance(exc, SecurityError):
        return RenderError(f"{_quote(tag)}: refused by the sandbox ({exc})", file=source_name, where=where,
                           hint="templates may only read the data they are given")
    return RenderError(f"{_quote(tag)}: {type(exc).__name__}: {exc}", file=source_name, where=where,
                       hint="check the expression and the data it uses")


def check_blocks(compiled: CompiledPart, source_name: str) -> None:
    """Name the unclosed or mismatched block tag, which Jinja can only place at the end."""
    stack: list[Tag] = []
    for tag in compiled.tags:
        if tag.kind != "statement" or tag.helper:
            continue
        keyword = tag.keyword
        if keyword in BLOCK_OPENERS or (keyword == "set" and "=" not in tag.body):
            stack.append(tag)
        elif keyword.startswith("end"):
            opened = keyword[3:]
            if not stack or stack[-1].keyword != opened:
                expected = f" (the open block is {_quote(stack[-1])})" if stack else ""
                raise TemplateError(f"{_quote(tag)} closes a block that is not open{expected}", file=source_name,
                                    where=place_of(tag, compiled.part), hint="balance each block with its end tag")
            opener = stack.pop()
            if _group(opener.level) != _group(tag.level):
                raise TemplateError(f"{_quote(opener)} is closed by {_quote(tag)}, of another kind", file=source_name,
                                    where=place_of(tag, compiled.part),
                                    hint=f"close it with {{%{opener.level} end{opened} %}}")
    if stack:
        tag = stack[-1]
        level = tag.level
        raise TemplateError(f"{_quote(tag)} is never closed", file=source_name, where=place_of(tag, compiled.part),
                            hint=f"add {{%{level + ' ' if level else ' '}end{tag.keyword} %}} where the block ends")


def _group(level: str) -> str:
    return "inline" if level in ("", "r") else level


def _structure_failure(exc: etree.XMLSyntaxError, compiled: CompiledPart, source_name: str) -> Exception:
    """Rendering produced broken XML: blame a block that opens in one element and closes in another."""
    stack: list[tuple[Tag, Any]] = []
    for tag in compiled.tags:
        if tag.kind != "statement" or tag.helper:
            continue
        scope = _scope(tag)
        if tag.keyword in BLOCK_OPENERS:
            stack.append((tag, scope))
        elif tag.keyword.startswith("end") and stack:
            opener, opener_scope = stack.pop()
            if opener_scope is not scope:
                return TemplateError(
                    f"{_quote(opener)} opens in one {_scope_name(opener)} and closes in another",
                    file=source_name,
                    where=place_of(opener, compiled.part),
                    hint="for blocks that span paragraphs, rows or cells use {%p %}, {%tr %} or {%tc %} on "
                    "both tags, each in a paragraph of its own",
                )
    return TemplateError(f"rendering produced a broken document part ({exc.msg})", file=source_name,
                         where=compiled.part.label,
                         hint="blocks spanning paragraphs, rows or cells need {%p %}, {%tr %} or {%tc %}")


def _scope(tag: Tag):
    return tag.extra.get("scope")


def _scope_name(tag: Tag) -> str:
    return {"": "paragraph", "p": "table cell or body", "tr": "table", "tc": "table row", "r": "paragraph"}[tag.level]


def _repair_empty_cells(root: etree._Element) -> bool:
    """Word refuses a table cell without a paragraph; a removed {%p %} can leave one."""
    repaired = False
    for cell in root.iter(TC):
        if len(cell) == 0 or cell[-1].tag != P:
            cell.append(etree.Element(P))
            repaired = True
    return repaired
