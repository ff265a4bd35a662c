"""The ``adaptkit`` command line: options in, one core call, results out.

Heavy libraries (python-docx, lxml, Jinja, Babel) are imported inside the
commands so that ``adaptkit --help`` stays instant.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from adaptkit.__about__ import __version__
from adaptkit.errors import AdaptkitError


class _Group(click.Group):
    """Print an :class:`AdaptkitError` as one line and exit 1; tracebacks only with --debug."""

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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="adaptkit")
@click.option("--debug", is_flag=True, envvar="ADAPTKIT_DEBUG", help="Show tracebacks for errors.")
@click.option("--library", "libraries", multiple=True, type=click.Path(path_type=Path, file_okay=False),
              help="An extra template library folder (searched before the bundled one).")
@click.pass_context
def cli(ctx: click.Context, debug: bool, libraries: tuple[Path, ...]) -> None:
    """Adapt model Word documents to a region, a language and a context."""
    ctx.meta["adaptkit.debug"] = debug
    ctx.obj = {"libraries": list(libraries)}


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def templates(obj: dict, as_json: bool) -> None:
    """List the templates in the library."""
    from adaptkit.library import library_paths, list_templates

    found = list_templates(library_paths(obj["libraries"]))
    rows = [t.summary() for t in found]
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    widths = {key: max([len(key)] + [len(row[key]) for row in rows]) for key in ("id", "title", "kind", "version")}
    for row in [{key: key for key in widths}] + rows:
        click.echo("  ".join(row[key].ljust(widths[key]) for key in widths).rstrip())


@cli.command()
@click.argument("template")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def show(obj: dict, template: str, as_json: bool) -> None:
    """Describe TEMPLATE: what it is, its values and optional sections."""
    from adaptkit.describe import describe_template
    from adaptkit.library import find_template, library_paths

    found = find_template(template, library_paths(obj["libraries"]))
    click.echo(describe_template(found, as_json=as_json))


@cli.command()
@click.argument("template")
@click.option("--data", "data_files", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Values from a YAML or JSON file (repeatable; later files win).")
@click.option("--set", "assignments", multiple=True, metavar="KEY=VALUE",
              help="One value, dotted for nested keys: --set org.name='Example Network'.")
@click.option("--sample", is_flag=True, help="Start from the sample values in template.yaml.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output .docx (default: build/<id>.docx).")
@click.pass_obj
def build(obj: dict, template: str, data_files: tuple[Path, ...], assignments: tuple[str, ...], sample: bool,
          output: Path | None) -> None:
    """Build TEMPLATE (a library id or a path to a .docx) into a finished document."""
    from adaptkit.build import BuildSpec
    from adaptkit.build import build as run_build

    result = run_build(BuildSpec(template, list(data_files), list(assignments), output, sample, obj["libraries"]))
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(result.summary())


def main() -> None:
    cli(prog_name="adaptkit")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
