"""The ``adaptkit`` command line: options in, one core call, results out.

Heavy libraries (python-docx, lxml, Jinja, Babel) are imported inside the
commands so that ``adaptkit --help`` stays fast.
"""

from __future__ import annotations

import functools
import json
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

    def _load_plugin_commands(self) -> None:
        if self._plugin_commands_loaded:
            return
        self._plugin_commands_loaded = True
        from adaptkit.plugins import load_plugins

        try:
            load_plugins().call("register_commands", cli=self)
        except AdaptkitError as exc:
            click.echo(f"warning: {exc}", err=True)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_plugin_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, name: str):
        command = super().get_command(ctx, name)
        if command is None:
            self._load_plugin_commands()
            command = super().get_command(ctx, name)
        return command


def _plugin_dirs(function: Callable) -> Callable:
    """``--plugins-dir`` on every command (and on the group), added to ``obj["plugin_dirs"]``."""

    @click.option("--plugins-dir", "plugin_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
                  help="A folder of single-file plugins (repeatable).")
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
@click.option("--plugins-dir", "plugin_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
              help="A folder of single-file plugins (repeatable).")
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
@click.argument("template")
@click.option("-r", "--region", help="Region or country overlay code, e.g. swan or swan/kg (default: global).")
@click.option("-l", "--locale", help="One of the region's locales, e.g. ru, pt-BR (default: the region's first).")
@click.option("--data", "data_files", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Values from a YAML or JSON file (repeatable; later files win).")
@click.option("--set", "assignments", multiple=True, metavar="KEY=VALUE",
              help="One value, dotted for nested keys: --set org.name='Example Network'.")
@click.option("--sample", is_flag=True, help="Start from the sample values in template.yaml.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Output .docx (default: build/<id>.docx, or build/<region>/<locale>/<id>.docx).")
@_plugin_dirs
@click.pass_obj
def build(obj: dict, template: str, region: str | None, locale: str | None, data_files: tuple[Path, ...],
          assignments: tuple[str, ...], sample: bool, output: Path | None) -> None:
    """Build TEMPLATE (a library id or a path to a .docx) into a finished document."""
    from adaptkit.build import BuildSpec
    from adaptkit.build import build as run_build

    spec = BuildSpec(template, list(data_files), list(assignments), output, sample, obj["libraries"], region, locale,
                     obj["plugin_dirs"])
    result = run_build(spec, _plugins(obj))
    for warning in result.warnings:
        if not warning.startswith("plugin "):  # plugin warnings were printed when plugins loaded
            click.echo(f"warning: {warning}", err=True)
    click.echo(result.summary())


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
    region_registry(loaded)  # fills in which regions each plugin registers
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


def main() -> None:
    cli(prog_name="adaptkit")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
