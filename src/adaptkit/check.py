"""``adaptkit check``: find what would go wrong, or read wrong, before anyone builds.

For each template, and for each region and locale it is checked with, the
check reports findings with a stable ``rule`` id:

==========================  ===========================================================
``jinja-syntax``            a part whose tags do not compile (error)
``undeclared-variable``     a value the template uses that template.yaml does not
                            declare and the build does not provide (error; a warning
                            for a bare .docx without template.yaml)
``unused-variable``         a variable (or section) declared in template.yaml that
                            the template never uses (warning)
``undeclared-section``      ``sections.X`` used, X not declared (error; a warning
                            for a bare .docx)
``untranslated``/``fuzzy``  the share of a catalog's entries not (yet) translated
                            (warning; info when there are none), a locale with no
                            catalog at all, paragraphs a build leaves untranslated
``catalog``                 a translation that does not fit its source (error)
``forbidden-term``          a term a glossary forbids, in the template's text, in the
                            catalogs' translations or in the built document (the
                            glossary's level: error, warning, or info for suggestion)
``build``                   the build of a region/locale fails (error)
==========================  ===========================================================

Each combination is built fully in memory, with the template's sample values,
and nothing is written. What does not depend on the combination (the Jinja
syntax tree, the variables used, the lint of the template's text and of each
catalog) is worked out once per template and reused.

A forbidden term in the built document is reported only when the template's
text and the catalogs do not already account for it, so that one "prostitute"
in the template is not reported once more for every English build; a term that
reaches the document only through a value (a region's name, a sample value) is
reported "in the built document".
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adaptkit.errors import AdaptkitError

if TYPE_CHECKING:  # pragma: no cover
    from adaptkit.docx.package import TextPart
    from adaptkit.library import Template
    from adaptkit.plugins import PluginSet
    from adaptkit.regions import RegionRegistry, ResolvedRegion
    from adaptkit.terms import TermSet

SEVERITIES = ("error", "warning", "info")
RULES = (
    "jinja-syntax", "undeclared-variable", "unused-variable", "undeclared-section", "untranslated", "fuzzy",
    "catalog", "forbidden-term", "build",
)
# glossary level -> finding severity
_TERM_SEVERITY = {"error": "error", "warning": "warning", "suggestion": "info"}
# Names every build puts in the context, whatever the template declares.
# Names every build provides; "budget" is what adaptkit.tables computes from budget_lines.
_BUILD_NAMES = ("version", "template", "region", "locale", "sections", "membership_classes", "budget")


@dataclass(frozen=True)
class Finding:
    """One thing ``adaptkit check`` found."""

    severity: str  # "error" | "warning" | "info"
    file: str  # the template, template.yaml or catalog it is in
    place: str  # where in that file: 'body ¶12 "Conflicts of interest…"', "line 41", or a region/locale
    rule: str  # stable id, see RULES
    message: str


class Findings(list):
    """The findings of one run, and how much was checked (for the summary line)."""

    def __init__(self, findings: Iterable[Finding] = (), *, templates: int = 0, combinations: int = 0) -> None:
        super().__init__(findings)
        self.templates = templates
        self.combinations = combinations


# --------------------------------------------------------------------------- the run


def run_check(
    template: str | None,
    *,
    check_all: bool,
    region: str | None,
    locale: str | None,
    plugins: PluginSet,
    libraries: list[Path] | None,
) -> Findings:
    """Check one template (a library id or a .docx path), or with ``check_all`` every library template.

    One template is checked with ``region`` (default ``global``) and ``locale``
    (default: the region's first). ``check_all`` checks with every registered
    region and overlay and each of its locales (or only ``region`` and
    ``locale`` when they are given). Raises :class:`AdaptkitError` for an
    unknown template, region or locale.
    """
    from adaptkit.layers import region_registry
    from adaptkit.library import find_template, library_paths, list_templates
    from adaptkit.regions import GLOBAL, Region, check_locale

    libraries = list(libraries or [])
    paths = library_paths(libraries, plugins)
    if template is not None:
        targets = [(find_template(template, paths), template)]
    else:
        targets = [(found, found.id) for found in list_templates(paths)]

    registry = region_registry(plugins)
    if GLOBAL not in registry:  # as a build does when the global plugin is disabled
        registry.add(Region(code=GLOBAL, name="No region", locales=("en",)), "adaptkit")
    if check_all and region is None:
        codes = registry.codes()
    else:
        codes = [registry.resolve(region or GLOBAL).code]
    if locale is not None:
        from adaptkit.l10n.locales import parse_locale

        parse_locale(locale)  # an unknown locale is named as such
    combinations: list[tuple[str, str]] = []
    problems: list[tuple[str, AdaptkitError]] = []  # regions --all cannot check, reported as findings
    for code in codes:
        if not check_all:  # the region and locale asked for: an error in them stops the check
            resolved = registry.resolve(code)
            combinations.append((code, check_locale(resolved, locale)))
            continue
        try:
            resolved = registry.resolve(code)
            offered = [locale] if locale is not None else list(resolved.locales)
        except AdaptkitError as exc:
            problems.append((code, exc))
            continue
        for wanted in offered:
            try:
                chosen = check_locale(resolved, wanted)
            except AdaptkitError as exc:
                if locale is None:  # a locale the region offers but nobody knows
                    problems.append((f"{code}/{wanted}", exc))
                continue  # --all -l xx: only the regions that offer xx
            if (code, chosen) not in combinations:
                combinations.append((code, chosen))
    if check_all and locale is not None and not combinations:
        from adaptkit.regions import RegionError

        raise RegionError(f"no region{' ' + repr(region) if region else ''} offers locale '{locale}'",
                          hint="run 'adaptkit regions' to see the locales of each region")

    checker = _Checker(plugins, registry, libraries)
    for where, exc in problems:
        checker.collector.add("error", f"region {where}", "", "build", _without_file(exc))
    for found, reference in targets:
        checker.check_template(found, reference, combinations)
    return Findings(checker.collector.findings(), templates=len(targets), combinations=len(combinations))


# --------------------------------------------------------------------------- collecting


@dataclass
class _Item:
    severity: str
    file: str
    place: str
    rule: str
    message: str
    combos: list[str] = field(default_factory=list)
    scope: tuple[str, ...] = ()  # every combination the template is checked with
    place_is_combos: bool = False


class _Collector:
    """Findings in the order found, each once; combination-dependent ones say where they apply."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str, str, str], _Item] = {}

    def add(self, severity: str, file: str, place: str, rule: str, message: str, *,
            combo: str | None = None, scope: tuple[str, ...] = (), place_is_combos: bool = False) -> None:
        message = " ".join(message.split())
        key = (rule, file, "" if place_is_combos else place, message)
        item = self.items.get(key)
        if item is None:
            item = self.items[key] = _Item(severity, file, place, rule, message, scope=scope,
                                           place_is_combos=place_is_combos)
        if combo is not None and combo not in item.combos:
            item.combos.append(combo)

    def findings(self) -> list[Finding]:
        result = []
        for item in self.items.values():
            place, message = item.place, item.message
            if item.place_is_combos:
                place = _combo_list(item.combos, item.scope)
            elif item.combos and set(item.combos) != set(item.scope):
                message += f" (for {_combo_list(item.combos, item.scope)})"
            result.append(Finding(item.severity, item.file, place, item.rule, message))
        return result


def _combo_list(combos: list[str], scope: tuple[str, ...]) -> str:
    if len(combos) > 1 and set(combos) == set(scope):
        return f"all {len(combos)} region/locale combinations"
    if len(combos) <= 3:
        return ", ".join(combos)
    return f"{', '.join(combos[:2])} and {len(combos) - 2} more"


# --------------------------------------------------------------------------- per template


@dataclass
class _Use:
    """A value the template reads: its dotted path, and the tag that reads it."""

    path: tuple[str, ...]
    tag: Any  # adaptkit.docx.tags.Tag | None
    part: Any  # TextPart


@dataclass
class _Analysis:
    """What is known about a template whatever it is built for."""

    template: Template
    name: str  # how the template is named in findings
    syntax_ok: bool
    uses: dict[tuple[str, ...], list[_Use]]  # path -> where, for names the template does not define itself
    parts: list[TextPart]  # the text parts as the author saved them, for the terms lint


class _Checker:
    def __init__(self, plugins: PluginSet, registry: RegionRegistry, libraries: list[Path]) -> None:
        self.plugins = plugins
        self.registry = registry
        self.libraries = libraries
        self.collector = _Collector()
        self._regions: dict[str, ResolvedRegion] = {}
        self._termsets: dict[tuple[str, str], Any] = {}
        self._catalog_done: set[str] = set()
        self._catalog_terms: dict[tuple[str, tuple], set[str]] = {}
        self._reported_files: set[str] = set()  # catalogs and glossaries with findings: builds failing on them
        self._unreadable: set[str] = set()
        self._places: dict[tuple[str, int, str], str] = {}

    # -- helpers ---------------------------------------------------------------

    def region(self, code: str) -> ResolvedRegion:
        if code not in self._regions:
            self._regions[code] = self.registry.resolve(code)
        return self._regions[code]

    def termset(self, code: str, locale: str, combo: str, scope: tuple[str, ...]) -> TermSet | None:
        from adaptkit.terms import build_termset

        key = (code, locale)
        if key not in self._termsets:
            try:
                self._termsets[key] = build_termset(self.plugins, self.region(code), locale)
            except AdaptkitError as exc:  # a broken glossary: every build of this combination fails the same way
                self._termsets[key] = None
                if exc.file:
                    self._reported_files.add(exc.file)
                self.collector.add("error", exc.file or "glossary", combo, "build", _without_file(exc), combo=combo,
                                   scope=scope, place_is_combos=True)
        return self._termsets[key]

    def place(self, use: _Use) -> str:
        from adaptkit.docx.compile import place_of

        if use.tag is None:
            return use.part.label
        key = (use.part.name, use.tag.paragraph_number, str(use.tag.extra.get("property", "")))
        if key not in self._places:
            self._places[key] = str(place_of(use.tag, use.part))
        return self._places[key]

    # -- one template ----------------------------------------------------------------

    def check_template(self, template: Template, reference: str, combinations: list[tuple[str, str]]) -> None:
        scope = tuple(f"{code}/{locale}" for code, locale in combinations)
        analysis = self.analyse(template)
        self.check_declarations(analysis)
        lint_cache: dict[tuple, set[str]] = {}
        for code, locale in combinations:
            self.check_combination(analysis, reference, code, locale, scope, lint_cache)

    def analyse(self, template: Template) -> _Analysis:
        """Compile each part once: syntax errors, and every name the template reads."""
        from jinja2 import TemplateSyntaxError, meta

        from adaptkit.docx.compile import compile_part, place_of
        from adaptkit.docx.package import DocxPackage
        from adaptkit.docx.render import check_blocks, make_environment
        from adaptkit.errors import TemplateError

        name = template.display_name
        try:
            package = DocxPackage.open(template.path, name=name)
            pristine = DocxPackage.open(template.path, name=name)
        except AdaptkitError as exc:  # not a readable Word document: nothing to build either
            self.collector.add("error", name, "", "build", _without_file(exc))
            return _Analysis(template, name, False, {}, [])
        environment = make_environment([])
        # Filters and tests come from plugins at build time; the build reports one that none provides.
        environment.filters = _AnyName(environment.filters)
        environment.tests = _AnyName(environment.tests)
        syntax_ok = True
        uses: dict[tuple[str, ...], list[_Use]] = {}
        for part in package.text_parts:
            compiled = None
            try:
                compiled = compile_part(part, name)
                if compiled is None:
                    continue
                check_blocks(compiled, name)
                tree = environment.parse(compiled.source)
            except TemplateError as exc:
                syntax_ok = False
                self.collector.add("error", name, str(exc.where or part.label), "jinja-syntax", _message(exc))
                continue
            except TemplateSyntaxError as exc:
                syntax_ok = False
                tag = compiled.tag_at_line(exc.lineno) if compiled is not None else None
                where = str(place_of(tag, part)) if tag is not None else part.label
                written = f"{' '.join(tag.written.split())}: " if tag is not None else ""
                self.collector.add("error", name, where, "jinja-syntax",
                                   f"{written}{exc.message} — check the tag's Jinja syntax")
                continue
            roots = meta.find_undeclared_variables(tree)
            for path, line in _paths(tree):
                if path[0] in roots:
                    uses.setdefault(path, []).append(_Use(path, compiled.tag_at_line(line), part))
        parts = [part for part in pristine.text_parts if part.kind != "core"]
        return _Analysis(template, name, syntax_ok, uses, parts)

    def check_declarations(self, analysis: _Analysis) -> None:
        """Sections used but not declared, and variables declared but never used."""
        template = analysis.template
        severity = "error" if template.metadata_path is not None else "warning"
        declared_sections = {section.name for section in template.sections}
        for path, found in analysis.uses.items():
            if path[0] == "sections" and len(path) > 1 and path[1] not in declared_sections:
                hint = ("declare it under sections: in template.yaml" if template.metadata_path is not None
                        else "add a template.yaml that declares it under sections:")
                self.collector.add(severity, analysis.name, self.place(found[0]), "undeclared-section",
                                   f"section '{path[1]}' is used but not declared{_more(found)} — {hint}")
        if template.metadata_path is None or not analysis.syntax_ok:
            return
        used = list(analysis.uses)
        metadata = _display_metadata(template)
        for variable in template.variables:
            declared = tuple(variable.name.split("."))
            if any(_related(declared, path) for path in used):
                continue
            self.collector.add("warning", metadata, _yaml_line(template.metadata_path, variable.name),
                               "unused-variable",
                               f"variable '{variable.name}' is declared but the template never uses it "
                               "— remove it from template.yaml, or use it in the template")
        for section in template.sections:
            if not any(path[:2] in (("sections", section.name), ("sections",)) for path in used):
                self.collector.add("warning", metadata, _yaml_line(template.metadata_path, section.name),
                                   "unused-variable",
                                   f"section '{section.name}' is declared but the template never uses it "
                                   f"— wrap its text in {{%p if sections.{section.name} %}}, or remove it")

    def check_undeclared(self, analysis: _Analysis, region: ResolvedRegion, combo: str, scope: tuple[str, ...],
                         environment_names: Any) -> set[str]:
        """Names read but neither declared nor provided by the build; returns the roots reported."""
        from adaptkit.layers import registered_rules

        template = analysis.template
        provided = {tuple(variable.name.split(".")) for variable in template.variables}
        provided |= {(name,) for name in _BUILD_NAMES if name not in ("region", "template")}
        provided |= {("region", *path) for path in _leaves(region.summary())}
        provided |= {("template", *path) for path in _leaves(template.summary())}
        for _, values in region.context_layers():
            provided |= set(_leaves(values))
        chain = {step.region.code for step in region.chain}
        try:
            rules = registered_rules(self.plugins, self.registry)
        except AdaptkitError:
            rules = []  # the build reports a bad rule
        for registered in rules:
            rule = registered.rule
            if rule.region in chain and (not rule.templates or template.id in rule.templates):
                provided |= {tuple(key.split(".")) for key in rule.set}
        severity = "error" if template.metadata_path is not None else "warning"
        reported: set[str] = set()
        globals_ = None
        for path, found in analysis.uses.items():
            if path[0] == "sections" or any(_related(path, known) for known in provided):
                continue
            if globals_ is None:
                globals_ = environment_names()
            if path[0] in globals_:
                continue
            reported.add(path[0])
            dotted = ".".join(path)
            hint = ("declare it under variables: in template.yaml (or check its spelling)"
                    if template.metadata_path is not None
                    else "add a template.yaml that declares it, or check its spelling")
            self.collector.add(severity, analysis.name, self.place(found[0]), "undeclared-variable",
                               f"'{dotted}' is used but not declared{_more(found)} — {hint}", combo=combo,
                               scope=scope)
        return reported

    # -- one combination --------------------------------------------------------------

    def check_combination(self, analysis: _Analysis, reference: str, code: str, locale: str,
                          scope: tuple[str, ...], lint_cache: dict) -> None:
        from adaptkit.l10n.locales import language_of

        template = analysis.template
        region = self.region(code)
        combo = f"{code}/{locale}"
        translated = language_of(locale) != language_of(template.language)

        # The template's own text, in its own language.
        source_terms = self.termset(code, template.language, combo, scope)
        flagged: set[str] = set()
        if source_terms is not None and analysis.parts:
            key = ("template", source_terms.glossaries, source_terms.locale)
            if key not in lint_cache:
                lint_cache[key] = self.lint_template(analysis, source_terms)
            flagged |= lint_cache[key]

        # Its catalogs for this locale, most specific first.
        output_terms = self.termset(code, locale, combo, scope) if translated else source_terms
        catalogs = self.catalog_paths(template, region, locale) if translated else []
        for path, catalog_locale in catalogs:
            flagged |= self.check_catalog_file(template, path, catalog_locale, output_terms)
        if translated and not catalogs:
            from adaptkit.l10n.catalogs import locales_dir, po_path

            self.collector.add(
                "warning", _show(po_path(locales_dir(template), locale, template.id)), "", "untranslated",
                f"no '{locale}' catalog: documents built in {locale} stay in '{template.language}' "
                f"— start one with: adaptkit i18n init {template.id} -l {locale}",
                combo=combo, scope=scope)

        # The build, in memory; then the names the template reads that nothing gives it.
        built, failure = self.build(reference, code, locale) if analysis.syntax_ok else (None, None)
        context = built[0].resolution.context if built is not None else {}
        roots = self.check_undeclared(analysis, region, combo, scope,
                                      lambda: _environment_names(self.plugins, template, region, locale, context))
        if built is not None:
            self.check_output(analysis, built[0], built[1], output_terms, flagged, combo, scope,
                              has_catalogs=bool(catalogs))
        elif failure is not None:
            self.report_failure(analysis, failure, roots, combo, scope)

    def build(self, reference: str, code: str, locale: str) -> tuple[tuple[Any, bytes] | None, AdaptkitError | None]:
        """(result, .docx bytes) of one build in memory, or the error it failed with."""
        from adaptkit.build import BuildSpec, build_document

        spec = BuildSpec(reference, use_sample=True, region=code, locale=locale, libraries=self.libraries)
        try:
            return build_document(spec, self.plugins), None
        except AdaptkitError as exc:
            return None, exc

    def report_failure(self, analysis: _Analysis, exc: AdaptkitError, undeclared: set[str], combo: str,
                       scope: tuple[str, ...]) -> None:
        from adaptkit.errors import RenderError

        if exc.file is not None and exc.file in self._reported_files:
            return  # a catalog or glossary finding says it already
        if isinstance(exc, RenderError) and undeclared:
            self.collector.add(
                "info", analysis.name, "", "build",
                "the built document was not checked: it cannot be built while the template uses values "
                "that are not declared", combo=combo, scope=scope)
            return
        message = _without_file(exc) if exc.file == analysis.name else str(exc)
        self.collector.add("error", analysis.name, combo, "build", message, combo=combo, scope=scope,
                           place_is_combos=True)

    def check_output(self, analysis: _Analysis, result: Any, data: bytes, terms: TermSet | None,
                     flagged: set[str], combo: str, scope: tuple[str, ...], *, has_catalogs: bool) -> None:
        from adaptkit.docx.package import DocxPackage
        from adaptkit.terms import lint_parts

        report = result.translation
        if report is not None and has_catalogs and report.untranslated:
            place, words = report.untranslated[0]
            self.collector.add(
                "warning", analysis.name, "", "untranslated",
                f"{len(report.untranslated)} of {report.total} paragraphs of the built document have no "
                f"'{report.locale}' translation and stay in '{analysis.template.language}' "
                f"(first: {place} \"{words}\") — translate them in the template's catalog (after adaptkit i18n "
                f"update), or in the region plugin's catalog for text the region inserts",
                combo=combo, scope=scope)
        if terms is None:
            return
        package = DocxPackage.open(data, name=analysis.name)
        for finding in lint_parts([part for part in package.text_parts if part.kind != "core"], terms):
            if finding.term in flagged:
                continue
            self.collector.add(_TERM_SEVERITY.get(finding.level, "warning"), analysis.name,
                               _term_place(finding, package), "forbidden-term",
                               f"in the built document: {finding.message}", combo=combo, scope=scope)

    def lint_template(self, analysis: _Analysis, terms: TermSet) -> set[str]:
        """Forbidden terms in the template's own text; returns the glossary terms found."""
        from adaptkit.terms import lint_parts

        found: set[str] = set()
        for finding in lint_parts(analysis.parts, terms):
            found.add(finding.term)
            self.collector.add(_TERM_SEVERITY.get(finding.level, "warning"), analysis.name,
                               _term_place(finding, analysis.parts), "forbidden-term", finding.message)
        return found

    # -- catalogs -----------------------------------------------------------------------

    def catalog_paths(self, template: Template, region: ResolvedRegion, locale: str) -> list[tuple[Path, str]]:
        """The catalogs a build in ``locale`` consults, as (path, locale), most specific first."""
        from adaptkit.l10n.apply import catalog_sources
        from adaptkit.l10n.catalogs import locales_dir, po_path
        from adaptkit.l10n.locales import language_of

        sources = catalog_sources(self.plugins, region, locales_dir(template))
        candidates = list(dict.fromkeys([locale, language_of(locale)]))
        return [(path, candidate) for candidate in candidates for source in sources
                if (path := po_path(source.directory, candidate, template.id)).is_file()]

    def check_catalog_file(self, template: Template, path: Path, locale: str,
                           terms: TermSet | None) -> set[str]:
        """Shares, fit of each translation, and forbidden terms of one catalog; returns the terms found."""
        from adaptkit.l10n.catalogs import catalog_stats, check_catalog, read_catalog

        shown = _show(path)
        if str(path) not in self._catalog_done:
            self._catalog_done.add(str(path))
            try:
                stats = catalog_stats(template, path, locale)
                problems = check_catalog(path, locale)
            except AdaptkitError as exc:
                self._reported_files.add(str(path))
                self._unreadable.add(str(path))
                self.collector.add("error", shown, str(exc.where or ""), "catalog", _message(exc))
                stats, problems = None, []
            if stats is not None and stats.total:
                for rule, count in (("untranslated", stats.untranslated), ("fuzzy", stats.fuzzy)):
                    share = f"{100 * count / stats.total:.0f}%" if count else "0%"
                    advice = ""
                    if count and rule == "fuzzy":
                        advice = " — review them and remove the fuzzy flag"
                    elif count:
                        advice = " — translate them"
                    self.collector.add("warning" if count else "info", shown, "", rule,
                                       f"{count} of {stats.total} entries {rule} ({share}){advice}")
            for problem in problems:
                self._reported_files.add(str(path))
                where = f" ({problem.location})" if problem.location else ""
                self.collector.add("error", shown, f"line {problem.line}", "catalog",
                                   f"entry \"{problem.entry}\"{where}: {problem.problem}")
        if terms is None or str(path) in self._unreadable:
            return set()
        key = (str(path), (terms.glossaries, terms.locale))
        if key not in self._catalog_terms:
            found: set[str] = set()
            for message in read_catalog(path, locale):
                if not message.id or not message.string:
                    continue
                strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
                for string in strings:
                    for finding in terms.lint(string):
                        found.add(finding.term)
                        self.collector.add(_TERM_SEVERITY.get(finding.level, "warning"), shown,
                                           f"line {message.lineno}", "forbidden-term", finding.message)
            self._catalog_terms[key] = found
        return self._catalog_terms[key]


# --------------------------------------------------------------------------- Jinja names


def _paths(tree: Any) -> list[tuple[tuple[str, ...], int]]:
    """Every name the template reads, with the attributes and constant keys after it.

    ``org.name`` and ``org["name"]`` give ``("org", "name")``; a list index or a
    computed key ends the path (``budget_lines[0].code`` gives ``("budget_lines",)``).
    Returns (path, line) pairs in source order.
    """
    from jinja2 import nodes

    found: list[tuple[tuple[str, ...], int]] = []

    def visit(node: Any) -> None:
        if isinstance(node, (nodes.Getattr, nodes.Getitem)):
            segments: list[str] = []
            current = node
            while isinstance(current, (nodes.Getattr, nodes.Getitem)):
                if isinstance(current, nodes.Getattr):
                    segments.append(current.attr)
                elif isinstance(current.arg, nodes.Const) and isinstance(current.arg.value, str):
                    segments.append(current.arg.value)
                else:  # an index or a computed key: the path is known only up to here
                    segments.clear()
                    visit(current.arg)
                current = current.node
            if isinstance(current, nodes.Name) and current.ctx == "load":
                found.append(((current.name, *reversed(segments)), current.lineno))
            else:
                visit(current)
            return
        if isinstance(node, nodes.Name):
            if node.ctx == "load":
                found.append(((node.name,), node.lineno))
            return
        for child in node.iter_child_nodes():
            visit(child)

    visit(tree)
    return found


class _AnyName(dict):
    """Filters or tests that know every name, so that reading a template's names never fails on one."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> Any:
        return super().get(key, _anything)

    def get(self, key: str, default: Any = None) -> Any:
        return super().get(key, _anything)


def _anything(*args: Any, **kwargs: Any) -> None:
    return None


def _related(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One path leads to the other: ``org`` and ``org.name``, or ``org.name`` and ``org.name.upper``."""
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def _leaves(values: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Dotted paths to every value in nested mappings; an empty mapping is a value."""
    if isinstance(values, dict) and values:
        return [leaf for key, value in values.items() for leaf in _leaves(value, (*prefix, str(key)))]
    return [prefix] if prefix else []


def _environment_names(plugins: PluginSet, template: Template, region: ResolvedRegion, locale: str,
                       context: dict[str, Any]) -> set[str]:
    """Globals and filters of a build's Jinja environment (filters too: a filter
    name written as a name is not a value the template needs)."""
    from adaptkit.docx.render import make_environment
    from adaptkit.l10n.formatting import install
    from adaptkit.l10n.locales import formatting_locale
    from adaptkit.rules import BuildInfo

    environment = make_environment([])
    try:
        install(environment, formatting_locale(locale, region.countries))
        plugins.call("configure_jinja", environment=environment, build=BuildInfo(template, region, locale, context))
    except AdaptkitError:
        pass  # the build reports it
    return set(environment.globals) | set(environment.filters)


# --------------------------------------------------------------------------- places and names


def _display_metadata(template: Template) -> str:
    return f"{template.id}/template.yaml"


def _show(path: Path) -> str:
    """A path relative to the working folder when it is inside it."""
    try:
        return os.path.relpath(path) if Path(path).resolve().is_relative_to(Path.cwd().resolve()) else str(path)
    except (OSError, ValueError):
        return str(path)


def _yaml_line(path: Path | None, name: str) -> str:
    """'line N' of ``name:`` in template.yaml, or "" when it cannot be found."""
    if path is None:
        return ""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    pattern = re.compile(rf"\s+['\"]?{re.escape(name)}['\"]?\s*:")
    for number, line in enumerate(lines, 1):
        if pattern.match(line):
            return f"line {number}"
    return ""


def _term_place(finding: Any, parts: Any) -> str:
    """'body ¶12 "first words…"' for a TermFinding of ``lint_parts``."""
    from adaptkit.docx.model import P, locate

    text_parts = parts.text_parts if hasattr(parts, "text_parts") else parts
    for part in text_parts:
        if part.label == finding.part and finding.paragraph:
            for number, paragraph in enumerate(part.root.iter(P), 1):
                if number == finding.paragraph:
                    return str(locate(paragraph, part.label))
    return f"{finding.part} ¶{finding.paragraph}" if finding.paragraph else finding.part


def _more(found: list[_Use]) -> str:
    others = len(found) - 1
    return f" (and {others} more place{'s' if others != 1 else ''})" if others else ""


def _message(exc: AdaptkitError) -> str:
    return exc.message + (f" — {exc.hint}" if exc.hint else "")


def _without_file(exc: AdaptkitError) -> str:
    """The error as one line, without the file (a finding names it)."""
    return str(AdaptkitError(exc.message, where=exc.where, hint=exc.hint))



# --------------------------------------------------------------------------- output


def format_findings(findings: list[Finding], fmt: str) -> str:
    """``text``: one line per finding and a summary line; ``json``: a list of objects."""
    if fmt == "json":
        return json.dumps([asdict(finding) for finding in findings], ensure_ascii=False, indent=2)
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}")
    lines = []
    for finding in findings:
        head = f"{finding.severity}: {finding.file}: "
        if finding.place:
            head += f"{finding.place}: "
        lines.append(f"{head}[{finding.rule}] {finding.message}")
    lines.append(_summary(findings))
    return "\n".join(lines)


def _summary(findings: list[Finding]) -> str:
    templates = getattr(findings, "templates", 0)
    combinations = getattr(findings, "combinations", 0)
    scope = ""
    if templates:
        scope = (f" in {_count(templates, 'template')} × {_count(combinations, 'combination')}")
    if not findings:
        return f"no problems found{scope}"
    counts = {severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITIES}
    return (f"{_count(counts['error'], 'error')}, {_count(counts['warning'], 'warning')}, "
            f"{_count(counts['info'], 'note')}{scope}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"
