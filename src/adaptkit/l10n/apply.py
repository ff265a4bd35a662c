"""Apply translations to a template before it is rendered.

Each paragraph's unit is looked up in a stack of catalogs (country overlay,
region, template library; full locale before language) and, when found, the
paragraph is rebuilt from the translation with its formatting restored by tag
number. Values are inserted later, by rendering, so they are never translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from lxml import etree

from adaptkit.docx.model import XML_SPACE, P, first_words, remove_noise
from adaptkit.docx.package import DocxPackage
from adaptkit.l10n.catalogs import CatalogError, po_path, read_catalog
from adaptkit.l10n.units import (
    TagMismatch,
    Unit,
    consolidate_tags,
    make_unit,
    placeholders,
    rebuild,
    scan_paragraphs,
    simple_msgid,
    unescape,
)


@dataclass(frozen=True)
class CatalogSource:
    """A catalog folder and who provides it (a plugin name, or "library")."""

    directory: Path
    provider: str


@dataclass
class LoadedCatalog:
    path: Path
    provider: str
    messages: dict[str, Any]  # msgid -> babel Message (translated, not fuzzy)
    catalog: Any


@dataclass
class TranslationReport:
    """What translation did to one build: for the summary and the adaptation report."""

    locale: str
    translated: list[tuple[str, str]] = field(default_factory=list)  # (place, provider)
    untranslated: list[tuple[str, str]] = field(default_factory=list)  # (place, first words)
    stale: list[tuple[str, int]] = field(default_factory=list)  # (catalog file, entries not in the template)
    catalogs: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.translated) + len(self.untranslated)


def catalog_stack(sources: Iterable[CatalogSource], locale: str, domain: str) -> list[LoadedCatalog]:
    """Catalogs to consult, in order: each source for the full locale, then each for the language."""
    candidates = [locale]
    language = locale.split("_")[0]
    if language != locale:
        candidates.append(language)
    sources = list(sources)
    stack = []
    for candidate in candidates:
        for source in sources:
            path = po_path(source.directory, candidate, domain)
            if path.is_file():
                catalog = read_catalog(path, candidate)
                messages = {m.id: m for m in catalog if m.id and not m.fuzzy and m.string}
                stack.append(LoadedCatalog(path, source.provider, messages, catalog))
    return stack


def translate_package(package: DocxPackage, stack: list[LoadedCatalog], locale: str) -> TranslationReport:
    """Rebuild every paragraph that has a translation; report the rest.

    A paragraph made of one plain run (most of a manual) is translated by
    rewriting its text in place; the others go through the unit machinery,
    which restores formatting by tag number.
    """
    report = TranslationReport(locale, catalogs=[str(c.path) for c in stack])
    translations: dict[str, tuple[LoadedCatalog, Any]] = {}
    for catalog in reversed(stack):  # the first catalog in the stack wins
        translations.update((msgid, (catalog, message)) for msgid, message in catalog.messages.items())
    used: set[str] = set()
    for part in package.text_parts:
        if part.kind == "core":
            continue
        remove_noise(part.root)
        simple, braced = scan_paragraphs(part.root)
        consolidate_tags(part, braced)
        missing: list[tuple[etree._Element, str]] = []
        translated: list[tuple[etree._Element, str]] = []
        needs_unit: set[etree._Element] = set()  # one run, but holding statements
        for paragraph, text in simple.items():  # one plain run: rewrite the text in place
            msgid = simple_msgid(text.text or "")
            if not msgid:
                if msgid is None:
                    needs_unit.add(paragraph)
                continue
            used.add(msgid)
            found = translations.get(msgid)
            if found is None:
                missing.append((paragraph, msgid))
                continue
            catalog, message = found
            msgstr = message.string if isinstance(message.string, str) else message.string[0]
            if "{" in msgid or "{" in msgstr or "<" in msgstr:
                _apply(Unit(msgid, paragraph, part.label, 0, "", None, {}), catalog, message, msgstr)
            else:
                text.text = unescape(msgstr) if "&" in msgstr else msgstr
                if msgstr[:1].isspace() or msgstr[-1:].isspace():
                    text.set(XML_SPACE, "preserve")
            translated.append((paragraph, catalog.provider))
        for paragraph in part.root.iter(P):  # everything else goes through units
            if paragraph in simple and paragraph not in needs_unit:
                continue
            unit = make_unit(paragraph, part.label, 0)
            if unit is None:
                continue
            used.add(unit.msgid)
            found = translations.get(unit.msgid)
            if found is None:
                missing.append((paragraph, unit.msgid))
                continue
            catalog, message = found
            msgstr = message.string if isinstance(message.string, str) else message.string[0]
            _apply(unit, catalog, message, msgstr)
            translated.append((paragraph, catalog.provider))
        numbers = _numbers(part.root)
        report.translated += [(f"{part.label} ¶{numbers[p]}", provider)
                              for p, provider in sorted(translated, key=lambda item: numbers[item[0]])]
        report.untranslated += [(f"{part.label} ¶{numbers[p]}", first_words(m))
                                for p, m in sorted(missing, key=lambda item: numbers[item[0]])]
    for loaded in stack:
        stale = sum(1 for msgid in loaded.messages if msgid not in used)
        if stale:
            report.stale.append((str(loaded.path), stale))
    return report


def _numbers(root: etree._Element) -> dict[etree._Element, int]:
    return {paragraph: number for number, paragraph in enumerate(root.iter(P), 1)}


def _apply(unit: Unit, catalog: LoadedCatalog, message: Any, msgstr: str) -> None:
    problem = None
    if ("{" in msgstr or "{" in unit.msgid) and placeholders(msgstr) != placeholders(unit.msgid):
        problem = "its {{ }} placeholders differ from the source's"
    else:
        try:
            rebuild(unit, msgstr)
        except TagMismatch as exc:
            problem = f"its tags differ from the source's: {exc}"
    if problem:
        number = _numbers(unit.paragraph.getroottree().getroot()).get(unit.paragraph, 0)
        raise CatalogError(f"the translation of \"{first_words(unit.msgid)}\" ({unit.part_label} ¶{number}) does not fit: {problem}",
                           file=str(catalog.path), where=f"line {message.lineno}",
                           hint="run 'adaptkit i18n check' and fix the entry")


def catalog_sources(plugins: Any, region: Any, library_dir: Path) -> list[CatalogSource]:
    """Catalog folders for a build, most specific first: country overlay, region, ..., template library."""
    from adaptkit.rules import CatalogDir

    registered = plugins.collect("register_catalog_dirs", (Path, str, CatalogDir))
    chain = list(region.chain)
    sources: list[CatalogSource] = []
    for step in reversed(chain):
        for item, plugin in registered:
            entry = item if isinstance(item, CatalogDir) else CatalogDir(Path(item))
            if entry.region == step.region.code or (entry.region is None and plugin == step.plugin
                                                     and _shallowest(chain, plugin) == step.region.code):
                sources.append(CatalogSource(Path(entry.path), plugin))
    sources.append(CatalogSource(library_dir, "library"))
    return sources


def _shallowest(chain: list[Any], plugin: str) -> str:
    return next(step.region.code for step in chain if step.plugin == plugin)
