"""The plugin guide and the hooks stay in step.

Every hook in :mod:`adaptkit.hookspecs` must have a docstring with an example,
a ``### `name``` section in ``docs/plugins.md``, and a test that implements it.
Every complete single-file plugin printed in the guide (a ``python`` block whose
first line is ``# adaptkit_plugins/<name>.py``) must load and work as printed.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pluggy
import pytest
from click.testing import CliRunner

from adaptkit import hookspecs

TESTS = Path(__file__).resolve().parent
GUIDE = TESTS.parent / "docs" / "plugins.md"
GUIDE_TEXT = GUIDE.read_text(encoding="utf-8")
SPEC_ATTRIBUTE = f"{hookspecs.hookspec.project_name}_spec"  # what @hookspec sets on a function
EXAMPLE_MARKER = re.compile(r"# adaptkit_plugins/(\w+)\.py")


def _hooks() -> list[str]:
    return sorted(name for name, value in vars(hookspecs).items()
                  if inspect.isfunction(value) and hasattr(value, SPEC_ATTRIBUTE))


HOOKS = _hooks()


def _section(text: str, heading: str, level: int) -> str:
    """The text under ``heading`` up to the next heading of the same or a higher level (outside code blocks)."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.rstrip("\n") == heading) + 1
    in_code = False
    for end in range(start, len(lines)):
        if lines[end].startswith("```"):
            in_code = not in_code
        elif not in_code and re.match(rf"#{{1,{level}}} ", lines[end]):
            return "".join(lines[start:end])
    return "".join(lines[start:])


def _hook_section(name: str) -> str:
    return _section(GUIDE_TEXT, f"### `{name}`", 3)


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, re.M | re.S)


def _examples() -> list[tuple[str, str]]:
    found = []
    for block in _python_blocks(GUIDE_TEXT):
        marker = EXAMPLE_MARKER.fullmatch(block.splitlines()[0].strip())
        if marker:
            found.append((marker.group(1), block))
    return found


EXAMPLES = _examples()


# -- the hooks -------------------------------------------------------------------------------


def test_hooks_are_discovered_as_pluggy_sees_them():
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    assert HOOKS, "no function in adaptkit.hookspecs carries the hookspec marker"
    assert HOOKS == sorted(name for name in vars(manager.hook) if not name.startswith("_"))


@pytest.mark.parametrize("name", HOOKS)
def test_hook_docstring_has_an_example(name: str):
    docstring = inspect.getdoc(getattr(hookspecs, name)) or ""
    assert docstring, f"hook {name} has no docstring"
    heading = re.search(r"^Examples?:{1,2}$", docstring, re.M)
    assert heading, f"the docstring of hook {name} has no 'Example::' section"
    example = docstring[heading.end():]
    assert "@hookimpl" in example and f"def {name}(" in example, f"the example of hook {name} does not implement it"


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_documented_in_the_plugin_guide(name: str):
    assert re.search(rf"^### `{name}`$", GUIDE_TEXT, re.M), f"docs/plugins.md has no '### `{name}`' section"
    section = _hook_section(name)
    for parameter in inspect.signature(getattr(hookspecs, name)).parameters:
        assert f"`{parameter}`" in section, f"the guide's section on {name} does not explain `{parameter}`"
    assert any(f"def {name}(" in block for block in _python_blocks(section)), \
        f"the guide's section on {name} has no example implementing it"
    for part in ("**When it runs:**", "**Parameters:**", "**Returns:**", "**Errors:**"):
        assert part in section, f"the guide's section on {name} lacks {part}"


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_exercised_by_a_test(name: str):
    implementation = re.compile(rf"\bdef {name}\(")
    implementing = [path.name for path in sorted(TESTS.rglob("test_*.py"))
                    if path.resolve() != Path(__file__).resolve()
                    and implementation.search(path.read_text(encoding="utf-8"))]
    assert implementing, f"no test module under tests/ implements hook {name} (def {name}(...))"


def test_the_hook_reference_documents_only_hooks():
    reference = _section(GUIDE_TEXT, "## 6. Hook reference", 2)
    documented = re.findall(r"^### `(\w+)`$", reference, re.M)
    assert sorted(documented) == HOOKS


# -- the guide's single-file plugins -----------------------------------------------------------


def test_the_guide_has_complete_examples_with_distinct_names():
    names = [name for name, _ in EXAMPLES]
    assert names, "docs/plugins.md has no '# adaptkit_plugins/<name>.py' example"
    assert len(names) == len(set(names)), f"two examples share a file name: {names}"


def _codes(tree: list[dict]) -> dict[str, str]:
    """Region code -> the plugin that registered it, for a `regions --json` tree."""
    found = {}
    for node in tree:
        found[node["code"]] = node["plugin"]
        found.update(_codes(node["children"]))
    return found


@pytest.fixture
def adaptkit_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run ``adaptkit`` in an empty working folder, with no plugin switches and fresh plugin commands."""
    from adaptkit.cli import cli

    for variable in ("ADAPTKIT_LOAD_PLUGINS", "ADAPTKIT_DISABLE_PLUGINS", "ADAPTKIT_STRICT_PLUGINS"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.chdir(tmp_path)
    builtin = set(cli.commands)
    cli._plugin_commands_loaded = False  # let commands come from this folder's plugins

    def invoke(*args: str):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    invoke.cli = cli
    invoke.builtin = builtin
    yield invoke
    for name in set(cli.commands) - builtin:
        cli.commands.pop(name)
    cli._plugin_commands_loaded = False


@pytest.mark.parametrize(("name", "source"), EXAMPLES, ids=[name for name, _ in EXAMPLES])
def test_guide_example_loads_and_works(name: str, source: str, tmp_path: Path, adaptkit_cli):
    folder = tmp_path / "adaptkit_plugins"
    folder.mkdir()
    (folder / f"{name}.py").write_text(source, encoding="utf-8")

    listed = adaptkit_cli("plugins", "--json")
    assert listed.exit_code == 0, listed.output
    assert "warning:" not in listed.stderr, listed.stderr
    row = next(row for row in json.loads(listed.stdout) if row["name"] == name)
    assert row["source"] == "directory" and row["status"] == "loaded"
    assert row["hooks"] == sorted(set(re.findall(r"^@hookimpl\s+def (\w+)\(", source, re.M)))

    shown = adaptkit_cli("regions", "--json")
    assert shown.exit_code == 0, shown.output
    registered = _codes(json.loads(shown.stdout))
    own = re.findall(r'\bcode="([^"]+)"', source)
    for code in own:
        assert registered.get(code) == name, f"region {code} of example {name} is not listed by 'adaptkit regions'"
    assert row["regions"] == sorted(own)

    # Build for every region the example registers or targets (or the model itself).
    for number, code in enumerate(dict.fromkeys(own + re.findall(r'\bregion="([^"]+)"', source)) or ["global"]):
        output = f"out-{number}.docx"
        built = adaptkit_cli("build", "code-of-conduct", "--sample", "--region", code, "-o", output)
        assert built.exit_code == 0, built.output
        assert (tmp_path / output).is_file()
        assert not [line for line in built.stderr.splitlines() if line.startswith("warning: plugin")], built.stderr

    # Commands the example adds are there and answer --help.
    helped = adaptkit_cli("--help")
    assert helped.exit_code == 0, helped.output
    for command in sorted(set(adaptkit_cli.cli.commands) - adaptkit_cli.builtin):
        result = adaptkit_cli(command, "--help")
        assert result.exit_code == 0 and command in result.output, result.output
