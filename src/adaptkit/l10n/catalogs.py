"""gettext catalogs for templates, through Babel's catalog API.

Layout, per template library folder::

    <id>/locales/<id>.pot                      the extracted source texts
    <id>/locales/<locale>/LC_MESSAGES/<id>.po  one catalog per locale (and .mo once compiled)

Plugins may add catalog folders of the same shape (``register_catalog_dirs``);
at build time the first translation found wins, in this order: country overlay,
region, template library — first for the full locale (``pt_BR``), then for its
language (``pt``) — and else the source text stays.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from adaptkit.docx.package import DocxPackage
from adaptkit.errors import AdaptkitError
from adaptkit.l10n.units import (
    Piece,
    TagMismatch,
    Unit,
    extract_units,
    parse_translation,
    placeholders,
)
from adaptkit.library import Template


class CatalogError(AdaptkitError):
    """A catalog cannot be read, or a translation does not fit its source."""


def locales_dir(template: Template) -> Path:
    return template.directory / "locales"


def po_path(directory: Path, locale: str, domain: str) -> Path:
    return directory / locale / "LC_MESSAGES" / f"{domain}.po"


def template_units(template: Template) -> tuple[DocxPackage, list[Unit]]:
    package = DocxPackage.open(template.path, name=str(template.path))
    units = [unit for part in package.text_parts if part.kind != "core" for unit in extract_units(part)]
    return package, units


def extract_catalog(template: Template):
    """The template's source texts as a Babel catalog (a .pot)."""
    from babel.messages.catalog import Catalog

    _, units = template_units(template)
    catalog = Catalog(project=template.id, version=template.version, domain=template.id, charset="utf-8",
                      msgid_bugs_address="", copyright_holder="", last_translator="", language_team="")
    catalog.header_comment = HEADER_COMMENT.format(id=template.id)
    for unit in units:
        comments = [f"style: {unit.style}"] if unit.style else []
        catalog.add(unit.msgid, locations=[unit.location], auto_comments=comments)
    return catalog


HEADER_COMMENT = (
    "# Translations of the adaptkit template '{id}'.\n"
    "# Please do not add names or e-mail addresses of translators to this file:\n"
    "# it travels with the documents, and the people who work on them may be at risk.\n"
)


_PO_KEYWORD = re.compile(r'(?:msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*)')
_PO_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def read_catalog(path: Path, locale: str | None = None):
    """Read a .po file; a syntax error names the file and line.

    Babel's reader forgives an unterminated string by silently cutting it, so
    every line is checked first: a keyword or a continuation, each with one
    well-quoted string.
    """
    from babel.messages.pofile import PoFileError, read_po

    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(f"cannot read catalog ({exc})", file=str(path), hint="save it as UTF-8") from None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        keyword = _PO_KEYWORD.fullmatch(stripped)
        string = keyword.group(1) if keyword else stripped
        if not _PO_STRING.fullmatch(string):
            problem = "an unterminated or badly quoted string" if string.startswith('"') else "an unknown keyword"
            raise CatalogError(f"not a valid .po file ({problem}: {stripped[:40]!r})", file=str(path),
                               where=f"line {number}", hint="fix the entry, or check the file with msgfmt -c")
    try:
        return read_po(io.BytesIO(data), locale=locale, abort_invalid=True)
    except PoFileError as exc:
        line = getattr(exc, "lineno", None)
        raise CatalogError(f"not a valid .po file ({exc})", file=str(path),
                           where=f"line {line + 1}" if isinstance(line, int) else None,
                           hint="fix the entry, or check the file with msgfmt -c") from None


def write_catalog(catalog, path: Path, *, template: bool = False) -> None:
    from babel.messages.pofile import write_po

    from adaptkit.output import write_atomically

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, omit_header=False, sort_output=False, ignore_obsolete=False,
             include_previous=True)
    write_atomically(path, buffer.getvalue())


def init_catalog(template: Template, locale: str, directory: Path | None = None) -> Path:
    """Start a catalog for ``locale``; never overwrites an existing one."""
    from babel.messages.catalog import Catalog

    from adaptkit.l10n.locales import parse_locale

    parsed = parse_locale(locale)
    target = po_path(directory or locales_dir(template), str(parsed), template.id)
    if target.exists():
        raise CatalogError("already exists", file=str(target), hint="use 'adaptkit i18n update' to bring it up to date")
    source = extract_catalog(template)
    catalog = Catalog(locale=parsed, domain=template.id, project=template.id, version=template.version,
                      charset="utf-8", msgid_bugs_address="", copyright_holder="", last_translator="",
                      language_team="")
    catalog.header_comment = HEADER_COMMENT.format(id=template.id)
    catalog.fuzzy = False
    for message in source:
        if message.id:
            catalog.add(message.id, locations=message.locations, auto_comments=message.auto_comments)
    write_catalog(catalog, target)
    return target


