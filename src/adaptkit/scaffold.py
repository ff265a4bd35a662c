"""``adaptkit new-plugin``: a standalone, installable region plugin package that works as generated."""

from __future__ import annotations

import re
from pathlib import Path

from adaptkit.__about__ import __version__
from adaptkit.errors import AdaptkitError


def scaffold_plugin(name: str, region_code: str | None, directory: Path) -> Path:
    """Create ``directory/adaptkit-<name>/`` and return its path; never overwrites anything."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    if not slug or not slug[0].isalpha():
        raise AdaptkitError(f"plugin name {name!r} must start with a letter", hint="e.g. adaptkit new-plugin mynet")
    code = (region_code or slug.replace("_", "-")).lower()
    if not re.fullmatch(r"[a-z][a-z0-9-]*(/[a-z]{2})?", code):
        raise AdaptkitError(f"region code {code!r} must be lower case letters, digits and dashes, "
                            "optionally /<country> for an overlay", hint="e.g. --region mynet or --region swan/md")
    package = f"adaptkit_{slug}"
    root = directory / f"adaptkit-{slug.replace('_', '-')}"
    if root.exists():
        raise AdaptkitError("already exists", file=str(root), hint="choose another name or folder (-o)")
    title = name.replace("-", " ").replace("_", " ").title()
    files = {
        "pyproject.toml": _PYPROJECT,
        "README.md": _README,
        f"src/{package}/__init__.py": _MODULE,
        f"src/{package}/glossary/en.yaml": _GLOSSARY,
        f"tests/test_{slug}.py": _TESTS,
    }
    values = {"slug": slug, "dist": f"adaptkit-{slug.replace('_', '-')}", "package": package, "code": code,
              "title": title, "adaptkit_version": __version__.split(".")[0] + "." + __version__.split(".")[1]}
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.format(**values), encoding="utf-8")
    return root


_PYPROJECT = '''[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "{dist}"
version = "0.1.0"
description = "adaptkit region plugin: {title}"
requires-python = ">=3.11"
dependencies = ["adaptkit>={adaptkit_version}"]

[project.optional-dependencies]
test = ["pytest>=8"]

# adaptkit finds the plugin through this entry point.
[project.entry-points.adaptkit]
{slug} = "{package}"

[tool.hatch.build.targets.wheel]
packages = ["src/{package}"]
'''

_README = '''# {dist}

An [adaptkit](https://pypi.org/project/adaptkit/) region plugin for **{title}**
(region code `{code}`).

```sh
pip install -e '.[test]'
adaptkit plugins                 # {slug} is listed with region {code}
adaptkit build code-of-conduct --sample --region {code}
pytest
```

Edit `src/{package}/__init__.py`: the `Region` holds the names, locales,
currency and membership classes; `register_rules` adapts templates. The
glossary in `src/{package}/glossary/` lists the terms this region prefers.
To switch the plugin off without uninstalling it: `ADAPTKIT_DISABLE_PLUGINS={slug}`.
'''

_MODULE = '''"""adaptkit region plugin for {title} (region code ``{code}``)."""

from __future__ import annotations

from pathlib import Path

from adaptkit import MembershipClass, Region, Rule, hookimpl

HERE = Path(__file__).parent


@hookimpl
def register_regions(register):
    register(
        Region(
            code="{code}",
            name="{title}",
            locales=("en",),  # the first is the default
            currency="USD",
            governing_body="Steering Committee",
            assembly_name="General Assembly",
            membership_classes=(
                MembershipClass("Full member", True, "A sex worker-led organisation."),
                MembershipClass("Associate member", False, "An allied organisation."),
            ),
        )
    )


@hookimpl
def register_rules(register):
    # Many members of this network cannot register: include the fiscal-hosting section.
    register(Rule(id="{slug}.fiscal-hosting", region="{code}", templates=("code-of-conduct",),
                  sections={{"fiscal_hosting": True}},
                  description="Some member organisations are hosted by a registered organisation."))
'''

_GLOSSARY = '''# Terms this region prefers, in English. See the adaptkit plugin guide.
id: {slug}.en
locale: en
level: warning
swap: {{}}
forbid:
  prostitute: sex worker
exceptions: []
'''

_TESTS = '''"""Tests for the {title} plugin; they pass as generated."""

from adaptkit.layers import region_registry
from adaptkit.plugins import load_plugins


def test_the_region_is_registered():
    registry = region_registry(load_plugins())
    assert "{code}" in registry
    assert registry.resolve("{code}").governing_body == "Steering Committee"


def test_the_code_of_conduct_uses_this_regions_names(adaptkit_build):
    document = adaptkit_build("code-of-conduct", region="{code}")
    assert "Steering Committee" in document.text
    assert document.result.region == "{code}"


def test_the_rule_includes_the_fiscal_hosting_section(adaptkit_build):
    document = adaptkit_build("code-of-conduct", region="{code}")
    assert "Organisations hosted by a fiscal host" in document.paragraphs
    assert [fired.rule for fired in document.result.fired] == ["{slug}.fiscal-hosting"]
'''
