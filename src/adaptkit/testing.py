"""pytest helpers for plugin authors (loaded automatically: entry point ``pytest11``).

Two fixtures::

    def test_my_region_renames_the_board(adaptkit_plugin, adaptkit_build):
        adaptkit_plugin(my_plugin_module)                  # only for this test
        document = adaptkit_build("code-of-conduct", region="mynet", locale="en")
        assert "Steering Group" in document.text
        assert "Board" not in document.text

``adaptkit_build`` builds with the template's sample values unless
``sample=False``, writes into the test's temporary folder, and returns a
:class:`BuiltDocument` to read the output back as a user would see it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

import pytest

from adaptkit.build import BuildResult, BuildSpec, build
from adaptkit.plugins import add_plugin, remove_plugin


@dataclass
class BuiltDocument:
    """A built .docx, read back with python-docx."""

    path: Path
    result: BuildResult

    @property
    def paragraphs(self) -> list[str]:
        """Body paragraphs, tables' cell paragraphs included, in document order."""
        import docx
        from docx.oxml.ns import qn

        document = docx.Document(str(self.path))
        return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p"))]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def header_text(self) -> str:
        import docx

        document = docx.Document(str(self.path))
        return "\n".join(p.text for s in document.sections for p in s.header.paragraphs)


@pytest.fixture
def adaptkit_plugin() -> Iterator[Callable[..., None]]:
    """Register a plugin (a module or any object with ``@hookimpl`` functions) for one test."""
    names: list[str] = []

    def register(plugin: object, name: str | None = None) -> None:
        plugin_name = name or getattr(plugin, "__name__", None) or f"test-plugin-{len(names) + 1}"
        add_plugin(plugin, plugin_name)
        names.append(plugin_name)

    yield register
    for name in names:
        remove_plugin(name)


@pytest.fixture
def adaptkit_build(tmp_path: Path) -> Callable[..., BuiltDocument]:
    """Build a template into the test's temporary folder; returns a :class:`BuiltDocument`."""
    counter = iter(range(1, 10_000))

    def run(
        template: str,
        *,
        region: str | None = None,
        locale: str | None = None,
        values: Mapping[str, Any] | None = None,
        sample: bool = True,
        plugin_dirs: Sequence[Path] = (),
    ) -> BuiltDocument:
        output = tmp_path / f"build-{next(counter)}.docx"
        assignments = [f"{key}={value}" for key, value in (values or {}).items()]
        spec = BuildSpec(template, [], assignments, output, sample, [], region, locale, list(plugin_dirs))
        return BuiltDocument(output, build(spec))

    return run
