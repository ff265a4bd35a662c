"""One build: a template and its values in, a finished .docx out.

:func:`build` is the core of ``adaptkit build``. It is pure apart from reading
its inputs and writing ``spec.output``, so batch builds can run it in worker
processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adaptkit.context import build_context, load_data_file, parse_assignments
from adaptkit.library import Template, find_template, library_paths
from adaptkit.output import write_atomically


@dataclass
class BuildSpec:
    """What to build.

    ``template`` is a library id (``code-of-conduct``) or a path to any .docx.
    """

    template: str
    data_files: list[Path] = field(default_factory=list)
    assignments: list[str] = field(default_factory=list)  # "org.name=Example" from --set
    output: Path | None = None  # default: build/<template-id>.docx
    use_sample: bool = False  # start from the sample data in template.yaml
    libraries: list[Path] = field(default_factory=list)


@dataclass
class BuildResult:
    template: Template
    output: Path
    warnings: list[str]

    def summary(self) -> str:
        note = f", {len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}" if self.warnings else ""
        return f"wrote {self.output} ({self.template.id} {self.template.version}{note})"


def default_output(template: Template) -> Path:
    return Path("build") / f"{template.id}.docx"


def resolve_context(spec: BuildSpec, template: Template) -> dict[str, Any]:
    layers: list[dict[str, Any]] = []
    if spec.use_sample:
        layers.append(template.sample)
    layers += [load_data_file(path) for path in spec.data_files]
    layers.append(parse_assignments(spec.assignments))
    return build_context(template, layers)


def build(spec: BuildSpec) -> BuildResult:
    """Build one document; raise :class:`~adaptkit.errors.AdaptkitError` on any problem.

    >>> build(BuildSpec("code-of-conduct", use_sample=True, output=Path("coc.docx")))  # doctest: +SKIP
    """
    from adaptkit.docx import render_docx

    template = find_template(spec.template, library_paths(spec.libraries))
    context = resolve_context(spec, template)
    output = spec.output or default_output(template)
    result = render_docx(template.path, context, name=str(template.path if template.metadata_path is None
                                                             else f"{template.id}/template.docx"))
    write_atomically(output, result.data)
    return BuildResult(template, output, result.warnings)
