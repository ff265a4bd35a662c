"""The ``adaptkit`` command line: options in, one core call, results out.

Heavy libraries (python-docx, lxml, Jinja, Babel) are imported inside the
commands so that ``adaptkit --help`` stays fast.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any, Callable

import click

from adaptkit.__about__ import __version__
from adaptkit.errors import AdaptkitError


class _Group(click.Group):
    """Prints an :class:`AdaptkitError` as one line and exits 1; tracebacks only with --debug.

    Commands that plugins add through ``register_commands`` are loaded the first
    time the command list is needed.
    """

    _plugin_commands_loaded = False

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AdaptkitError as exc:
            if ctx.meta.get("adaptkit.debug"):
                raise
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # a bug: say so plainly, and how to see more
            if ctx.meta.get("adaptkit.debug"):
                raise
            click.echo(f"error: internal error: {type(exc).__name__}: {exc} — rerun with --debug and report it",
                       err=True)
            ctx.exit(1)

    def _load_plugin_commands(self, ctx: click.Context) -> None:
        if self._plugin_commands_loaded:
            return
        self._plugin_commands_loaded = True
        from adaptkit.plugins import load_plugins

        try:  # the group's own --plugins-dir is parsed by now
            load_plugins(list(ctx.params.get("plugin_dirs") or ())).call("register_commands", cli=self)
        except AdaptkitError as exc:
            click.echo(f"warning: {exc}", err=True)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_plugin_commands(ctx)
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, name: str):
        command = super().get_command(ctx, name)
        if command is None:
            self._load_plugin_commands(ctx)
            command = super().get_command(ctx, name)
        return command


_plugins_dir_option = click.option(
    "--plugins-dir", "plugin_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
    help="A folder of single-file plugins (repeatable).")


def _plugin_dirs(function: Callable) -> Callable:
    """``--plugins-dir`` on every command (and on the group), added to ``obj["plugin_dirs"]``."""

    @_plugins_dir_option
    @functools.wraps(function)
    def wrapper(*args: Any, plugin_dirs: tuple[Path, ...], **kwargs: Any):
        click.get_current_context().obj["plugin_dirs"] += list(plugin_dirs)
        return function(*args, **kwargs)

    return wrapper


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="adaptkit")
@click.option("--debug", is_flag=True, envvar="ADAPTKIT_DEBUG", help="Show tracebacks for errors.")
@click.option("--library", "libraries", multiple=True, type=click.Path(path_type=Path, file_okay=False),
              help="An extra template library folder (searched before the bundled one).")
@_plugins_dir_option
@click.pass_context
def cli(ctx: click.Context, debug: bool, libraries: tuple[Path, ...], plugin_dirs: tuple[Path, ...]) -> None:
    """Adapt model Word documents to a region, a language and a context."""
    ctx.meta["adaptkit.debug"] = debug
    ctx.obj = {"libraries": list(libraries), "plugin_dirs": list(plugin_dirs)}


def _plugins(obj: dict):
    from adaptkit.plugins import load_plugins

    plugins = load_plugins(obj["plugin_dirs"])
    for warning in plugins.warnings:
        click.echo(f"warning: {warning}", err=True)
    return plugins


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_plugin_dirs
@click.pass_obj
def templates(obj: dict, as_json: bool) -> None:
    """List the templates in the library."""
    from adaptkit.describe import describe_templates
    from adaptkit.library import library_paths, list_templates

    found = list_templates(library_paths(obj["libraries"], _plugins(obj)))
    click.echo(describe_templates(found, as_json=as_json))


@cli.command()
@click.argument("template")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_plugin_dirs
@click.pass_obj
def show(obj: dict, template: str, as_json: bool) -> None:
    """Describe TEMPLATE: what it is, its values and optional sections."""
    from adaptkit.describe import describe_template
    from adaptkit.library import find_template, library_paths

    found = find_template(template, library_paths(obj["libraries"], _plugins(obj)))
    click.echo(describe_template(found, as_json=as_json))


@cli.command()
@click.argument("template", required=False)
@click.option("-r", "--region", help="Region or country overlay code, e.g. swan or swan/kg (default: global; "
              "with --all: that region and its overlays, or 'all' for every region).")
@click.option("-l", "--locale", help="One of the region's locales, e.g. ru, pt-BR (default: the region's first; "
              "with --all: each locale the region offers, or 'all').")
@click.option("--data", "data_files", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Values from a YAML or JSON file (repeatable; later files win).")
@click.option("--set", "assignments", multiple=True, metavar="KEY=VALUE",
              help="One value, dotted for nested keys: --set org.name='Example Network'.")
@click.option("--sample", is_flag=True, help="Start from the sample values in template.yaml.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Output .docx (default: build/<id>.docx, or build/<region>/<locale>/<id>.docx); "
              "with --all, the output folder (default: build).")
@click.option("--strict-l10n", is_flag=True, help="Fail when a paragraph has no translation.")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the adaptation report to FILE.json or FILE.md.")
@click.option("--keep-metadata", is_flag=True,
              help="Keep authors, comments, tracked changes and revision ids (they are removed by default).")
@click.option("--all", "build_all", is_flag=True,
              help="Build every template x region x locale into <output>/<region>/<locale>/<template>.docx.")
@click.option("--template", "template_choice", default="all", show_default=True,
              help="With --all: one template id, or all.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="With --all: how many builds run at once (worker processes).")
@click.option("--keep-going", is_flag=True, help="With --all: go on after a failed build.")
@click.option("--force", is_flag=True, help="With --all: rebuild outputs whose inputs have not changed.")
@_plugin_dirs
@click.pass_obj
def build(obj: dict, template: str | None, region: str | None, locale: str | None, data_files: tuple[Path, ...],
          assignments: tuple[str, ...], sample: bool, output: Path | None, strict_l10n: bool,
          report_path: Path | None, keep_metadata: bool, build_all: bool, template_choice: str, jobs: int,
          keep_going: bool, force: bool) -> None:
    """Build TEMPLATE (a library id or a path to a .docx) into a finished document.

    With --all, build every template for every region and each of its locales.
    """
    from adaptkit.build import BuildSpec
    from adaptkit.build import build as run_build

    if report_path is not None and report_path.suffix.lower() not in (".json", ".md"):
        raise click.BadParameter("the report must be a .json or .md file", param_hint="--report")
    spec = BuildSpec(template or "", list(data_files), list(assignments), output, sample, obj["libraries"], region,
                     locale, obj["plugin_dirs"], strict_l10n, keep_metadata)
    if build_all:
        if template or report_path:
            raise click.UsageError("--all builds the whole matrix: use --template ID instead of TEMPLATE; "
                                   "--report is for single builds")
        _build_matrix(obj, spec, template_choice, region or "all", locale or "all", output or Path("build"), jobs,
                      keep_going, force)
        return
    if template is None:
        raise click.UsageError("Missing argument 'TEMPLATE' (or use --all).")
    result = run_build(spec, _plugins(obj))
    for warning in result.warnings:
        if not warning.startswith("plugin "):  # plugin warnings were printed when plugins loaded
            click.echo(f"warning: {warning}", err=True)
    if report_path is not None:
        from adaptkit.output import write_atomically
        from adaptkit.report import render_report

        write_atomically(report_path, render_report(result, report_path.suffix.lower()[1:]).encode("utf-8"))
    click.echo(result.summary())


def _build_matrix(obj: dict, base, templates: str, regions: str, locales: str, output_dir: Path, jobs: int,
                  keep_going: bool, force: bool) -> None:
    from adaptkit.batch import MatrixSpec, Progress, run, summary_table

    spec = MatrixSpec(base, templates, regions, locales, output_dir, jobs, keep_going, force)
    outcome = run(spec, _plugins(obj), progress=Progress())
    click.echo(summary_table(outcome))
    if outcome.interrupted:
        raise SystemExit(130)
    if outcome.failed:
        raise SystemExit(1)


@cli.command()
@click.argument("template", required=False)
@click.option("--all", "check_all", is_flag=True,
              help="Check every template with every region and each of its locales.")
@click.option("-r", "--region", help="Check with this region or overlay (default: global).")
@click.option("-l", "--locale", help="Check with this locale (default: the region's first).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_plugin_dirs
@click.pass_obj
def check(obj: dict, template: str | None, check_all: bool, region: str | None, locale: str | None,
          fmt: str) -> None:
    """Check templates, catalogs and built output; exit 1 on any error-level finding.

    Reports undeclared and unused variables, Jinja errors, sections used but not
    declared, untranslated and fuzzy shares, catalog placeholder and tag
    mismatches, and forbidden terms in the template, its catalogs and the output.
    """
    from adaptkit.check import format_findings, run_check

    if template is None and not check_all:
        raise click.UsageError("give a TEMPLATE, or --all to check every template with every region and locale")
    findings = run_check(template, check_all=check_all, region=region, locale=locale, plugins=_plugins(obj),
                         libraries=obj["libraries"])
    click.echo(format_findings(findings, fmt))
    if any(finding.severity == "error" for finding in findings):
        raise SystemExit(1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_plugin_dirs
@click.pass_obj
def regions(obj: dict, as_json: bool) -> None:
    """Show the regions and country overlays, with their locales."""
    from adaptkit.describe import describe_regions
    from adaptkit.layers import region_registry

    click.echo(describe_regions(region_registry(_plugins(obj)), as_json=as_json))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--all", "show_all", is_flag=True, help="Also list disabled plugins and plugins that failed to load.")
@_plugin_dirs
@click.pass_obj
def plugins(obj: dict, as_json: bool, show_all: bool) -> None:
    """List plugins: name, version, source, hooks and regions."""
    from adaptkit.describe import describe_plugins
    from adaptkit.layers import region_registry

    loaded = _plugins(obj)
    try:
        region_registry(loaded)  # fills in which regions each plugin registers
    except AdaptkitError as exc:  # still list the plugins: this command is how people find the culprit
        click.echo(f"warning: {exc}", err=True)
    click.echo(describe_plugins(loaded.infos if show_all else loaded.loaded, as_json=as_json))


@cli.command("new-plugin")
@click.argument("name")
@click.option("--region", "region_code", help="The region code the plugin registers (default: NAME).")
@click.option("-o", "--output", "directory", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Folder to create the package in.")
def new_plugin(name: str, region_code: str | None, directory: Path) -> None:
    """Create a region plugin package NAME, ready to pip install and test."""
    from adaptkit.scaffold import scaffold_plugin

    created = scaffold_plugin(name, region_code, directory)
    click.echo(f"created {created}")
    click.echo(f"next: pip install -e {created} && adaptkit plugins && pytest {created}")


@cli.group()
def i18n() -> None:
    """Translation catalogs: extract, init, update, compile, stats, check."""


def _template(obj: dict, reference: str):
    from adaptkit.library import find_template, library_paths

    return find_template(reference, library_paths(obj["libraries"], _plugins(obj)))


def _templates(obj: dict, reference: str | None):
    from adaptkit.library import library_paths, list_templates

    if reference:
        return [_template(obj, reference)]
    return list_templates(library_paths(obj["libraries"], _plugins(obj)))


@i18n.command()
@click.argument("template")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="The .pot file to write (default: <template>/locales/<id>.pot).")
@click.pass_obj
def extract(obj: dict, template: str, output: Path | None) -> None:
    """Extract TEMPLATE's paragraphs into a .pot catalog template."""
    from adaptkit.l10n.catalogs import extract_catalog, locales_dir, write_catalog

    found = _template(obj, template)
    catalog = extract_catalog(found)
    target = output or locales_dir(found) / f"{found.id}.pot"
    write_catalog(catalog, target, template=True)
    click.echo(f"wrote {target} ({len(catalog)} entries)")


