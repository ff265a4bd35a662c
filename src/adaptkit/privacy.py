"""Scrub every output of what would tell who edited it, and when.

The documents adaptkit builds concern people whose work is criminalised in many
countries. A Word file quietly carries the names of everyone who wrote, edited,
commented on or printed it, the template path on their disk (``C:\\Users\\name``),
and revision-session ids that link copies to the machine they were edited on.
:func:`scrub` removes all of that from the members of a .docx zip::

    result = scrub(members)          # {"word/document.xml": b"...", ...}
    result.members                   # the cleaned members, to write as the output zip
    result.removed                   # ["author (dc:creator) in document properties", ...]

What goes, and what stays:

* **Document properties.** ``docProps/core.xml`` loses creator, lastModifiedBy
  lastPrinted and description (Word's "Comments" field, where people leave
  notes); the revision number becomes 1. Title, subject, keywords, category and
  dates stay. ``docProps/app.xml`` loses Company,
  Manager, Template and TotalTime. ``docProps/custom.xml`` is removed.
* **Comments.** The comments part and its companions (commentsExtended,
  commentsIds, commentsExtensible, people) are removed, and so are the comment
  anchors (``w:commentRangeStart/End``) and reference runs in every part.
* **Tracked changes are accepted**: insertions (``w:ins``, ``w:moveTo``) are
  kept as ordinary text, deletions (``w:del``, ``w:moveFrom``) are dropped
  with their content, a deleted paragraph mark joins its paragraph to the next
  one, a deleted table row or cell is removed, and formatting-change records
  (``w:rPrChange``, ``w:pPrChange``, ...) are dropped, keeping the new
  formatting. Why accept rather than refuse: whoever runs the build cannot be
  expected to review revisions left in a model document, and every revision mark
  carries an author's name and a date, so leaving them is not an option. The
  text the template author last saw on screen with "Final" view is what is built.
* **Revision-session ids**: every ``w:rsid*`` attribute, and ``w:rsids`` in settings.
* **Settings**: ``w:docVars`` (macro variables), ``w:attachedTemplate`` and its
  relationship (a path on someone's disk), ``w:trackRevisions`` (so the output
  does not start recording the next reader's name).
* **Editing permissions** (``w:permStart``/``w:permEnd``), which name users.
* **Custom XML** (``customXml/``) data stores are removed *unless* a content
  control is bound to them (``w:dataBinding``), because a bound control shows
  their data as document text; the bibliography store (cited works) also stays.
  SharePoint and other stores, which hold user names and server paths, go.

Every changed part is parsed strictly (a damaged part is an error, never
"recovered") and written back with ``<?xml ... standalone="yes"?>``. Parts
that need no change are kept byte for byte. :attr:`ScrubResult.removed`
describes what was removed without repeating it: the notes go into the
adaptation report, which must not leak names either.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from adaptkit.docx.model import drop_keeping_tail
from adaptkit.docx.package import parse_part
from adaptkit.errors import DocumentError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC_NS = "http://purl.org/dc/elements/1.1/"
EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
BIB_NS = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
APP_TYPE = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
SETTINGS_TYPE = _WML + "settings+xml"
# Parts removed whole: content type -> how the note names them
_REMOVED_TYPES = {
    _WML + "comments+xml": "comments",
    _WML + "commentsExtended+xml": "comment threads (commentsExtended)",
    _WML + "commentsIds+xml": "comment ids (commentsIds)",
    _WML + "commentsExtensible+xml": "comment dates (commentsExtensible)",
    _WML + "people+xml": "comment authors (people)",
    CUSTOM_TYPE: "custom document properties",
}
# ... and the same parts found by relationship type (last segment of the type URI)
_REMOVED_RELATIONSHIPS = {
    "comments", "commentsExtended", "commentsIds", "commentsExtensible", "people", "custom-properties",
}


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_INSERTIONS = (w("ins"), w("moveTo"))
_DELETIONS = (w("del"), w("moveFrom"))
# Revision records that are dropped whole; the content they describe stays as it is now.
_REVISION_RECORDS = tuple(
    w(tag)
    for tag in (
        "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange", "tcPrChange",
        "tblGridChange", "numberingChange", "cellIns", "cellMerge",
        "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
        "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd",
    )
)
# A cheap byte-level test: may this part hold tracked changes?
_REVISION_HINT = re.compile(
    rb"<(?:[\w.-]+:)?(?:ins|del|moveFrom|moveTo|cellDel|cellIns|cellMerge|delText|delInstrText"
    rb"|\w+Change|\w+Range(?:Start|End))[\s/>]"
)
_RSID_ATTRIBUTES = etree.XPath(f"//@*[starts-with(local-name(), 'rsid') and namespace-uri() = '{W_NS}']")
_DELETED_TEXT = (w("delText"), w("delInstrText"))
_REVISION_TAGS = (*_DELETIONS, *_INSERTIONS, w("cellDel"), *_REVISION_RECORDS, *_DELETED_TEXT)
_COMMENT_ANCHORS = (w("commentRangeStart"), w("commentRangeEnd"))
_PERMISSIONS = (w("permStart"), w("permEnd"))
_SETTINGS_REMOVED = {
    w("rsids"): "revision-session ids (w:rsids) in settings",
    w("docVars"): "document variables (w:docVars)",
    w("attachedTemplate"): "attached template path (w:attachedTemplate)",
    w("trackRevisions"): "track-changes switch (w:trackRevisions)",
}
_CORE_REMOVED = {
    f"{{{DC_NS}}}creator": "author (dc:creator)",
    f"{{{CP_NS}}}lastModifiedBy": "last modified by (cp:lastModifiedBy)",
    f"{{{CP_NS}}}lastPrinted": "last printed date (cp:lastPrinted)",
    # Word shows this as "Comments": people leave notes there, not document content.
    f"{{{DC_NS}}}description": "comments field (dc:description)",
}
_APP_REMOVED = {
    "Company": "company (Company)",
    "Manager": "manager (Manager)",
    "Template": "template name (Template)",
    "TotalTime": "total editing time (TotalTime)",
}


@dataclass
class ScrubResult:
    """The cleaned zip members, and notes on what was removed (never the removed values)."""

    members: dict[str, bytes]
    removed: list[str] = field(default_factory=list)


def scrub(members: dict[str, bytes], *, source_name: str = "output.docx") -> ScrubResult:
    """Remove personal metadata, comments and revisions from the members of a .docx zip.

    ``members`` maps zip member names to bytes and is not modified. The result's
    members keep the input's order (minus removed parts). ``source_name`` only
    names the document in errors. Raises :class:`~adaptkit.errors.DocumentError`
    if a part that needs cleaning is not well-formed XML.
    """
    scrubber = _Scrubber(dict(members), source_name)
    scrubber.run()
    return ScrubResult(scrubber.finish(), scrubber.notes())


class _Scrubber:
    def __init__(self, members: dict[str, bytes], source_name: str) -> None:
        self.members = members
        self.source_name = source_name
        self.trees: dict[str, etree._Element] = {}
        self.dirty: set[str] = set()
        self.counts: Counter[str] = Counter()
        self.plain: list[str] = []

    # -- plumbing ---------------------------------------------------------------

    def tree(self, name: str) -> etree._Element:
        if name not in self.trees:
            self.trees[name] = parse_part(self.members[name], name, self.source_name)
        return self.trees[name]

    def finish(self) -> dict[str, bytes]:
        for name in self.dirty:
            if name in self.members:
                self.members[name] = etree.tostring(
                    self.trees[name], xml_declaration=True, encoding="UTF-8", standalone=True
                )
        return self.members

    def notes(self) -> list[str]:
        counted = [f"{label} ({count})" if count > 1 else label for label, count in self.counts.items()]
        return self.plain + counted

    def note(self, text: str) -> None:
        if text not in self.plain:
            self.plain.append(text)

    def content_types(self) -> dict[str, str]:
        """Part name -> content type, for the parts with an Override."""
        if "[Content_Types].xml" not in self.members:
            raise DocumentError("not a Word document (no [Content_Types].xml)", file=self.source_name,
                                hint="save the file from Word as .docx")
        root = self.tree("[Content_Types].xml")
        return {o.get("PartName", "").lstrip("/"): o.get("ContentType", "") for o in root.iter(f"{{{CT_NS}}}Override")}

    def relationship_files(self) -> list[str]:
        return [name for name in self.members if name.endswith(".rels")]

    @staticmethod
    def source_of(rels_name: str) -> str:
        """``word/_rels/document.xml.rels`` -> ``word/document.xml``; ``_rels/.rels`` -> ``""``."""
        folder, _, file = rels_name.rpartition("_rels/")
        return folder + file[: -len(".rels")]

    @staticmethod
    def rels_of(part: str) -> str:
        folder, _, file = part.rpartition("/")
        return f"{folder}/_rels/{file}.rels" if folder else f"_rels/{file}.rels"

    def relationships(self) -> list[tuple[str, etree._Element, str]]:
        """Every internal relationship: (rels file, element, resolved target part)."""
        found = []
        for rels in self.relationship_files():
            base = posixpath.dirname(self.source_of(rels))
            for rel in self.tree(rels).iter(f"{{{REL_NS}}}Relationship"):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target", "")
                if target.startswith("/"):
                    resolved = target.lstrip("/")
                else:
                    resolved = posixpath.normpath(posixpath.join(base, target))
                found.append((rels, rel, resolved))
        return found

    def remove_parts(self, names: set[str]) -> None:
        """Remove parts with their overrides, their own relationships and the relationships to them."""
        names = {name for name in names if name in self.members}
        if not names:
            return
        orphans: set[str] = set()
        for name in names:
            own = self.rels_of(name)
            if own in self.members:
                orphans.update(target for rels, _, target in self.relationships() if rels == own)
                del self.members[own]
                self.trees.pop(own, None)
            del self.members[name]
            self.trees.pop(name, None)
        types = self.tree("[Content_Types].xml")
        for override in list(types.iter(f"{{{CT_NS}}}Override")):
            if override.get("PartName", "").lstrip("/") in names:
                types.remove(override)
                self.dirty.add("[Content_Types].xml")
        for rels, rel, target in self.relationships():
            if target in names:
                rel.getparent().remove(rel)
                self.dirty.add(rels)
        # Media or other parts that only the removed parts used (an image in a comment).
        still_used = {target for _, _, target in self.relationships()}
        unused = {name for name in orphans - names - still_used if name in self.members}
        self.remove_parts(unused)

    # -- the steps ----------------------------------------------------------------

    def run(self) -> None:
        types = self.content_types()
        self.remove_whole_parts(types)
        self.remove_custom_xml()
        types = self.content_types()
        for name, content_type in types.items():
            if name not in self.members:
                continue
            if content_type == CORE_TYPE:
                self.clean_core(name)
            elif content_type == APP_TYPE:
                self.clean_app(name)
        for name in list(self.members):
            if name.endswith(".xml") and W_NS.encode() in self.members[name]:
                self.clean_wordprocessing(name, is_settings=types.get(name) == SETTINGS_TYPE)

    def remove_whole_parts(self, types: dict[str, str]) -> None:
        doomed: dict[str, str] = {name: _REMOVED_TYPES[ct] for name, ct in types.items() if ct in _REMOVED_TYPES}
        for _, rel, target in self.relationships():
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            if kind in _REMOVED_RELATIONSHIPS and target not in doomed:
                doomed[target] = "custom document properties" if kind == "custom-properties" else kind
        for name, label in doomed.items():
            if name not in self.members:
                continue
            if label == "comments":
                count = sum(1 for _ in self.tree(name).iter(w("comment")))
                self.note(f"{count} comment{'s' if count != 1 else ''} ({name})")
            else:
                self.note(f"{label} ({name})")
        self.remove_parts(set(doomed))

    def remove_custom_xml(self) -> None:
        bound = self.bound_store_ids()
        doomed: set[str] = set()
        for name in self.members:
            if not re.fullmatch(r"customXml/item\d+\.xml", name):
                continue
            props = [t for rels, rel, t in self.relationships()
                     if rels == self.rels_of(name) and rel.get("Type", "").endswith("/customXmlProps")]
            item_id = ""
            for prop in props:
                if prop in self.members:
                    item_id = (self.tree(prop).get(f"{{{DS_NS}}}itemID") or "").upper()
            if item_id and item_id in bound:
                continue
            if BIB_NS.encode() in self.members[name][:1000]:
                continue  # the bibliography store: cited works, part of the content
            doomed.add(name)
            doomed.update(props)
        if doomed:
            items = sum(1 for n in doomed if re.fullmatch(r"customXml/item\d+\.xml", n))
            self.note(f"custom XML data stores not bound to any content control ({items})")
            self.remove_parts(doomed)

    def bound_store_ids(self) -> set[str]:
        ids: set[str] = set()
        for name, data in self.members.items():
            if name.endswith(".xml") and b"storeItemID" in data:
                for element in self.tree(name).iter():
                    for attribute, value in element.attrib.items():
                        if etree.QName(attribute).localname == "storeItemID":
                            ids.add(value.upper())
        return ids

    def clean_core(self, name: str) -> None:
        root = self.tree(name)
        for child in list(root):
            if child.tag in _CORE_REMOVED:
                if (child.text or "").strip():
                    self.note(f"{_CORE_REMOVED[child.tag]} in document properties")
                root.remove(child)
                self.dirty.add(name)
            elif child.tag == f"{{{CP_NS}}}revision" and child.text != "1":
                self.note("revision count (cp:revision) in document properties, set to 1")
                child.text = "1"
                self.dirty.add(name)

    def clean_app(self, name: str) -> None:
        root = self.tree(name)
        for child in list(root):
            label = _APP_REMOVED.get(etree.QName(child).localname)
            if label:
                if (child.text or "").strip():
                    self.note(f"{label} in application properties")
                root.remove(child)
                self.dirty.add(name)

    def clean_wordprocessing(self, name: str, *, is_settings: bool) -> None:
        data = self.members[name]
        # Parse only parts that can hold something to remove (cheap byte tests first).
        if not (is_settings or b"rsid" in data or b"comment" in data or b"perm" in data
                or _REVISION_HINT.search(data)):
            return  # kept byte for byte
        root = self.tree(name)
        counts: Counter[str] = Counter()
        if is_settings:
            for child in list(root):
                if child.tag in _SETTINGS_REMOVED:
                    if child.tag == w("attachedTemplate") and child.get(f"{{{R_NS}}}id"):
                        self.remove_relationship(self.rels_of(name), child.get(f"{{{R_NS}}}id"))
                    self.note(_SETTINGS_REMOVED[child.tag])
                    root.remove(child)
                    counts["settings"] += 1
        counts.update(accept_revisions(root))
        counts.update(remove_comment_marks(root))
        for element in list(root.iter(*_PERMISSIONS)):
            drop_keeping_tail(element)
            counts["permissions"] += 1
        counts["rsids"] += strip_rsid_attributes(root)
        labels = {
            "insertions": "tracked insertions accepted",
            "deletions": "tracked deletions dropped",
            "paragraph marks": "deleted paragraph marks joined",
            "rows": "deleted table rows dropped",
            "cells": "deleted table cells dropped",
            "records": "revision records (formatting changes, move ranges)",
            "comment marks": "comment anchors and references",
            "permissions": "editing permissions naming users (w:permStart)",
            "rsids": "revision-session ids (rsid attributes and elements)",
        }
        for key, label in labels.items():
            if counts[key]:
                self.counts[f"{label} in {name}"] += counts[key]
        if sum(counts.values()):
            self.dirty.add(name)

    def remove_relationship(self, rels: str, rel_id: str) -> None:
        if rels not in self.members:
            return
        for rel in list(self.tree(rels).iter(f"{{{REL_NS}}}Relationship")):
            if rel.get("Id") == rel_id:
                rel.getparent().remove(rel)
                self.dirty.add(rels)


# --------------------------------------------------------------------------- tree operations


def accept_revisions(root: etree._Element) -> Counter[str]:
    """Accept every tracked change in a WordprocessingML part, in place; return counts."""
    counts: Counter[str] = Counter()
    found = list(root.iter(*_REVISION_TAGS))  # one walk over the tree
    if not found:
        return counts
    deletions = [element for element in found if element.tag in _DELETIONS]
    # A deleted paragraph mark (w:p/w:pPr/w:rPr/w:del) joins the paragraph to the next one.
    for marker in deletions:
        properties = marker.getparent()
        paragraph_properties = properties.getparent() if properties is not None else None
        if properties.tag != w("rPr") or paragraph_properties is None or paragraph_properties.tag != w("pPr"):
            continue
        paragraph = paragraph_properties.getparent()
        following = paragraph.getnext() if paragraph is not None else None
        section_break = paragraph_properties.find(w("sectPr")) is not None
        if following is not None and following.tag == w("p") and not section_break:
            at = 1 if len(following) and following[0].tag == w("pPr") else 0
            for child in [c for c in paragraph if c.tag != w("pPr")]:
                following.insert(at, child)
                at += 1
            drop_keeping_tail(paragraph)
        else:
            drop_keeping_tail(marker)
        counts["paragraph marks"] += 1
    # A deleted table row or cell goes; an inserted one stays.
    for marker in deletions:
        properties = marker.getparent()
        if properties is not None and properties.tag == w("trPr") and _attached(marker, root):
            drop_keeping_tail(properties.getparent())
            counts["rows"] += 1
    for marker in found:
        if marker.tag == w("cellDel") and _attached(marker, root):
            cell = marker.getparent().getparent()
            drop_keeping_tail(cell if cell is not None and cell.tag == w("tc") else marker)
            counts["cells"] += 1
    # Deleted content goes with its container; inserted content stays, unwrapped;
    # revision records go, leaving what they describe as it is now.
    for element in found:
        if not _attached(element, root):
            continue  # went with a paragraph, row or deletion above
        if element.tag in _DELETIONS or element.tag in _DELETED_TEXT:
            drop_keeping_tail(element)
            counts["deletions"] += 1
        elif element.tag in _INSERTIONS:
            _unwrap(element)
            counts["insertions"] += 1
        elif element.tag != w("cellDel"):
            drop_keeping_tail(element)
            counts["records"] += 1
    return counts


def _attached(element: etree._Element, root: etree._Element) -> bool:
    """Whether ``element`` is still in the tree under ``root`` (not removed with an ancestor)."""
    node = element
    parent = node.getparent()
    while parent is not None:
        node, parent = parent, parent.getparent()
    return node is root


def remove_comment_marks(root: etree._Element) -> Counter[str]:
    """Remove comment anchors, and the runs that only hold a comment reference."""
    counts: Counter[str] = Counter()
    for element in list(root.iter(*_COMMENT_ANCHORS)):
        drop_keeping_tail(element)
        counts["comment marks"] += 1
    for reference in list(root.iter(w("commentReference"))):
        run = reference.getparent()
        if run is not None and run.tag == w("r") and all(c is reference or c.tag == w("rPr") for c in run):
            drop_keeping_tail(run)
        else:
            drop_keeping_tail(reference)
        counts["comment marks"] += 1
    return counts


def strip_rsid_attributes(root: etree._Element) -> int:
    """Remove every ``w:rsid*`` attribute and ``w:rsid`` element; return how many were removed."""
    removed = 0
    for element in list(root.iter(w("rsid"))):
        drop_keeping_tail(element)
        removed += 1
    for attribute in _RSID_ATTRIBUTES(root):
        del attribute.getparent().attrib[attribute.attrname]
        removed += 1
    return removed




def _unwrap(element: etree._Element) -> None:
    """Replace ``element`` by its children."""
    parent = element.getparent()
    index = parent.index(element)
    children = list(element)
    if children:
        children[-1].tail = (children[-1].tail or "") + (element.tail or "")
        element.tail = None
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    drop_keeping_tail(element)
