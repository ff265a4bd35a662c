"""The template library: folders of ``template.docx`` plus ``template.yaml``.

A library is a directory with one folder per template::

    template_library/code-of-conduct/template.docx
    template_library/code-of-conduct/template.yaml

``template.yaml`` says what the template is and which values it needs; see
``docs/templates.md``. The bundled library ships inside the package; more
libraries can be added with ``--library`` or ``ADAPTKIT_LIBRARY`` (``os.pathsep``
separated), and the first library that has an id wins.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adaptkit.errors import LibraryError

if TYPE_CHECKING:  # pragma: no cover
    from adaptkit.plugins import PluginSet

KINDS = ("manual", "sheet")
TYPES = ("string", "number", "integer", "boolean", "date", "list", "mapping")


@dataclass(frozen=True)
class Variable:
    """A value the template uses, as declared in template.yaml."""

    name: str  # dotted path, e.g. "org.name"
    type: str = "string"
    required: bool = False
    default: Any = None
    description: str = ""


@dataclass(frozen=True)
class Section:
    """An optional part of the template, switched on and off as ``sections.<name>``."""

    name: str
    default: bool = False
    description: str = ""


@dataclass(frozen=True)
class Template:
    """A template: its .docx and what template.yaml says about it."""

    id: str
    path: Path  # the .docx
    title: str
    kind: str = "manual"
    version: str = "0"
    language: str = "en"  # the language the template is written in
    description: str = ""
    variables: tuple[Variable, ...] = ()
    sections: tuple[Section, ...] = ()
    anchors: tuple[tuple[str, str], ...] = ()  # (name, description): where region blocks may go
    sample: dict[str, Any] = field(default_factory=dict)
    metadata_path: Path | None = None

    @property
    def directory(self) -> Path:
        return self.path.parent

    @property
    def display_name(self) -> str:
        """How messages name the template's .docx: short for a library template, the path otherwise."""
        return str(self.path) if self.metadata_path is None else f"{self.id}/template.docx"

    def summary(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title, "kind": self.kind, "version": self.version}


def bundled_library() -> Path:
    """The library shipped with adaptkit (inside the wheel, or the source tree)."""
    packaged = Path(__file__).parent / "template_library"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "template_library"


def library_paths(extra: list[Path] | None = None, plugins: "PluginSet | None" = None) -> list[Path]:
    """Where templates are looked up, first match wins: ``--library`` folders,
    ``ADAPTKIT_LIBRARY``, plugin libraries, then the bundled library."""
    paths = list(extra or [])
    paths += [Path(p) for p in os.environ.get("ADAPTKIT_LIBRARY", "").split(os.pathsep) if p]
    if plugins is not None:
        paths += [Path(path) for path, _ in plugins.collect("register_template_dirs", (Path, str))]
    paths.append(bundled_library())
    return paths


def list_templates(paths: list[Path]) -> list[Template]:
    """Every template in the libraries, by id; an earlier library shadows a later one."""
    found: dict[str, Template] = {}
    for library in paths:
        if not library.is_dir():
            continue
        for folder in sorted(library.iterdir()):
            if (folder / "template.docx").is_file() and folder.name not in found:
                found[folder.name] = load_template_dir(folder)
    return sorted(found.values(), key=lambda t: t.id)


def find_template(reference: str, paths: list[Path]) -> Template:
    """A template by library id, or by path to any .docx (with a template.yaml beside it, if any).

    A reference with a .docx suffix or a path separator is a path; otherwise a
    library id wins over a folder of the same name in the working directory.
    """
    candidate = Path(reference)
    looks_like_path = candidate.suffix.lower() in (".docx", ".docm", ".dotx") or len(candidate.parts) > 1
    templates = [] if looks_like_path else list_templates(paths)
    for template in templates:
        if template.id == reference:
            return template
    if looks_like_path or candidate.exists():
        if candidate.is_dir():
            return load_template_dir(candidate)
        if not candidate.is_file():
            raise LibraryError("file not found", file=reference, hint="check the path to the .docx")
        metadata = candidate.with_name("template.yaml")
        if candidate.name == "template.docx" and metadata.is_file():
            return load_template_dir(candidate.parent)
        return Template(id=candidate.stem, path=candidate, title=candidate.stem)
    ids = [t.id for t in templates]
    close = difflib.get_close_matches(reference, ids, n=1)
    hint = f"did you mean '{close[0]}'?" if close else "run 'adaptkit templates' to list them"
    raise LibraryError(f"unknown template '{reference}'", hint=hint)


def load_template_dir(folder: Path) -> Template:
    docx_path = folder / "template.docx"
    metadata_path = folder / "template.yaml"
    if not docx_path.is_file():
        raise LibraryError("no template.docx in this folder", file=str(folder))
    if not metadata_path.is_file():
        return Template(id=folder.name, path=docx_path, title=folder.name)
    return parse_metadata(metadata_path, docx_path)


def parse_metadata(metadata_path: Path, docx_path: Path) -> Template:
    import yaml

    name = str(metadata_path)
    try:
        raw = yaml.safe_load(metadata_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else None
        raise LibraryError(f"not valid YAML ({getattr(exc, 'problem', exc)})", file=name, where=where) from None
    if not isinstance(raw, dict):
        raise LibraryError("expected a mapping of id, title, kind, version...", file=name)

    def fail(message: str, hint: str | None = None) -> LibraryError:
        return LibraryError(message, file=name, hint=hint)

    kind = raw.get("kind", "manual")
    if kind not in KINDS:
        raise fail(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    variables = []
    for var_name, spec in (raw.get("variables") or {}).items():
        spec = spec or {}
        if not isinstance(spec, dict):
            raise fail(f"variable '{var_name}' must be a mapping with type, description, required or default")
        var_type = spec.get("type", "string")
        if var_type not in TYPES:
            raise fail(f"variable '{var_name}' has unknown type {var_type!r}", f"use one of {', '.join(TYPES)}")
        variables.append(Variable(str(var_name), var_type, bool(spec.get("required", False)), spec.get("default"),
                                  str(spec.get("description", "")).strip()))
    sections = []
    for section_name, spec in (raw.get("sections") or {}).items():
        spec = spec if isinstance(spec, dict) else {"default": spec}
        sections.append(Section(str(section_name), bool(spec.get("default", False)),
                                str(spec.get("description", "")).strip()))
    anchors = tuple((str(name), " ".join(str(text or "").split())) for name, text in (raw.get("anchors") or {}).items())
    sample = raw.get("sample") or {}
    if not isinstance(sample, dict):
        raise fail("sample must be a mapping of values")
    return Template(
        id=str(raw.get("id", docx_path.parent.name)),
        path=docx_path,
        title=str(raw.get("title", docx_path.parent.name)),
        kind=kind,
        version=str(raw.get("version", "0")),
        language=str(raw.get("language", "en")),
        description=str(raw.get("description", "")).strip(),
        variables=tuple(variables),
        sections=tuple(sections),
        anchors=anchors,
        sample=sample,
        metadata_path=metadata_path,
    )