@i18n.command()
@click.argument("template")
@click.option("-l", "--locale", required=True, help="The locale to start, e.g. ru or pt-BR.")
@click.option("-d", "--directory", type=click.Path(path_type=Path, file_okay=False),
              help="Catalog folder (default: <template>/locales); a plugin's own folder for regional catalogs.")
@click.pass_obj
def init(obj: dict, template: str, locale: str, directory: Path | None) -> None:
    """Start a catalog for TEMPLATE in LOCALE."""
    from adaptkit.l10n.catalogs import init_catalog

    click.echo(f"wrote {init_catalog(_template(obj, template), locale, directory)}")


@i18n.command()
@click.argument("template", required=False)
@click.option("-l", "--locale", "locales", multiple=True, help="Only these locales (default: all).")
@click.pass_obj
def update(obj: dict, template: str | None, locales: tuple[str, ...]) -> None:
    """Bring catalogs up to date with their template (all templates if none is given)."""
    from adaptkit.l10n.catalogs import update_catalogs

    for found in _templates(obj, template):
        for path, added, obsolete in update_catalogs(found, locales or None):
            click.echo(f"updated {path}: {added} new, {obsolete} obsolete")


@i18n.command("compile")
@click.argument("template", required=False)
@click.option("-l", "--locale", "locales", multiple=True, help="Only these locales (default: all).")
@click.pass_obj
def compile_(obj: dict, template: str | None, locales: tuple[str, ...]) -> None:
    """Compile catalogs to .mo files (all templates if none is given)."""
    from adaptkit.l10n.catalogs import compile_catalogs

    for found in _templates(obj, template):
        for path in compile_catalogs(found, locales or None):
            click.echo(f"wrote {path}")


@i18n.command()
@click.argument("template", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def stats(obj: dict, template: str | None, as_json: bool) -> None:
    """Translated, fuzzy and untranslated entries per template and locale."""
    from adaptkit.describe import describe_stats
    from adaptkit.l10n.catalogs import catalog_files, catalog_stats

    rows = [catalog_stats(found, path, locale) for found in _templates(obj, template)
            for path, locale in catalog_files(found)]
    click.echo(describe_stats(rows, as_json=as_json))


@i18n.command("check")
@click.argument("template", required=False)
@click.pass_obj
def check_catalogs(obj: dict, template: str | None) -> None:
    """Check translations against their sources: placeholders, tags, statements, syntax, plurals."""
    from adaptkit.l10n.catalogs import catalog_files, check_catalog

    findings = [finding for found in _templates(obj, template) for path, locale in catalog_files(found)
                for finding in check_catalog(path, locale)]
    for finding in findings:
        click.echo(f"error: {finding}")
    click.echo(f"{len(findings)} problem{'s' if len(findings) != 1 else ''} found")
    if findings:
        raise SystemExit(1)


def main() -> None:
    cli(prog_name="adaptkit")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
