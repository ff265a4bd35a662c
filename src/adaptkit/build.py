"""One build: a template, a region, a locale and values in; a finished .docx out.

:func:`build` runs the pipeline in one direction, one stage after another::

    template -> layers (region chain, rules, values) -> blocks -> translate -> terms
             -> render -> scripts -> adapt_document hooks -> privacy scrub -> write

and records what each stage changed, for the adaptation report. It is pure
apart from reading its inputs and writing ``spec.output``, so batch builds can
run it in worker processes.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adaptkit.context import load_data_file, parse_assignments
from adaptkit.layers import Resolution, resolve
from adaptkit.library import Template, find_template, library_paths
from adaptkit.output import write_atomically
from adaptkit.plugins import PluginSet, load_plugins
from adaptkit.rules import BuildInfo, FiredRule
from adaptkit.tables import prepare as prepare_tables

if TYPE_CHECKING:  # pragma: no cover
    from adaptkit.l10n.apply import TranslationReport
    from adaptkit.terms import TermChange


@dataclass
class BuildSpec:
    """What to build.

    ``template`` is a library id (``code-of-conduct``) or a path to any .docx;
    ``region`` a region or overlay code (``swan/kg``; default ``global``).
    """

    template: str
    data_files: list[Path] = field(default_factory=list)
    assignments: list[str] = field(default_factory=list)  # "org.name=Example" from --set
    output: Path | None = None  # default: build/<id>.docx, or build/<region>/<locale>/<id>.docx
    use_sample: bool = False  # start from the sample data in template.yaml
    libraries: list[Path] = field(default_factory=list)
    region: str | None = None
    locale: str | None = None
    plugin_dirs: list[Path] = field(default_factory=list)
    strict_l10n: bool = False  # an untranslated paragraph is an error
    keep_metadata: bool = False  # skip the privacy scrub (for documents that never leave the author)


@dataclass
class BuildResult:
    """What a build wrote and everything it changed, in the order the stages ran."""

    template: Template
    output: Path
    region: str
    locale: str
    warnings: list[str]
    resolution: Resolution
    blocks: list[str] = field(default_factory=list)  # one note per inserted block
    translation: TranslationReport | None = None
    terms: list[TermChange] = field(default_factory=list)
    expressions: list[tuple[str, int, str]] = field(default_factory=list)  # (part, paragraph, expression)
    scrubbed: list[str] = field(default_factory=list)  # what the privacy scrub removed
    keep_metadata: bool = False

    @property
    def fired(self) -> tuple[FiredRule, ...]:
        return self.resolution.fired

    def summary(self) -> str:
        parts = [f"{self.template.id} {self.template.version}", f"{self.region}/{self.locale}"]
        if self.translation is not None and self.translation.total:
            parts.append(f"{len(self.translation.translated)}/{self.translation.total} paragraphs translated")
        if self.terms:
            swaps = sum(len(change.swaps) for change in self.terms)
            parts.append(f"{swaps} term{'s' if swaps != 1 else ''} swapped")
        if self.fired:
            parts.append(f"{len(self.fired)} rule{'s' if len(self.fired) != 1 else ''}")
        if self.blocks:
            parts.append(f"{len(self.blocks)} block{'s' if len(self.blocks) != 1 else ''}")
        parts.append("metadata kept" if self.keep_metadata else "metadata scrubbed")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}")
        return f"wrote {self.output} ({', '.join(parts)})"


def default_output(template: Template, spec: BuildSpec, resolution: Resolution) -> Path:
    if spec.region is None and spec.locale is None:
        return Path("build") / f"{template.id}.docx"
    return Path("build").joinpath(*resolution.region.code.split("/"), resolution.locale, f"{template.id}.docx")


def build(spec: BuildSpec, plugins: PluginSet | None = None) -> BuildResult:
    """Build one document and write it; raise :class:`~adaptkit.errors.AdaptkitError` on any problem.

    >>> build(BuildSpec("code-of-conduct", region="swan/kg", locale="ru", use_sample=True))  # doctest: +SKIP
    """
    result, data = build_document(spec, plugins)
    write_atomically(result.output, data)
    return result


def build_document(spec: BuildSpec, plugins: PluginSet | None = None) -> tuple[BuildResult, bytes]:
    """Run every stage of a build in memory: the result and the .docx bytes, nothing written."""
    from adaptkit.docx import DocxPackage, render_package
    from adaptkit.docx.blocks import insert_blocks
    from adaptkit.docx.package import zip_members
    from adaptkit.l10n.formatting import install as install_formatting
    from adaptkit.l10n.locales import formatting_locale, parse_locale
    from adaptkit.l10n.scripts import apply_script_settings, settings_for

    plugins = plugins or load_plugins(spec.plugin_dirs)
    template = find_template(spec.template, library_paths(spec.libraries, plugins))
    user_layers: list[dict[str, Any]] = [load_data_file(path) for path in spec.data_files]
    user_layers.append(parse_assignments(spec.assignments))
    resolution = resolve(template, plugins, spec.region, spec.locale, user_layers, use_sample=spec.use_sample)
    prepare_tables(resolution.context)  # checks sheet data and adds totals, shares and variances
    info = BuildInfo(template, resolution.region, resolution.locale, resolution.context)
    output = spec.output or default_output(template, spec, resolution)

    package = DocxPackage.open(template.path, name=template.display_name)
    blocks = insert_blocks(package, [(p.block.anchor, p.block.snippet, p.block.position,
                                      f"rule '{p.rule}' (plugin '{p.plugin}')") for p in resolution.blocks])
    translation = _translate(package, template, resolution, plugins, spec.strict_l10n)
    terms = _apply_terms(package, resolution, plugins)

    def configure(environment: Any) -> None:
        install_formatting(environment, formatting_locale(resolution.locale, resolution.region.countries))
        plugins.call("configure_jinja", environment=environment, build=info)

    rendered = render_package(package, resolution.context, configure=configure)
    text_parts = [part.name for part in package.text_parts if part.kind != "core"]
    rendered.parts.update(apply_script_settings(rendered.members(), text_parts,
                                                settings_for(parse_locale(resolution.locale), resolution.region.fonts)))
    members = _adapt_document(rendered.members(), plugins, resolution, info)
    scrubbed: list[str] = []
    if not spec.keep_metadata:
        from adaptkit.privacy import scrub

        cleaned = scrub(members, source_name=str(output))
        members, scrubbed = cleaned.members, cleaned.removed
    result = BuildResult(
        template, output, resolution.region.code, resolution.locale,
        plugins.warnings + rendered.warnings + _translation_warnings(translation), resolution, blocks, translation,
        terms, rendered.expressions, scrubbed, spec.keep_metadata,
    )
    return result, zip_members(members)


def _translate(package: Any, template: Template, resolution: Resolution, plugins: PluginSet,
               strict: bool) -> TranslationReport | None:
    """Translate the template's paragraphs into the build's language, if it is not the template's own."""
    from adaptkit.l10n.apply import catalog_sources, catalog_stack, translate_package
    from adaptkit.l10n.catalogs import CatalogError, locales_dir
    from adaptkit.l10n.locales import language_of

    if language_of(resolution.locale) == language_of(template.language):
        return None
    sources = catalog_sources(plugins, resolution.region, locales_dir(template))
    report = translate_package(package, catalog_stack(sources, resolution.locale, template.id), resolution.locale)
    if strict and report.untranslated:
        place, words = report.untranslated[0]
        raise CatalogError(
            f"{len(report.untranslated)} of {report.total} paragraphs have no '{resolution.locale}' translation, "
            f"the first at {place} \"{words}\"",
            file=template.id,
            hint="translate them (adaptkit i18n stats shows what is left), or build without --strict-l10n",
        )
    return report


