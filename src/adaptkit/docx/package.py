"""Open a .docx as a zip of XML parts, and write one back.

Only the parts that carry text (body, headers, footers, notes, comments, core
properties) are parsed; everything else (styles, media, settings) is copied
byte for byte. Parsing is strict: a damaged part is an error, never "recovered".
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lxml import etree

from adaptkit.errors import DocumentError

_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_MAIN_TYPES = {
    _WML + "document.main+xml",
    _WML + "template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
# content type -> kind of text part
TEXT_PART_KINDS = {
    _WML + "header+xml": "header",
    _WML + "footer+xml": "footer",
    _WML + "footnotes+xml": "footnotes",
    _WML + "endnotes+xml": "endnotes",
    _WML + "comments+xml": "comments",
}
CORE_PROPERTIES_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"

# Strict and safe: no entity expansion, no network, but large documents allowed.
XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_blank_text=False)


@dataclass
class TextPart:
    """A parsed XML part that can hold template text."""

    name: str  # zip member name, e.g. "word/header1.xml"
    kind: str  # "body", "header", "footer", "footnotes", "endnotes", "comments", "core"
    root: etree._Element
    xml: bytes  # the part as saved, for describing places after the tree has changed

    @property
    def label(self) -> str:
        """How the part is named in messages: "body", "header 1", "footnotes"."""
        if self.kind in ("header", "footer"):
            number = "".join(ch for ch in PurePosixPath(self.name).stem if ch.isdigit())
            return f"{self.kind} {number}".strip()
        if self.kind == "core":
            return "document properties"
        return self.kind


@dataclass
class DocxPackage:
    """The members of a .docx zip, with its text parts parsed."""

    source_name: str
    members: dict[str, bytes]
    infos: list[zipfile.ZipInfo]
    text_parts: list[TextPart] = field(default_factory=list)

    @classmethod
    def open(cls, source: bytes | Path, *, name: str | None = None) -> "DocxPackage":
        source_name = name or (source.name if isinstance(source, Path) else "template.docx")
        if isinstance(source, Path):
            try:
                data = source.read_bytes()
            except FileNotFoundError:
                raise DocumentError("file not found", file=str(source), hint="check the path") from None
            except OSError as exc:
                raise DocumentError(f"cannot read file ({exc.strerror})", file=str(source)) from None
        else:
            data = source
        members, infos = _read_zip(data, source_name)
        package = cls(source_name, members, infos)
        package.text_parts = package._parse_text_parts()
        return package

    def _parse_text_parts(self) -> list[TextPart]:
        if "[Content_Types].xml" not in self.members:
            raise DocumentError(
                "a zip archive but not a Word document (no [Content_Types].xml)",
                file=self.source_name,
                hint="save the file from Word as .docx",
            )
        types = self._parse("[Content_Types].xml")
        main: list[TextPart] = []
        others: list[TextPart] = []
        for override in types.iter(f"{{{_CT_NS}}}Override"):
            part_name = override.get("PartName", "").lstrip("/")
            content_type = override.get("ContentType", "")
            if content_type in _MAIN_TYPES:
                kind = "body"
            elif content_type in TEXT_PART_KINDS:
                kind = TEXT_PART_KINDS[content_type]
            elif content_type == CORE_PROPERTIES_TYPE:
                kind = "core"
            else:
                continue
            if part_name not in self.members:
                raise DocumentError(
                    f"part {part_name} is declared but missing from the archive",
                    file=self.source_name,
                    hint="the file is damaged; open and re-save it in Word",
                )
            part = TextPart(part_name, kind, self._parse(part_name), self.members[part_name])
            (main if kind == "body" else others).append(part)
        if not main:
            raise DocumentError(
                "a zip archive but not a Word document (no main document part)",
                file=self.source_name,
                hint="adaptkit reads .docx files saved by Word or LibreOffice",
            )
        order = {"body": 0, "header": 1, "footer": 2, "footnotes": 3, "endnotes": 4, "comments": 5, "core": 6}
        others.sort(key=lambda p: (order[p.kind], _natural_key(p.name)))
        return main + others

    def _parse(self, member: str) -> etree._Element:
        return parse_part(self.members[member], member, self.source_name)

    def to_bytes(self, replaced: dict[str, bytes], removed: set[str] | frozenset[str] = frozenset()) -> bytes:
        """The package as .docx bytes, with some members replaced, added or removed."""
        names = [info.filename for info in self.infos] + [n for n in replaced if n not in self.members]
        return zip_members({name: replaced.get(name, self.members.get(name, b"")) for name in names
                            if name not in removed})


def parse_part(data: bytes, member: str, source_name: str) -> etree._Element:
    """Parse one XML member strictly; a damaged part is an error naming it."""
    try:
        return etree.fromstring(data, XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(
            f"{member} is not well-formed XML ({exc.msg})",
            file=source_name,
            hint="the file is damaged; open and re-save it in Word",
        ) from None


def zip_members(members: dict[str, bytes]) -> bytes:
    """A .docx from its members, in order, with a fixed timestamp: the file does not tell
    when the template was saved or the document built."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if len(data) > 64 else zipfile.ZIP_STORED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _read_zip(data: bytes, source_name: str) -> tuple[dict[str, bytes], list[zipfile.ZipInfo]]:
    if not data.startswith(b"PK"):
        raise DocumentError(
            "not a Word document (not a zip archive)",
            file=source_name,
            hint="adaptkit reads .docx files; convert .doc or .odt files in Word or LibreOffice first",
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
            members = {info.filename: archive.read(info) for info in infos}
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise DocumentError(
            f"truncated or damaged .docx ({exc})",
            file=source_name,
            hint="the file was not fully copied or saved; get a fresh copy",
        ) from None
    return members, infos


def _natural_key(name: str) -> tuple:
    digits = "".join(ch for ch in name if ch.isdigit())
    return (name.rstrip("0123456789.xml"), int(digits) if digits else 0)
