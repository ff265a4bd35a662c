"""The hooks a plugin can implement: adaptkit's public plugin API.

A plugin is a module (or any object) with functions marked ``@hookimpl`` whose
names are the hooks below. adaptkit finds plugins through the ``adaptkit`` entry
point group, ``--plugins-dir DIR`` and ``./adaptkit_plugins/`` (see
``docs/plugins.md``). A minimal region plugin::

    from adaptkit import Region, hookimpl

    @hookimpl
    def register_regions(register):
        register(Region(code="mynet", name="My Network", locales=("en", "fr"), currency="XOF"))

Rules for every hook:

* ``register_*`` hooks receive a ``register`` callback and call it once per
  object. adaptkit records which plugin registered what, checks the type, and
  orders objects by their own fields (stage, priority, region), never by the
  order in which plugins were loaded.
* An exception raised inside a hook stops the command with an error that
  names the plugin and the hook.
* Hooks are never removed or changed incompatibly within a major version; new
  parameters are only ever added as optional keyword arguments, and pluggy lets
  an implementation accept just the parameters it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    import click
    import docx.document
    import jinja2

    from adaptkit.regions import Region
    from adaptkit.rules import BuildInfo, Rule

PROJECT = "adaptkit"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_regions(register: Callable[["Region"], None]) -> None:
    """Register the regions and country overlays this plugin provides.

    Runs once when plugins are loaded, for every command. Call ``register`` with
    one :class:`adaptkit.Region` per region or overlay. An overlay's code is its
    parent's code, a slash and an ISO 3166 country code (``swan/kg``); it
    inherits everything from its parent and overrides what it sets. Two plugins
    registering the same code is an error naming both.

    Example::

        @hookimpl
        def register_regions(register):
            register(Region(code="swan/kg", name="Kyrgyzstan", locales=("ru", "ky"), currency="KGS"))
    """


@hookspec
def register_rules(register: Callable[["Rule"], None]) -> None:
    """Register context rules: declarative changes applied when a build matches.

    Runs when a build resolves its context. Call ``register`` with
    :class:`adaptkit.Rule` objects. A rule applies to builds whose region is its
    ``region`` or an overlay of it (``global`` applies to all), optionally only
    to some templates and only when its ``when`` expression is true. It can set
    context values, switch optional sections the template declares, and insert
    content blocks (paragraphs from a .docx snippet) at named anchors. Rules run
    in order of ``stage`` (``early``, ``normal``, ``late``), then ``priority``
    (lower first), then ``id``. Every rule that fires is recorded for the
    adaptation report.

    Example::

        @hookimpl
        def register_rules(register):
            register(Rule(id="aswa.fiscal-host", region="aswa", templates=("governance-manual",),
                          when="not org.registered", sections={"fiscal_hosting": True}))
    """


@hookspec
def register_template_dirs(register: Callable[[Any], None]) -> None:
    """Register extra template libraries (folders of ``<id>/template.docx`` + ``template.yaml``).

    Runs whenever templates are listed or looked up. Call ``register`` with a
    :class:`pathlib.Path`. Plugin libraries come after ``--library`` folders and
    ``ADAPTKIT_LIBRARY``, and before the bundled library, so a plugin can add templates or replace a
    bundled one for everyone who installs it.

    Example::

        @hookimpl
        def register_template_dirs(register):
            register(Path(__file__).parent / "templates")
    """


@hookspec
def register_glossaries(register: Callable[[Any], None]) -> None:
    """Register terminology glossaries: terms to swap, terms to flag, names never to touch.

    Runs when a build or ``adaptkit check`` needs terminology. Call ``register``
    with the :class:`pathlib.Path` of a glossary YAML file (see
    ``docs/plugins.md`` for the format). A glossary applies to builds in its
    ``locale`` (``en`` also serves ``en_GB``) and in its ``region`` (default:
    the plugin's own region) and that region's overlays. Glossaries layer from
    global to region to country overlay: a later layer's swap for a term wins,
    forbidden terms and exceptions add up. Swaps apply to the template's text
    after translation and before rendering, never to values from data.

    Example::

        @hookimpl
        def register_glossaries(register):
            for path in sorted((Path(__file__).parent / "glossary").glob("*.yaml")):
                register(path)
    """


@hookspec
def register_catalog_dirs(register: Callable[[Any], None]) -> None:
    """Register folders of gettext catalogs that override the template library's translations.

    Runs when a build translates. Call ``register`` with a :class:`pathlib.Path`
    (or an :class:`adaptkit.CatalogDir` to limit it to one of the plugin's
    regions) holding ``<locale>/LC_MESSAGES/<template-id>.po``. A folder applies
    to builds whose region chain includes the plugin's region; translations are
    looked up in the country overlay's folders first, then the region's, then
    the template library's.

    Example::

        @hookimpl
        def register_catalog_dirs(register):
            register(Path(__file__).parent / "locales")
            register(CatalogDir(Path(__file__).parent / "locales-kg", region="swan/kg"))
    """


@hookspec
def configure_jinja(environment: "jinja2.Environment", build: "BuildInfo") -> None:
    """Add filters, tests or globals to the sandboxed Jinja environment of one build.

    Runs once per build, before the template is rendered, for every loaded
    plugin (filters are shared by all regions). ``build`` says which template,
    region and locale are being built. Values a filter returns are still
    escaped: a filter cannot inject Word XML.

    Example::

        @hookimpl
        def configure_jinja(environment, build):
            environment.filters["shout"] = lambda text: str(text).upper()
    """


@hookspec
def adapt_document(document: "docx.document.Document", build: "BuildInfo") -> None:
    """Make last changes to the rendered document with python-docx.

    Runs once per build after rendering, before the privacy scrub (so what a hook
    adds to document properties is scrubbed too) and before the file is written, for the plugins of the build's region chain in order
    (global, region, country overlay) and for plugins that register no region.
    Change ``document`` in place (page size, margins, styles, fonts).

    Example::

        @hookimpl
        def adapt_document(document, build):
            if build.region.paper_size == "Letter":
                for section in document.sections:
                    section.page_width, section.page_height = Inches(8.5), Inches(11)
    """


@hookspec
def register_commands(cli: "click.Group") -> None:
    """Add commands to the ``adaptkit`` command line.

    Runs when the command line starts. Add commands with ``cli.add_command`` or
    the ``@cli.command()`` decorator. Keep imports inside the command function
    so that ``adaptkit --help`` stays fast.

    Example::

        @hookimpl
        def register_commands(cli):
            @cli.command()
            def hello():
                click.echo("hello from my plugin")
    """