def _apply_terms(package: Any, resolution: Resolution, plugins: PluginSet) -> list[TermChange]:
    """Swap terms in the template's own text (translated already), never in values."""
    from adaptkit.terms import apply_terms, build_termset

    terms = build_termset(plugins, resolution.region, resolution.locale)
    if terms is None:
        return []
    return apply_terms([part for part in package.text_parts if part.kind != "core"], terms)


def _translation_warnings(report: TranslationReport | None) -> list[str]:
    if report is None:
        return []
    warnings = []
    if report.untranslated:
        place, words = report.untranslated[0]
        warnings.append(f"{len(report.untranslated)} of {report.total} paragraphs have no '{report.locale}' "
                        f"translation and stay in the source language (first: {place} \"{words}\")")
    for path, count in report.stale:
        warnings.append(f"{path}: {count} entr{'ies' if count != 1 else 'y'} not in this template version "
                        "(stale: run adaptkit i18n update)")
    return warnings


def _adapt_document(members: dict[str, bytes], plugins: PluginSet, resolution: Resolution,
                    info: BuildInfo) -> dict[str, bytes]:
    """Let plugins change the rendered document with python-docx: region chain first, global to country."""
    implementers = plugins.implementers("adapt_document")
    chain = [p for p in resolution.region.plugins if p in implementers]
    others = sorted(p for p in implementers if p not in chain and not _registers_regions(plugins, p))
    if not chain and not others:
        return members
    import docx

    from adaptkit.docx.package import zip_members

    document = docx.Document(io.BytesIO(zip_members(members)))
    plugins.call("adapt_document", only=others + chain, document=document, build=info)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _registers_regions(plugins: PluginSet, name: str) -> bool:
    return any(info.name == name and info.regions for info in plugins.loaded)
