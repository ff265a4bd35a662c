"""One build: a template, a region, a locale and values in; a finished .docx out.

:func:`build` runs the pipeline in one direction::

    template -> layers (region chain, rules, values) -> blocks -> render
             -> adapt_document hooks -> write atomically

It is pure apart from reading its inputs and writing ``spec.output``, so batch
builds can run it in worker processes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adaptkit.context import load_data_file, parse_assignments
from adaptkit.layers import Resolution, resolve
from adaptkit.library import Template, find_template, library_paths
from adaptkit.output import write_atomically
from adaptkit.plugins import PluginSet, load_plugins
from adaptkit.rules import BuildInfo, FiredRule

if TYPE_CHECKING:  # pragma: no cover
    from adaptkit.l10n.apply import TranslationReport


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


@dataclass
class BuildResult:
    template: Template
    output: Path
    region: str
    locale: str
    warnings: list[str]
    fired: tuple[FiredRule, ...] = ()
    notes: list[str] = field(default_factory=list)  # what the build changed, in words
    translation: TranslationReport | None = None

    def summary(self) -> str:
        parts = [f"{self.template.id} {self.template.version}", f"{self.region}/{self.locale}"]
        if self.translation is not None and self.translation.total:
            done = len(self.translation.translated)
            parts.append(f"{done}/{self.translation.total} paragraphs translated")
        if self.fired:
            parts.append(f"{len(self.fired)} rule{'s' if len(self.fired) != 1 else ''}")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}")
        return f"wrote {self.output} ({', '.join(parts)})"


def default_output(template: Template, spec: BuildSpec, resolution: Resolution) -> Path:
    if spec.region is None and spec.locale is None:
        return Path("build") / f"{template.id}.docx"
    return Path("build").joinpath(*resolution.region.code.split("/"), resolution.locale, f"{template.id}.docx")


def build(spec: BuildSpec, plugins: PluginSet | None = None) -> BuildResult:
    """Build one document; raise :class:`~adaptkit.errors.AdaptkitError` on any problem.

    >>> build(BuildSpec("code-of-conduct", region="swan/kg", locale="ru", use_sample=True))  # doctest: +SKIP
    """
    from adaptkit.docx import DocxPackage, render_package
    from adaptkit.docx.blocks import insert_blocks
    from adaptkit.l10n.formatting import install as install_formatting
    from adaptkit.l10n.locales import formatting_locale, parse_locale
    from adaptkit.l10n.scripts import apply_script_settings, settings_for

    plugins = plugins or load_plugins(spec.plugin_dirs)
    template = find_template(spec.template, library_paths(spec.libraries, plugins))
    user_layers: list[dict[str, Any]] = [load_data_file(path) for path in spec.data_files]
    user_layers.append(parse_assignments(spec.assignments))
    resolution = resolve(template, plugins, spec.region, spec.locale, user_layers, use_sample=spec.use_sample)
    info = BuildInfo(template, resolution.region, resolution.locale, resolution.context)

    package = DocxPackage.open(template.path, name=_display_name(template))
    notes = insert_blocks(package, [(p.block.anchor, p.block.snippet, p.block.position,
                                     f"rule '{p.rule}' (plugin '{p.plugin}')") for p in resolution.blocks])
    translation = _translate(package, template, resolution, plugins, spec.strict_l10n)
    locale = parse_locale(resolution.locale)

    def configure(environment: Any) -> None:
        install_formatting(environment, formatting_locale(resolution.locale, resolution.region.countries))
        plugins.call("configure_jinja", environment=environment, build=info)

    result = render_package(package, resolution.context, configure=configure)
    text_parts = [part.name for part in package.text_parts if part.kind != "core"]
    result.parts.update(apply_script_settings(result.members(), text_parts,
                                              settings_for(locale, resolution.region.fonts)))
    data = _adapt_document(result.data, plugins, resolution, info)
    output = spec.output or default_output(template, spec, resolution)
    write_atomically(output, data)
    warnings = plugins.warnings + result.warnings + _translation_warnings(translation)
    return BuildResult(template, output, resolution.region.code, resolution.locale, warnings, resolution.fired, notes,
                       translation)


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


def _display_name(template: Template) -> str:
    return str(template.path) if template.metadata_path is None else f"{template.id}/template.docx"


def _adapt_document(data: bytes, plugins: PluginSet, resolution: Resolution, info: BuildInfo) -> bytes:
    """Let plugins change the rendered document with python-docx: region chain first, global to country."""
    implementers = plugins.implementers("adapt_document")
    if not implementers:
        return data
    import docx

    chain = [p for p in resolution.region.plugins if p in implementers]
    others = sorted(p for p in implementers if p not in chain and not _registers_regions(plugins, p))
    if not chain and not others:
        return data
    document = docx.Document(io.BytesIO(data))
    plugins.call("adapt_document", only=others + chain, document=document, build=info)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _registers_regions(plugins: PluginSet, name: str) -> bool:
    return any(info.name == name and info.regions for info in plugins.loaded)