def update_catalogs(template: Template, locales: Iterable[str] | None = None) -> list[tuple[Path, int, int]]:
    """Bring catalogs up to date with the template: (path, new entries, now obsolete) for each.

    Babel's fuzzy matching carries a translation forward when its source text
    changed a little (it is marked fuzzy for review); entries no longer in the
    template are kept as obsolete (``#~``).
    """
    source = extract_catalog(template)
    write_catalog(source, locales_dir(template) / f"{template.id}.pot", template=True)
    results = []
    for path, locale in catalog_files(template, locales):
        catalog = read_catalog(path, locale)
        before = {m.id for m in catalog if m.id}
        catalog.update(source, no_fuzzy_matching=False, update_header_comment=False)
        catalog.project, catalog.version = template.id, template.version
        after = {m.id for m in catalog if m.id}
        write_catalog(catalog, path)
        results.append((path, len(after - before), len(catalog.obsolete)))
    return results


def compile_catalogs(template: Template, locales: Iterable[str] | None = None) -> list[Path]:
    from babel.messages.mofile import write_mo

    from adaptkit.output import write_atomically

    written = []
    for path, locale in catalog_files(template, locales):
        catalog = read_catalog(path, locale)
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        target = path.with_suffix(".mo")
        write_atomically(target, buffer.getvalue())
        written.append(target)
    return written


def catalog_files(template: Template, locales: Iterable[str] | None = None) -> Iterator[tuple[Path, str]]:
    """(path, locale) of the template's own catalogs, sorted by locale."""
    wanted = set(locales) if locales else None
    root = locales_dir(template)
    if not root.is_dir():
        return
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        path = po_path(root, folder.name, template.id)
        if path.is_file() and (wanted is None or folder.name in wanted):
            yield path, folder.name


@dataclass(frozen=True)
class CatalogStats:
    template: str
    locale: str
    translated: int
    fuzzy: int
    untranslated: int
    total: int
    obsolete: int

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def catalog_stats(template: Template, path: Path, locale: str) -> CatalogStats:
    catalog = read_catalog(path, locale)
    translated = fuzzy = untranslated = 0
    for message in catalog:
        if not message.id:
            continue
        if message.fuzzy:  # a fuzzy entry counts once, as fuzzy, whatever its msgstr
            fuzzy += 1
        elif _has_translation(message):
            translated += 1
        else:
            untranslated += 1
    total = translated + fuzzy + untranslated
    return CatalogStats(template.id, locale, translated, fuzzy, untranslated, total, len(catalog.obsolete))


def _has_translation(message) -> bool:
    if isinstance(message.string, (list, tuple)):
        return all(message.string)
    return bool(message.string)


@dataclass(frozen=True)
class CatalogFinding:
    """A problem in one catalog entry."""

    file: str
    line: int
    entry: str  # first words of the msgid
    location: str  # where the paragraph is in the template, e.g. "body:12"
    problem: str

    def __str__(self) -> str:
        where = f" ({self.location})" if self.location else ""
        return f"{self.file}:{self.line}: entry \"{self.entry}\"{where}: {self.problem}"


def check_catalog(path: Path, locale: str) -> list[CatalogFinding]:
    """Placeholders, tags, statements and Jinja syntax of every translated entry."""
    from jinja2 import TemplateSyntaxError
    from jinja2.sandbox import SandboxedEnvironment

    from adaptkit.docx.tags import TAG_PATTERN
    from adaptkit.l10n.units import first_words

    catalog = read_catalog(path, locale)
    environment = SandboxedEnvironment()
    findings: list[CatalogFinding] = []
    for message in catalog:
        if not message.id or not _has_translation(message):
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        location = ", ".join(f"{name}:{line}" for name, line in message.locations[:2])

        def report(problem: str) -> None:
            findings.append(CatalogFinding(str(path), message.lineno, first_words(msgid), location, problem))

        if message.pluralizable and len(strings) != catalog.num_plurals:
            report(f"has {len(strings)} plural forms, the locale needs {catalog.num_plurals}")
        unit = unit_from_msgid(msgid)
        for string in strings:
            if placeholders(string) != placeholders(msgid):
                missing = sorted(set(placeholders(msgid)) - set(placeholders(string)))
                extra = sorted(set(placeholders(string)) - set(placeholders(msgid)))
                detail = "; ".join(filter(None, [f"missing {', '.join('{{ ' + p + ' }}' for p in missing)}" if missing else "",
                                                 f"unexpected {', '.join('{{ ' + p + ' }}' for p in extra)}" if extra else ""]))
                report(f"placeholders differ from the source ({detail or 'counts differ'})")
            if any(m.group(0).startswith(("{%", "{#")) for m in TAG_PATTERN.finditer(string)):
                report("contains a {% %} statement; statements stay in the template as numbered tags")
            try:
                parse_translation(string, unit)
            except TagMismatch as exc:
                report(f"tags differ from the source: {exc}")
            try:
                environment.parse(string)
            except TemplateSyntaxError as exc:
                report(f"does not parse as a template: {exc.message}")
    return findings


def unit_from_msgid(msgid: str) -> Unit:
    """A unit that knows only the tags of ``msgid`` (enough to check a translation)."""
    from adaptkit.l10n.units import TAG_TOKEN

    tags: dict[int, Piece] = {}
    for match in TAG_TOKEN.finditer(msgid):
        atom, start, _ = match.groups()
        if atom:
            tags[int(atom)] = Piece("atom")
        elif start:
            tags[int(start)] = Piece("text")
    return Unit(msgid, None, "", 0, None, tags)  # type: ignore[arg-type]
