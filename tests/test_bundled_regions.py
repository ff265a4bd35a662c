"""The bundled region plugins as a user meets them: build each region's documents and read them back.

Every region and overlay shipped in ``plugins/adaptkit_regions`` is built here
from the library's templates with their sample values, and the tests check
what a reader of the output sees: the network's own names, blocks at their
anchors, optional sections switched on or off, and the budget's currency.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import docx
import pytest

from adaptkit.layers import region_registry
from adaptkit.plugins import load_plugins

TEMPLATES = ("code-of-conduct", "budget-workplan")
BUNDLED_PLUGINS = ("global", "swan", "apnsw", "aswa", "plaperts", "cswc", "eswa")
ENV_SWITCHES = ("ADAPTKIT_LOAD_PLUGINS", "ADAPTKIT_DISABLE_PLUGINS", "ADAPTKIT_STRICT_PLUGINS")

# The model's own paragraphs on either side of the two anchors in code-of-conduct (English).
BEFORE_SECURITY_CONTEXT = "Mistakes happen."  # last paragraph of section 3
AFTER_SECURITY_CONTEXT = "4. Conflicts of interest, fraud and the use of resources"
BEFORE_REGIONAL_ANNEX = "Where a donor agreement requires it"  # last paragraph of section 7
AFTER_REGIONAL_ANNEX = "8. Review of this Code"
FISCAL_HOSTING_HEADING = "Organisations hosted by a fiscal host"  # code-of-conduct, sections.fiscal_hosting
FISCAL_HOSTING_BUDGET = "The project’s funds are received and held by a fiscal host"  # budget-workplan


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch):
    for name in ENV_SWITCHES:
        monkeypatch.delenv(name, raising=False)


def footer_text(built) -> str:
    document = docx.Document(str(built.path))
    return "\n".join(p.text for section in document.sections for p in section.footer.paragraphs)


def fired(built) -> list[tuple[str, str]]:
    return [(rule.rule, rule.plugin) for rule in built.result.fired]


def block_at(paragraphs: list[str], heading: str, before: str, after: str) -> list[str]:
    """The block that starts with ``heading``, checked to sit between ``before`` and ``after``."""
    assert paragraphs.count(heading) == 1, f"{heading!r} should appear once"
    start = paragraphs.index(heading)
    assert paragraphs[start - 1].startswith(before), paragraphs[start - 1]
    end = paragraphs.index(after, start)
    return paragraphs[start:end]


def only_change(built, model) -> list[str]:
    """The paragraphs ``built`` adds to ``model``, checked to be its only difference."""
    ours, theirs = built.paragraphs, model.paragraphs
    start = next(i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b)
    added = len(ours) - len(theirs)
    assert added > 0
    assert ours[:start] == theirs[:start] and ours[start + added:] == theirs[start:]
    return ours[start:start + added]


# -- every region, every locale, both templates ------------------------------------------------


def bundled_builds() -> list:
    """(region, locale, template) for every bundled region and overlay, read from the registry."""
    saved = {name: os.environ.pop(name) for name in ENV_SWITCHES if name in os.environ}
    try:
        registry = region_registry(load_plugins())
    finally:
        os.environ.update(saved)
    codes = [code for code in registry.codes() if registry.registered(code).plugin in BUNDLED_PLUGINS]
    return [pytest.param(code, locale, template, id=f"{code}-{locale}-{template}")
            for code in codes for locale in registry.resolve(code).locales for template in TEMPLATES]


BUNDLED_BUILDS = bundled_builds()


def test_the_matrix_covers_every_shipped_region():
    codes = {param.values[0] for param in BUNDLED_BUILDS}
    assert codes >= {"apnsw", "apnsw/mm", "aswa", "aswa/ke", "plaperts", "plaperts/ec", "cswc", "eswa"}


@pytest.mark.parametrize(("region", "locale", "template"), BUNDLED_BUILDS)
def test_every_bundled_region_builds_both_templates_in_each_locale(adaptkit_build, region, locale, template):
    built = adaptkit_build(template, region=region, locale=locale)
    assert built.result.region == region
    assert built.result.locale.split("_")[0] == locale.split("_")[0]
    text = built.text + built.header_text + footer_text(built)
    assert "Example Sex Workers' Network" in text
    assert "{{" not in text and "{%" not in text and "{#" not in text


# -- what the regions say about themselves ----------------------------------------------------------


def test_regions_list_names_locales_and_currencies(run):
    tree = json.loads(run("regions", "--json").output)
    regions = {}

    def walk(nodes):
        for node in nodes:
            regions[node["code"]] = node
            walk(node["children"])

    walk(tree)
    expected = {
        "apnsw": (["en", "th", "my", "id", "km"], "THB", "Management Committee"),
        "apnsw/mm": (["my", "en"], "MMK", "Management Committee"),
        "aswa": (["en", "fr", "pt", "sw"], "USD", "Board"),
        "aswa/ke": (["en", "sw"], "KES", "Board"),
        "plaperts": (["es", "pt"], "USD", "Board"),
        "plaperts/ec": (["es"], "USD", "Board"),
        "cswc": (["en", "nl", "es"], "USD", "Board"),
        "eswa": (["en", "fr", "es", "ru"], "EUR", "Board of Directors"),
    }
    for code, (locales, currency, governing_body) in expected.items():
        assert (regions[code]["locales"], regions[code]["currency"], regions[code]["governing_body"]) == \
            (locales, currency, governing_body), code
    assert [child["code"] for child in regions["apnsw"]["children"]] == ["apnsw/mm"]
    assert regions["eswa"]["name"] == "European Sex Workers' Rights Alliance (ESWA)"
    assert regions["eswa"]["voting_classes"] == ["Full member"]  # supporters do not vote
    assert regions["plaperts"]["name"].startswith("Plataforma Latinoamericana de Personas que Ejercen")
    assert set(regions["cswc"]["countries"]) >= {"GY", "JM", "SR", "TT", "DO"}


@pytest.mark.parametrize(
    ("region", "expression", "expected"),
    [
        ("apnsw", "{{ secretariat.city }}, {{ secretariat.country }}", "Bangkok, Thailand"),
        ("apnsw", "{{ currency }} locally, {{ reporting_currency }} for donors", "THB locally, USD for donors"),
        ("apnsw", "{{ 'plain' if plain_english else 'standard' }}", "plain"),
        ("apnsw/mm", "{{ country.name }} {{ currency }} {{ secretariat.city }}", "Myanmar MMK Bangkok"),
        ("aswa", "{{ subregions | join(', ') }}", "East Africa, West Africa, Central Africa, Southern Africa"),
        ("aswa/ke", "{{ fiscal_host.name }} in {{ country.name }}", "Kenya Sex Workers Alliance (KESWA) in Kenya"),
        ("plaperts", "{{ terms.sex_workers }}", "personas que ejercen el trabajo sexual"),
        ("plaperts/ec", "{{ country.name }} {{ currency }}", "Ecuador USD"),
        ("cswc", "{{ reporting.countries | selectattr('language', 'equalto', 'nl') | map(attribute='name') | first }}",
         "Suriname"),
        ("cswc", "{{ reporting.countries | map(attribute='code') | join(' ') }}", "AG DO GD GY JM SR TT"),
        ("eswa", "{{ network.former_name }}", "International Committee on the Rights of Sex Workers in Europe (ICRSE)"),
        ("eswa", "{{ membership_classes | selectattr('votes') | map(attribute='name') | join }}", "Full member"),
    ],
)
def test_region_values_reach_a_users_own_template(adaptkit_build, tmp_path: Path, region, expression, expected):
    document = docx.Document()
    document.add_paragraph(expression)
    path = tmp_path / "letter.docx"
    document.save(str(path))
    built = adaptkit_build(str(path), region=region, sample=False)
    assert built.paragraphs == [expected]
    assert built.result.fired == ()  # every bundled rule targets library templates only


# -- rules fire only for the templates they target ---------------------------------------------------


@pytest.mark.parametrize(
    ("region", "template", "rules"),
    [
        ("apnsw", "code-of-conduct", ["apnsw.escalation-contact", "apnsw.security-context"]),
        ("apnsw", "budget-workplan", ["apnsw.donor-currency"]),
        ("apnsw/mm", "code-of-conduct", ["apnsw.escalation-contact", "apnsw.security-context"]),
        ("apnsw/mm", "budget-workplan", []),
        ("aswa", "code-of-conduct", ["aswa.fiscal-host"]),
        ("aswa", "budget-workplan", ["aswa.fiscal-host"]),
        ("aswa/ke", "code-of-conduct", ["aswa.fiscal-host", "aswa.ke-fiscal-host"]),
        ("aswa/ke", "budget-workplan", ["aswa.fiscal-host", "aswa.ke-fiscal-host"]),
        ("plaperts", "code-of-conduct", ["plaperts.preferred-term"]),
        ("plaperts", "budget-workplan", []),
        ("plaperts/ec", "code-of-conduct", ["plaperts.preferred-term"]),
        ("plaperts/ec", "budget-workplan", []),
        ("cswc", "code-of-conduct", ["cswc.multi-country-reporting"]),
        ("cswc", "budget-workplan", []),
        ("eswa", "code-of-conduct", ["eswa.escalation-contact", "eswa.voting-criteria"]),
        ("eswa", "budget-workplan", []),
    ],
)
def test_rules_fire_for_their_templates_only(adaptkit_build, region, template, rules):
    built = adaptkit_build(template, region=region)
    plugin = region.split("/")[0]
    assert fired(built) == [(rule, plugin) for rule in rules]
    assert not any("anchor" in p for p in built.paragraphs)


def test_no_bundled_rule_reaches_another_region(adaptkit_build):
    for template in TEMPLATES:
        assert fired(adaptkit_build(template)) == []
        assert [rule for rule, _ in fired(adaptkit_build(template, region="swan/kg", locale="ru"))
                if not rule.startswith("swan.")] == []


# -- APNSW ---------------------------------------------------------------------------------------


def test_apnsw_code_of_conduct(adaptkit_build):
    paragraphs = adaptkit_build("code-of-conduct", region="apnsw").paragraphs
    assert "The Management Committee" in paragraphs  # "Approved by" on the cover
    assert "members of the Management Committee and of its committees and working groups;" in paragraphs
    # concerns about the governing body go to its chair, not to a Board the network does not have
    assert "Chair of the Management Committee" in paragraphs
    assert not any("Board" in p for p in paragraphs)
    block = block_at(paragraphs, "Working safely in Asia and the Pacific", BEFORE_SECURITY_CONTEXT,
                     AFTER_SECURITY_CONTEXT)
    assert 5 <= len(block) <= 8
    assert block[1].endswith("So ESWN asks everyone who acts for the network to:")
    assert any("the secretariat in Bangkok" in p for p in block)
    assert block[-1].startswith("tell the Safeguarding Focal Point on the same day")
    assert any("worth up to 50 THB" in p for p in paragraphs)  # local amounts stay in baht


def test_apnsw_budget_is_in_the_donors_currency(adaptkit_build):
    built = adaptkit_build("budget-workplan", region="apnsw")
    assert "Amounts in USD" in footer_text(built)
    assert "All amounts in USD" in built.paragraphs
    assert any(p.startswith("The Management Committee, on ") and "2025" in p for p in built.paragraphs)
    assert "Approved for the Management Committee (role, date)" in built.paragraphs
    # the user's own value still wins over the rule
    local = adaptkit_build("budget-workplan", region="apnsw", values={"currency": "THB"})
    assert "Amounts in THB" in footer_text(local)


def test_apnsw_myanmar_overlay(adaptkit_build):
    budget = adaptkit_build("budget-workplan", region="apnsw/mm")
    assert budget.result.locale == "my"
    assert "Amounts in MMK" in footer_text(budget)  # the donor-currency rule is for the regional budget only
    assert any(p.startswith("The Management Committee, on ") and "2025" in p for p in budget.paragraphs)
    code = adaptkit_build("code-of-conduct", region="apnsw/mm", locale="en")
    assert "Working safely in Asia and the Pacific" in code.paragraphs
    assert "Chair of the Management Committee" in code.paragraphs
    assert any("worth up to 50 MMK" in p for p in code.paragraphs)


# -- ASWA ----------------------------------------------------------------------------------------


def test_aswa_switches_on_fiscal_hosting_unless_registered(adaptkit_build):
    code = adaptkit_build("code-of-conduct", region="aswa")
    assert FISCAL_HOSTING_HEADING in code.paragraphs
    assert "The Board" in code.paragraphs and "Chair of the Board" in code.paragraphs
    budget = adaptkit_build("budget-workplan", region="aswa")
    assert any(p.startswith(FISCAL_HOSTING_BUDGET) for p in budget.paragraphs)
    assert "Amounts in USD" in footer_text(budget)
    for registered in ("true", "yes"):
        code = adaptkit_build("code-of-conduct", region="aswa", values={"org.registered": registered})
        assert FISCAL_HOSTING_HEADING not in code.paragraphs and fired(code) == []
        budget = adaptkit_build("budget-workplan", region="aswa", values={"org.registered": registered})
        assert not any(p.startswith(FISCAL_HOSTING_BUDGET) for p in budget.paragraphs)
    for not_registered in ("false", "no"):  # text from --set, not only YAML booleans
        code = adaptkit_build("code-of-conduct", region="aswa", values={"org.registered": not_registered})
        assert FISCAL_HOSTING_HEADING in code.paragraphs


def test_aswa_section_switch_yields_to_the_user(adaptkit_build):
    built = adaptkit_build("code-of-conduct", region="aswa", values={"sections.fiscal_hosting": "false"})
    assert FISCAL_HOSTING_HEADING not in built.paragraphs


def test_aswa_kenya_is_hosted_by_keswa(adaptkit_build):
    budget = adaptkit_build("budget-workplan", region="aswa/ke", values={"org.registered": "true"})
    assert "Amounts in KES" in footer_text(budget)
    assert "All amounts in KES" in budget.paragraphs
    assert any(p.startswith(FISCAL_HOSTING_BUDGET) for p in budget.paragraphs)
    assert fired(budget) == [("aswa.ke-fiscal-host", "aswa")]
    code = adaptkit_build("code-of-conduct", region="aswa/ke", values={"org.registered": "true"})
    assert FISCAL_HOSTING_HEADING in code.paragraphs
    assert any("worth up to 50 KES" in p for p in code.paragraphs)
    swahili = adaptkit_build("code-of-conduct", region="aswa/ke", locale="sw", values={"org.registered": "true"})
    assert swahili.result.locale == "sw"
    assert fired(swahili) == [("aswa.ke-fiscal-host", "aswa")]


# -- PLAPERTS ------------------------------------------------------------------------------------


def test_plaperts_preferred_term_in_the_code_of_conduct(adaptkit_build):
    built = adaptkit_build("code-of-conduct", region="plaperts")
    assert built.result.locale == "es"
    block = only_change(built, adaptkit_build("code-of-conduct", locale="es"))
    assert block[0] == "Las palabras que usamos en Latinoamérica"
    assert "“personas que ejercen el trabajo sexual”" in block[1]
    assert "mujeres, hombres y personas trans" in block[1]
    assert 3 <= len(block) <= 8
    if built.paragraphs[0] == "Code of Conduct":  # untranslated: the anchor's English neighbours
        block_at(built.paragraphs, block[0], BEFORE_REGIONAL_ANNEX, AFTER_REGIONAL_ANNEX)


def test_plaperts_term_is_a_context_value(adaptkit_build):
    built = adaptkit_build("code-of-conduct", region="plaperts", values={"terms.sex_workers": "TERM"})
    assert any("habla de “TERM”" in p for p in built.paragraphs)


def test_plaperts_ecuador_budgets_in_us_dollars(adaptkit_build):
    for region in ("plaperts", "plaperts/ec"):
        budget = adaptkit_build("budget-workplan", region=region)  # Spanish: look for the code, not the words
        assert "USD" in footer_text(budget)
        assert any(p.endswith(" USD") for p in budget.paragraphs[:10])  # the cover's currency cell
    code = adaptkit_build("code-of-conduct", region="plaperts/ec")
    assert "Las palabras que usamos en Latinoamérica" in code.paragraphs


# -- CSWC ----------------------------------------------------------------------------------------


def test_cswc_multi_country_reporting_block(adaptkit_build):
    built = adaptkit_build("code-of-conduct", region="cswc")
    block = only_change(built, adaptkit_build("code-of-conduct"))
    assert block == block_at(built.paragraphs, "Working and reporting across the Caribbean",
                             BEFORE_SECURITY_CONTEXT, AFTER_SECURITY_CONTEXT)
    assert block[1].endswith("Its reports cover: Antigua and Barbuda, Dominican Republic, Grenada, Guyana, "
                             "Jamaica, Suriname, Trinidad and Tobago.")
    assert any("Dutch for Suriname" in p for p in block)
    assert 5 <= len(block) <= 8


def test_cswc_builds_in_dutch_and_spanish(adaptkit_build):
    for locale in ("nl", "es"):
        built = adaptkit_build("budget-workplan", region="cswc", locale=locale)
        assert built.result.locale == locale
        assert "USD" in footer_text(built)


# -- ESWA ----------------------------------------------------------------------------------------


def test_eswa_code_of_conduct_names_and_voting(adaptkit_build):
    paragraphs = adaptkit_build("code-of-conduct", region="eswa").paragraphs
    assert "The Board of Directors" in paragraphs
    assert any("suspension of its membership by the Board of Directors" in p for p in paragraphs)
    block = block_at(paragraphs, "Members, voting and this Code", BEFORE_REGIONAL_ANNEX, AFTER_REGIONAL_ANNEX)
    assert 4 <= len(block) <= 8
    voters = next(p for p in block if p.startswith("full members"))
    assert "registered or not" in voters and "elections to the Board of Directors" in voters
    assert any(p.startswith("supporters") and p.endswith("do not vote.") for p in block)
    assert any("worth up to 50 EUR" in p for p in paragraphs)


def test_eswa_budget_in_euros(adaptkit_build):
    built = adaptkit_build("budget-workplan", region="eswa")
    assert "Amounts in EUR" in footer_text(built)
    assert "EUR" in footer_text(adaptkit_build("budget-workplan", region="eswa", locale="fr"))
    assert any(p.startswith("The Board of Directors, on ") and "2025" in p for p in built.paragraphs)
