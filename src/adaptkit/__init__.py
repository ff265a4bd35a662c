"""adaptkit: adapt model Word documents to a region, a language and a context, as a build.

The public API is small::

    from adaptkit import BuildSpec, build
    result = build(BuildSpec("code-of-conduct", use_sample=True))
    print(result.output)

Names are imported lazily so that ``import adaptkit`` (and the CLI's ``--help``)
stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from adaptkit.__about__ import __version__

__all__ = [
    "AdaptkitError",
    "Block",
    "BuildInfo",
    "BuildResult",
    "BuildSpec",
    "CatalogDir",
    "MembershipClass",
    "Region",
    "Rule",
    "__version__",
    "build",
    "hookimpl",
    "render_docx",
]

_LAZY = {
    "AdaptkitError": "adaptkit.errors",
    "Block": "adaptkit.rules",
    "BuildInfo": "adaptkit.rules",
    "CatalogDir": "adaptkit.rules",
    "MembershipClass": "adaptkit.regions",
    "Region": "adaptkit.regions",
    "Rule": "adaptkit.rules",
    "hookimpl": "adaptkit.hookspecs",
    "BuildResult": "adaptkit.build",
    "BuildSpec": "adaptkit.build",
    "build": "adaptkit.build",
    "render_docx": "adaptkit.docx",
}

if TYPE_CHECKING:  # pragma: no cover
    from adaptkit.build import BuildResult, BuildSpec, build
    from adaptkit.docx import render_docx
    from adaptkit.errors import AdaptkitError
    from adaptkit.hookspecs import hookimpl
    from adaptkit.regions import MembershipClass, Region
    from adaptkit.rules import Block, BuildInfo, CatalogDir, Rule


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'adaptkit' has no attribute {name!r}")
