"""Insert content blocks (paragraphs from a .docx snippet) at named anchors.

A template marks an anchor with a paragraph holding only ``{#p anchor NAME #}``.
That is a paragraph-level comment, so a template with no block to insert still
renders (in adaptkit and in docxtpl) as if the anchor were not there. Blocks
are inserted before rendering, so tags inside a snippet render too.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Iterable

from lxml import etree

from adaptkit.docx.model import PPR, PSTYLE, W_NS, P, paragraph_text, w
from adaptkit.docx.package import DocxPackage
from adaptkit.errors import AdaptkitError

ANCHOR = re.compile(r"\s*\{#p\s+anchor\s+([\w.-]+)\s*#\}\s*")
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class BlockError(AdaptkitError):
    """A block cannot be inserted: missing anchor, unusable snippet."""


def find_anchors(package: DocxPackage) -> dict[str, etree._Element]:
    """Anchor name -> its paragraph, in the body."""
    body = package.text_parts[0].root
    anchors: dict[str, etree._Element] = {}
    for paragraph in body.iter(P):
        text = "".join(t.text or "" for t in paragraph.iter(w("t")))
        if "anchor" in text:
            match = ANCHOR.fullmatch(paragraph_text(paragraph).text)
            if match:
                anchors[match.group(1)] = paragraph
    return anchors


def insert_blocks(package: DocxPackage, placements: Iterable[tuple[str, Path, str, str]]) -> list[str]:
    """Insert ``(anchor, snippet, position, who)`` blocks; returns one note per block.

    ``who`` names the rule and plugin for messages. Styles the template lacks
    fall back to the template's default paragraph style; direct list numbering
    is dropped (list styles such as "List Bullet" keep working).
    """
    placements = list(placements)
    if not placements:
        return []
    anchors = find_anchors(package)
    styles = _style_ids(package)
    notes = []
    last_after: dict[str, etree._Element] = {}  # blocks at one anchor keep the order of their rules
    replaced: set[str] = set()
    for anchor, snippet, position, who in placements:
        paragraph = anchors.get(anchor)
        if paragraph is None:
            known = ", ".join(sorted(anchors)) or "none"
            raise BlockError(f"{who} inserts a block at anchor '{anchor}', which the template does not have",
                             file=package.source_name, hint=f"the template's anchors: {known}")
        elements = _snippet_elements(Path(snippet), styles, who)
        if position == "before":
            for element in elements:
                paragraph.addprevious(element)
        else:
            target = last_after.get(anchor, paragraph)
            for element in reversed(elements):
                target.addnext(element)
            last_after[anchor] = elements[-1]
            if position == "replace":
                replaced.add(anchor)
        notes.append(f"inserted {len(elements)} paragraph(s) from {Path(snippet).name} at anchor '{anchor}'")
    for anchor in replaced:  # only now, so later blocks at the same anchor still find it
        paragraph = anchors[anchor]
        paragraph.getparent().remove(paragraph)
    return notes


def _style_ids(package: DocxPackage) -> set[str]:
    data = package.members.get("word/styles.xml")
    if data is None:
        return set()
    root = etree.fromstring(data)
    return {style.get(w("styleId")) for style in root.iter(w("style"))}


def _snippet_elements(snippet: Path, styles: set[str], who: str) -> list[etree._Element]:
    source = DocxPackage.open(snippet)
    body = source.text_parts[0].root.find(w("body"))
    elements = [copy.deepcopy(child) for child in body if child.tag != w("sectPr")]
    for element in elements:
        for node in element.iter():
            if not isinstance(node.tag, str):
                continue
            if any(name.startswith(f"{{{_R_NS}}}") for name in node.attrib):
                raise BlockError(f"{who}: the snippet holds an image, link or other relationship, "
                                 "which blocks cannot carry", file=str(snippet),
                                 hint="keep snippets to text, tables and styles")
        for style in element.iter(PSTYLE):
            if style.get(w("val")) not in styles:
                style.getparent().remove(style)
        for numbering in element.iter(w("numPr")):
            numbering.getparent().remove(numbering)
        for properties in element.iter(PPR):
            if len(properties) == 0:
                properties.getparent().remove(properties)
    if not elements:
        raise BlockError(f"{who}: the snippet is empty", file=str(snippet))
    return elements


__all__ = ["ANCHOR", "BlockError", "find_anchors", "insert_blocks", "W_NS"]
