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

from adaptkit.docx.model import PPR, RPR, XML_SPACE, P, R, T, first_words, remove_noise
from adaptkit.docx.package import DocxPackage
from adaptkit.l10n.catalogs import CatalogError, po_path, read_catalog
from adaptkit.l10n.units import (
    TagMismatch,
    Unit,
    consolidate_paragraph,
    is_translatable,
    make_unit,
    placeholders,
    rebuild,
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
    strings: dict[str, str] = field(init=False, repr=False)  # msgid -> msgstr (first plural form)

    def __post_init__(self) -> None:
        self.strings = {msgid: message.string if isinstance(message.string, str) else message.string[0]
                        for msgid, message in self.messages.items()}


@dataclass
class TranslationReport:
    """What translation did to one build: for the summary and the adaptation report."""

    locale: str
    translated: list[tuple[str, int, str]] = field(default_factory=list)  # (part, paragraph, provider)
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
    if len(stack) == 1:  # the usual case: look strings up directly
        only = stack[0]
        translations: dict[str, tuple[LoadedCatalog, str]] = {}
        strings = only.strings
    else:
        translations = {}
        for catalog in reversed(stack):  # the first catalog in the stack wins
            translations.update((msgid, (catalog, string)) for msgid, string in catalog.strings.items())
        strings = {}
    used: set[str] = set()
    for part in package.text_parts:
        if part.kind == "core":
            continue
        remove_noise(part.root)
        label = part.label
        for number, paragraph in enumerate(part.root.iter(P), 1):
            # plain_run_text(), inlined: this loop runs once per paragraph of the document
            text = None
            size = len(paragraph)
            if size == 1 or (size == 2 and paragraph[0].tag == PPR):
                run = paragraph[-1]
                if run.tag == R:
                    size = len(run)
                    if size == 1 or (size == 2 and run[0].tag == RPR):
                        text = run[-1] if run[-1].tag == T else None
            unit = None
            if text is not None:  # one plain run, most of a manual: rewrite its text in place
                value = text.text
                if not value:
                    continue
                msgid = simple_msgid(value) if ("{" in value or "<" in value or "&" in value) else value
                if msgid == "":
                    continue
            if text is None or msgid is None:  # formatting, links, fields or statements: a unit
                consolidate_paragraph(paragraph)
                unit = make_unit(paragraph, label, number)
                if unit is None:
                    continue
                msgid = unit.msgid
            used.add(msgid)
            msgstr = strings.get(msgid)
            if msgstr is not None:
                catalog = only
            else:
                found = translations.get(msgid)
                if found is None:
                    if unit is not None or is_translatable(msgid):
                        report.untranslated.append((f"{label} ¶{number}", first_words(msgid)))
                    continue
                catalog, msgstr = found
            if unit is None and "<" not in msgstr and (
                    ("{" not in msgid and "{" not in msgstr) or placeholders(msgid) == placeholders(msgstr)):
                text.text = unescape(msgstr) if "&" in msgstr else msgstr
                if msgstr[:1].isspace() or msgstr[-1:].isspace():
                    text.set(XML_SPACE, "preserve")
            else:
                _apply(unit or Unit(msgid, paragraph, label, number, None, {}), catalog, msgstr)
            report.translated.append((label, number, catalog.provider))
    for loaded in stack:
        stale = sum(1 for msgid in loaded.messages if msgid not in used)
        if stale:
            report.stale.append((str(loaded.path), stale))
    return report


def _apply(unit: Unit, catalog: LoadedCatalog, msgstr: str) -> None:
    problem = None
    if ("{" in msgstr or "{" in unit.msgid) and placeholders(msgstr) != placeholders(unit.msgid):
        problem = "its {{ }} placeholders differ from the source's"
    else:
        try:
            rebuild(unit, msgstr)
        except TagMismatch as exc:
            problem = f"its tags differ from the source's: {exc}"
    if problem:
        raise CatalogError(f"the translation of \"{first_words(unit.msgid)}\" ({unit.part_label} ¶{unit.number}) "
                           f"does not fit: {problem}",
                           file=str(catalog.path), where=f"line {catalog.messages[unit.msgid].lineno}",
                           hint="run 'adaptkit i18n check' and fix the entry")


def catalog_sources(plugins: Any, region: Any, library_dir: Path) -> list[CatalogSource]:
    """Catalog folders for a build, most specific first: country overlay, region, ..., template library."""
    from adaptkit.rules import CatalogDir

    ranked: list[tuple[int, CatalogSource]] = []
    for item, plugin in plugins.collect("register_catalog_dirs", (Path, str, CatalogDir)):
        entry = item if isinstance(item, CatalogDir) else CatalogDir(Path(item))
        depth = region.layer_of(plugin, entry.region)
        if depth is not None:
            ranked.append((depth, CatalogSource(Path(entry.path), plugin)))
    ranked.sort(key=lambda pair: -pair[0])  # deepest first; stable, so registration order within a layer
    return [source for _, source in ranked] + [CatalogSource(library_dir, "library")]
