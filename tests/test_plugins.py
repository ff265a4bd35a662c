"""Plugins as their authors and users meet them: discovery, switches, errors, and each hook."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import docx
import pytest

CORPUS = Path(__file__).parent / "corpus"

REGION_PLUGIN = '''
from adaptkit import Region, Rule, hookimpl

@hookimpl
def register_regions(register):
    register(Region(code="testnet", name="Test Network", locales=("en", "fr"), currency="XOF",
                    governing_body="Coordinating Council", context={"org": {"country": "Senegal"}}))
    register(Region(code="testnet/ml", name="Mali", locales=("fr",), governing_body="Bureau"))
'''


def write_plugin(folder: Path, name: str, source: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def text_of(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch):
    for name in ("ADAPTKIT_LOAD_PLUGINS", "ADAPTKIT_DISABLE_PLUGINS", "ADAPTKIT_STRICT_PLUGINS"):
        monkeypatch.delenv(name, raising=False)


# -- discovery ---------------------------------------------------------------------------


def test_bundled_plugins_come_through_entry_points(run):
    rows = {row["name"]: row for row in json.loads(run("plugins", "--json").output)}
    for name in ("global", "swan"):
        assert rows[name]["source"] == "entry point"
        assert rows[name]["entry_point"].startswith("adaptkit_regions.")
        assert rows[name]["path"].endswith("__init__.py")
        assert "register_regions" in rows[name]["hooks"]
    assert set(rows["swan"]["regions"]) >= {"swan", "swan/kg", "swan/ua"}


def test_plugins_dir_on_a_command_and_on_the_group(run, tmp_path: Path):
    write_plugin(tmp_path / "more", "testnet", REGION_PLUGIN)
    for args in (["plugins", "--json", "--plugins-dir", "more"], ["--plugins-dir", "more", "plugins", "--json"]):
        rows = {row["name"]: row for row in json.loads(run(*args).output)}
        assert rows["testnet"]["source"] == "directory"
        assert rows["testnet"]["path"] == str(tmp_path / "more" / "testnet.py")
        assert rows["testnet"]["regions"] == ["testnet", "testnet/ml"]


def test_local_adaptkit_plugins_folder_is_picked_up(run, tmp_path: Path):
    write_plugin(tmp_path / "adaptkit_plugins", "testnet", REGION_PLUGIN)
    result = run("regions")
    assert "testnet" in result.output and "testnet/ml" in result.output


def test_regions_tree_json(run):
    tree = json.loads(run("regions", "--json").output)
    assert tree[0]["code"] == "global"
    swan = next(child for child in tree[0]["children"] if child["code"] == "swan")
    assert swan["locales"][0] == "ru"
    assert [c["code"] for c in swan["children"]] == ["swan/kg", "swan/ua"]
    assert swan["governing_body"] == "Management Committee"


def test_load_allow_list_and_empty_means_none(run, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ADAPTKIT_LOAD_PLUGINS", "global")
    assert [row["name"] for row in json.loads(run("plugins", "--json").output)] == ["global"]
    monkeypatch.setenv("ADAPTKIT_LOAD_PLUGINS", "")
    assert json.loads(run("plugins", "--json").output) == []
    rows = json.loads(run("plugins", "--json", "--all").output)
    assert {row["status"] for row in rows} == {"disabled"}
    # with no plugin at all, the model still builds, unadapted
    assert run("build", "code-of-conduct", "--sample", "-o", "x.docx").exit_code == 0


def test_disable_works_on_bundled_plugins(run, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ADAPTKIT_DISABLE_PLUGINS", "swan")
    result = run("build", "code-of-conduct", "--sample", "--region", "swan")
    assert result.exit_code == 1
    assert "unknown region 'swan'" in result.stderr


# -- layering and rules ---------------------------------------------------------------------


def test_context_layers_in_order(run, tmp_path: Path):
    write_plugin(tmp_path / "adaptkit_plugins", "testnet", REGION_PLUGIN)
    # region beats template default (Board); overlay beats region
    run("build", "code-of-conduct", "--sample", "--region", "testnet", "-o", "region.docx")
    assert "Coordinating Council" in text_of(tmp_path / "region.docx")
    run("build", "code-of-conduct", "--sample", "--region", "testnet/ml", "-o", "overlay.docx")
    overlay = text_of(tmp_path / "overlay.docx")
    assert "Bureau" in overlay and "Coordinating Council" not in overlay
    # --data beats the overlay, --set beats --data
    (tmp_path / "d.yaml").write_text("governing_body: Data Board\nassembly_name: Data Assembly\n")
    run("build", "code-of-conduct", "--sample", "--region", "testnet/ml", "--data", "d.yaml",
        "--set", "governing_body=Set Board", "-o", "user.docx")
    user = text_of(tmp_path / "user.docx")
    assert "Set Board" in user and "Data Assembly" in user and "Bureau" not in user


def test_default_output_path_and_locale(run, tmp_path: Path):
    result = run("build", "code-of-conduct", "--sample", "--region", "swan/kg", "--locale", "ru")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "build" / "swan" / "kg" / "ru" / "code-of-conduct.docx").is_file()
    assert "swan/kg/ru" in result.output and "2 rules" in result.output


def test_bcp47_and_underscore_locales(run, tmp_path: Path):
    assert run("build", "code-of-conduct", "--sample", "--region", "swan/ua", "--locale", "uk-UA",
               "-o", "a.docx").exit_code == 0
    assert run("build", "code-of-conduct", "--sample", "--region", "global", "--locale", "es_419",
               "-o", "b.docx").exit_code == 0


def test_swan_rule_inserts_its_block_and_switches_a_section(adaptkit_build):
    built = adaptkit_build("code-of-conduct", region="swan/kg", locale="ru",
                           values={"sections.online_security": "false"})
    # --set wins over the rule's section switch
    assert "Digital security" not in built.paragraphs
    built = adaptkit_build("code-of-conduct", region="swan", locale="en")
    paragraphs = built.paragraphs
    heading = paragraphs.index("Working safely in Central and Eastern Europe and Central Asia")
    assert paragraphs[heading - 2] == "If information gets out"  # inserted at the anchor, in place
    assert any("approved" in p and "Management Committee" in p for p in paragraphs[heading:heading + 5])
    assert "Digital security" in paragraphs
    assert [(f.rule, f.plugin) for f in built.result.fired] == [("swan.escalation-contact", "swan"), ("swan.security-context", "swan")]
    assert not any("anchor" in p for p in paragraphs)


def test_swan_block_comes_translated_from_the_plugins_catalog(adaptkit_build):
    built = adaptkit_build("code-of-conduct", region="swan/kg", locale="ru")
    paragraphs = built.paragraphs
    heading = paragraphs.index("Безопасная работа в Центральной и Восточной Европе и Центральной Азии")
    assert paragraphs[heading - 2] == "Если произошла утечка информации"
    assert not built.result.translation.untranslated
    assert any(provider == "swan" for _, _, provider in built.result.translation.translated)


def test_the_model_without_a_region_has_no_block(adaptkit_build):
    paragraphs = adaptkit_build("code-of-conduct").paragraphs
    assert "Working safely in Central and Eastern Europe and Central Asia" not in paragraphs
    assert not any("anchor" in p for p in paragraphs)


def test_rules_run_by_stage_and_priority_not_load_order(adaptkit_plugin, adaptkit_build):
    from adaptkit import Rule, hookimpl

    class Early:  # loaded first, but runs last
        @hookimpl
        def register_rules(register):
            register(Rule(id="z.late", stage="late", set={"governing_body": "Late Council"}))
            register(Rule(id="z.normal-low", priority=1, set={"governing_body": "First Council"}))

    class Later:
        @hookimpl
        def register_rules(register):
            register(Rule(id="a.normal-high", priority=500, set={"governing_body": "Second Council",
                                                                    "assembly_name": "Big Assembly"}))

    adaptkit_plugin(Early, "early")
    adaptkit_plugin(Later, "later")
    built = adaptkit_build("code-of-conduct")
    assert "Late Council" in built.text and "Big Assembly" in built.text
    assert [f.rule for f in built.result.fired] == ["z.normal-low", "a.normal-high", "z.late"]


def test_rule_conditions_see_the_context(adaptkit_plugin, adaptkit_build):
    from adaptkit import Rule, hookimpl

    class Plugin:
        @hookimpl
        def register_rules(register):
            register(Rule(id="cond.hosted", templates=("code-of-conduct",), when="not org.registered",
                          sections={"fiscal_hosting": True}))

    adaptkit_plugin(Plugin, "cond")
    assert "Organisations hosted by a fiscal host" in adaptkit_build("code-of-conduct").paragraphs
    registered = adaptkit_build("code-of-conduct", values={"org.registered": "yes"})
    assert "Organisations hosted by a fiscal host" not in registered.paragraphs


# -- each hook ------------------------------------------------------------------------------


def test_configure_jinja_adds_filters(adaptkit_plugin, adaptkit_build, tmp_path: Path):
    from adaptkit import hookimpl

    class Plugin:
        @hookimpl
        def configure_jinja(environment, build):
            environment.filters["shout"] = lambda value: f"<{str(value).upper()}> for {build.region.code}"

    adaptkit_plugin(Plugin, "shouter")
    document = docx.Document()
    document.add_paragraph("Hello {{ who|shout }}")
    path = tmp_path / "letter.docx"
    document.save(str(path))
    built = adaptkit_build(str(path), values={"who": "amina"}, sample=False)
    assert built.paragraphs == ["Hello <AMINA> for global"]  # filter output is still literal text


def test_adapt_document_runs_for_the_region_chain(adaptkit_plugin, adaptkit_build):
    from docx.shared import Inches

    from adaptkit import Region, hookimpl

    class Letter:
        @hookimpl
        def register_regions(register):
            register(Region(code="letterland", name="Letterland", paper_size="Letter"))

        @hookimpl
        def adapt_document(document, build):
            if build.region.paper_size == "Letter":
                for section in document.sections:
                    section.page_width, section.page_height = Inches(8.5), Inches(11)

    adaptkit_plugin(Letter, "letter")
    built = adaptkit_build("code-of-conduct", region="letterland")
    assert docx.Document(str(built.path)).sections[0].page_width == Inches(8.5)
    model = adaptkit_build("code-of-conduct")  # another region: the hook does not run
    assert docx.Document(str(model.path)).sections[0].page_width != Inches(8.5)


def test_register_template_dirs_adds_a_library(adaptkit_plugin, run, tmp_path: Path):
    from adaptkit import hookimpl

    library = tmp_path / "extra"
    (library / "greeting").mkdir(parents=True)
    document = docx.Document()
    document.add_paragraph("Welcome to {{ org }}")
    document.save(str(library / "greeting" / "template.docx"))
    (library / "greeting" / "template.yaml").write_text(
        "id: greeting\ntitle: Greeting\nkind: manual\nversion: '1'\nvariables:\n"
        "  org: {type: string, default: the network, description: Who welcomes}\n")

    class Plugin:
        @hookimpl
        def register_template_dirs(register):
            register(library)

    adaptkit_plugin(Plugin, "extra-library")
    assert "greeting" in run("templates").output
    assert run("build", "greeting", "-o", "g.docx").exit_code == 0
    assert text_of(tmp_path / "g.docx") == "Welcome to the network"


def test_register_commands_adds_a_command(run, tmp_path: Path):
    write_plugin(tmp_path / "adaptkit_plugins", "hello", '''
        import click
        from adaptkit import hookimpl

        @hookimpl
        def register_commands(cli):
            @cli.command()
            def hello():
                """Say hello."""
                click.echo("hello from a plugin")
    ''')
    from adaptkit.cli import cli

    cli._plugin_commands_loaded = False
    cli.commands.pop("hello", None)
    try:
        result = run("hello")
        assert result.exit_code == 0 and result.output == "hello from a plugin\n"
    finally:
        cli.commands.pop("hello", None)
        cli._plugin_commands_loaded = False


# -- bad plugins and bad requests: one line, non-zero exit, nothing written --------------------


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    line = result.stderr.strip().splitlines()
    assert len(line) == 1 and line[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in line[0]


def assert_nothing_built(tmp_path: Path) -> None:
    assert not list(tmp_path.rglob("*.docx")), "nothing may be written"


def test_unknown_region_suggests_the_nearest(run, tmp_path: Path):
    assert_one_line_error(run("build", "code-of-conduct", "--sample", "--region", "swan/kz"),
                          "unknown region 'swan/kz'", "did you mean 'swan/kg'?")
    assert_nothing_built(tmp_path)


def test_locale_not_offered_lists_the_offered(run, tmp_path: Path):
    assert_one_line_error(run("build", "code-of-conduct", "--sample", "--region", "swan/kg", "--locale", "fr"),
                          "region 'swan/kg' does not offer locale 'fr'", "it offers ru")
    assert_nothing_built(tmp_path)


def test_plugin_that_fails_to_import_is_a_warning_or_strict_error(run, tmp_path: Path, monkeypatch):
    write_plugin(tmp_path / "adaptkit_plugins", "broken", "import no_such_module_here\n")
    result = run("build", "code-of-conduct", "--sample", "-o", "ok.docx")
    assert result.exit_code == 0
    assert "warning: plugin 'broken' failed to load:" in result.stderr
    assert "ModuleNotFoundError" in result.stderr and "broken.py: line 1" in result.stderr
    monkeypatch.setenv("ADAPTKIT_STRICT_PLUGINS", "1")
    (tmp_path / "ok.docx").unlink()
    assert_one_line_error(run("build", "code-of-conduct", "--sample", "-o", "ok.docx"),
                          "plugin 'broken' failed to load")
    assert_nothing_built(tmp_path)


def test_syntax_error_in_plugins_dir_names_file_and_line(run, tmp_path: Path):
    write_plugin(tmp_path / "mine", "typo", "from adaptkit import hookimpl\n\ndef register_regions(register:\n")
    assert_one_line_error(run("build", "code-of-conduct", "--sample", "--plugins-dir", "mine"),
                          "plugin 'typo' failed to load", "typo.py: line 3")
    assert_nothing_built(tmp_path)


@pytest.mark.parametrize(
    ("source", "fragments"),
    [
        ("@hookimpl\ndef register_regions(register):\n    raise RuntimeError('no network today')\n",
         ["plugin 'bad' failed in hook register_regions: RuntimeError: no network today",
          "ADAPTKIT_DISABLE_PLUGINS=bad"]),
        ("@hookimpl\ndef register_regions(register):\n    register({'code': 'x'})\n",
         ["plugin 'bad' registered a dict in hook register_regions, expected Region"]),
        ("@hookimpl\ndef register_regions(register):\n    return [Region(code='x', name='X')]\n",
         ["plugin 'bad' returned a value from hook register_regions"]),
        ("@hookimpl\ndef register_regions(register):\n    register(Region(code='swan', name='Other SWAN'))\n",
         ["region 'swan' is registered by both plugin 'bad' and plugin 'swan'"]),
        ("@hookimpl\ndef register_region(register):\n    pass\n", ["plugin 'bad' failed to load", "register_region"]),
        ("@hookimpl\ndef register_rules(register):\n"
         "    register(Rule(id='bad.sec', templates=('code-of-conduct',), sections={'no_such': True}))\n",
         ["rule 'bad.sec' (plugin 'bad') switches section 'no_such'", "does not declare"]),
        ("@hookimpl\ndef register_rules(register):\n"
         "    register(Rule(id='bad.block', insert=(Block('nowhere', __import__('pathlib').Path(__file__)),)))\n",
         ["rule 'bad.block' (plugin 'bad') inserts a block at anchor 'nowhere'", "security_context"]),
    ],
    ids=["hook raises", "wrong type", "returns a value", "duplicate region", "misspelt hook",
         "undeclared section", "missing anchor"],
)
def test_bad_plugins(run, tmp_path: Path, source: str, fragments: list[str]):
    write_plugin(tmp_path / "mine", "bad", "from adaptkit import Block, Region, Rule, hookimpl\n" + source)
    assert_one_line_error(run("build", "code-of-conduct", "--sample", "--plugins-dir", "mine"), *fragments)
    assert_nothing_built(tmp_path)


def test_blocks_at_one_anchor_keep_their_rules_order(adaptkit_plugin, adaptkit_build, tmp_path: Path):
    from adaptkit import Block, Rule, hookimpl

    snippets = []
    for name in ("first", "second", "third"):
        document = docx.Document()
        document.add_paragraph(f"The {name} block.")
        document.save(str(tmp_path / f"{name}.docx"))
        snippets.append(tmp_path / f"{name}.docx")

    class Plugin:
        @hookimpl
        def register_rules(register):
            register(Rule(id="b.1", priority=1, insert=(Block("regional_annex", snippets[0]),)))
            register(Rule(id="b.2", priority=2, insert=(Block("regional_annex", snippets[1], "replace"),)))
            register(Rule(id="b.3", priority=3, insert=(Block("regional_annex", snippets[2]),)))

    adaptkit_plugin(Plugin, "blocks")
    paragraphs = adaptkit_build("code-of-conduct").paragraphs
    start = paragraphs.index("The first block.")
    assert paragraphs[start:start + 3] == ["The first block.", "The second block.", "The third block."]


def test_plugin_commands_come_from_plugins_dir_too(run, tmp_path: Path):
    write_plugin(tmp_path / "extra", "hi", '''
        import click
        from adaptkit import hookimpl

        @hookimpl
        def register_commands(cli):
            @cli.command()
            def hi():
                click.echo("hi from a folder")
    ''')
    from adaptkit.cli import cli

    cli._plugin_commands_loaded = False
    try:
        result = run("--plugins-dir", "extra", "hi")
        assert result.exit_code == 0 and result.output == "hi from a folder\n"
    finally:
        cli.commands.pop("hi", None)
        cli._plugin_commands_loaded = False


def test_show_lists_the_anchors(run):
    result = run("show", "code-of-conduct")
    assert "Anchors where region plugins may insert blocks:" in result.output
    assert "security_context" in result.output and "regional_annex" in result.output


def test_plugins_listing_survives_a_plugin_with_a_bad_region(run, tmp_path: Path):
    write_plugin(tmp_path / "adaptkit_plugins", "dup", '''
        from adaptkit import Region, hookimpl

        @hookimpl
        def register_regions(register):
            register(Region(code="swan", name="Another SWAN"))
    ''')
    result = run("plugins", "--json")
    assert result.exit_code == 0
    assert "dup" in {row["name"] for row in json.loads(result.stdout)}
    assert "registered by both plugin 'dup' and plugin 'swan'" in result.stderr


def test_a_rule_for_an_unknown_region_is_an_error(run, tmp_path: Path):
    write_plugin(tmp_path / "mine", "typo", '''
        from adaptkit import Rule, hookimpl

        @hookimpl
        def register_rules(register):
            register(Rule(id="typo.rule", region="swna", set={"governing_body": "X"}))
    ''')
    assert_one_line_error(run("build", "code-of-conduct", "--sample", "--plugins-dir", "mine"),
                          "rule 'typo.rule' applies to region 'swna', which no plugin registers")
