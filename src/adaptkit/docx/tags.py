"""Recognise docxtpl-syntax tags in paragraph text.

A tag is ``{{ expr }}``, ``{% stmt %}`` or ``{# comment #}``, optionally with a
structural prefix (``{%p``, ``{%tr``, ``{%tc``, ``{%r``) that makes the tag stand
for the whole paragraph, table row, table cell or run it sits in, and optional
``-`` trimming marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

TAG_PATTERN = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_OPENERS = ("{{", "{%", "{#")
_SHAPE = re.compile(
    r"(?P<open>\{\{|\{%|\{#)(?P<left>-?)(?:(?P<level>p|tr|tc|r)(?=\s))?(?P<body>.*?)(?P<right>-?)(?P<close>\}\}|%\}|#\})",
    re.DOTALL,
)
_KINDS = {"{{": "expression", "{%": "statement", "{#": "comment"}
# Word's autocorrect turns quotes typed inside a tag into typographic ones.
_SMART_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})

BLOCK_OPENERS = frozenset({"for", "if", "macro", "call", "filter", "with", "block", "raw", "autoescape", "trans"})
TABLE_HELPERS = frozenset({"vm", "hm", "colspan", "cellbg"})


@dataclass
class Tag:
    """One tag as the template author wrote it, and where it sits."""

    written: str  # the tag as typed (for messages)
    kind: str  # "expression" | "statement" | "comment"
    level: str  # "" or "p" | "tr" | "tc" | "r"
    body: str  # what is between the delimiters, without level prefix or dashes
    trim_left: bool
    trim_right: bool
    part: str  # zip member name
    paragraph_number: int  # 1-based, in the part as the author saw it
    element: etree._Element | None = None  # the w:t holding the tag once consolidated
    token: int = -1  # index in the compiled template's token table
    extra: dict = field(default_factory=dict)

    @property
    def keyword(self) -> str:
        words = self.body.split(None, 1)
        return words[0] if words else ""

    @property
    def helper(self) -> str | None:
        """"vm", "hm", "colspan" or "cellbg" for docxtpl's table helpers."""
        if self.kind == "statement" and not self.level and self.keyword in TABLE_HELPERS:
            return self.keyword
        return None

    def jinja(self) -> str:
        """The tag as Jinja source. A newline right after the opening delimiter puts
        every tag on its own line, so that Jinja's line numbers point at one tag."""
        open_, close = {"expression": ("{{", "}}"), "statement": ("{%", "%}"), "comment": ("{#", "#}")}[self.kind]
        if self.kind == "expression" and self.trim_left:
            open_ += "-"
        if self.kind == "expression" and self.trim_right:
            close = "-" + close
        return f"{open_}\n{self.body}{close}"


def parse_tag(written: str, *, part: str, paragraph_number: int) -> Tag:
    match = _SHAPE.fullmatch(written)
    assert match is not None, written  # TAG_PATTERN only yields well-delimited tags
    body = match["body"].translate(_SMART_QUOTES)
    kind = _KINDS[match["open"]]
    return Tag(
        written=written,
        kind=kind,
        # {{r x }} and {{p x }} insert rich text or a sub-document in docxtpl; values are
        # always plain text here, so they are ordinary expressions
        level="" if kind == "expression" else match["level"] or "",
        body=body,
        trim_left=bool(match["left"]),
        trim_right=bool(match["right"]),
        part=part,
        paragraph_number=paragraph_number,
    )


def find_tags(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Spans of the tags in ``text``, and the offset of an unclosed opener if any."""
    spans = [match.span() for match in TAG_PATTERN.finditer(text)]
    position = 0
    for start, end in spans + [(len(text), len(text))]:
        gap = text[position:start]
        for opener in _OPENERS:
            found = gap.find(opener)
            if found >= 0:
                return spans, position + found
        position = end
    return spans, None


def might_hold_tags(text: str) -> bool:
    return "{" in text and any(opener in text for opener in _OPENERS)
