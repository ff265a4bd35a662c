"""SWAN — Sex Workers' Rights Advocacy Network, Central and Eastern Europe and Central Asia.

Facts this plugin encodes:

* Russian is the network's first working language, then English and Ukrainian.
* The governing body is the Management Committee, elected by the General Meeting.
* Membership is tiered: only sex worker-led member organisations vote; allied
  organisations and individual supporters take part without a vote.
* Overlays: ``swan/kg`` (Kyrgyzstan, Russian) and ``swan/ua`` (Ukraine, Ukrainian).
"""

from __future__ import annotations

from pathlib import Path

from adaptkit import Block, MembershipClass, Region, Rule, hookimpl

SNIPPETS = Path(__file__).parent / "snippets"
LOCALES = Path(__file__).parent / "locales"  # translations of SWAN's own blocks


@hookimpl
def register_regions(register):
    register(
        Region(
            code="swan",
            name="Sex Workers' Rights Advocacy Network (SWAN)",
            locales=("ru", "en", "uk"),
            countries=("AL", "AM", "AZ", "BA", "BG", "BY", "CZ", "EE", "GE", "HR", "HU", "KG", "KZ", "LT", "LV",
                       "MD", "ME", "MK", "PL", "RO", "RS", "RU", "SI", "SK", "TJ", "UA", "UZ"),
            currency="EUR",
            governing_body="Management Committee",
            assembly_name="General Meeting",
            membership_classes=(
                MembershipClass("Full member", True, "A sex worker-led organisation or group."),
                MembershipClass("Associate member", False, "An allied organisation that supports sex workers' rights."),
                MembershipClass("Individual supporter", False, "A person who supports the network's aims."),
            ),
            context={"network": {"region_name": "Central and Eastern Europe and Central Asia"}},
            description="Regional network of sex worker-led groups and allies in CEE and Central Asia.",
        )
    )
    register(Region(code="swan/kg", name="Kyrgyzstan", locales=("ru",), countries=("KG",), currency="KGS",
                    context={"country": {"name": "Kyrgyzstan", "capital": "Bishkek"}}))
    register(Region(code="swan/ua", name="Ukraine", locales=("uk", "ru"), countries=("UA",), currency="UAH",
                    context={"country": {"name": "Ukraine", "capital": "Kyiv"}}))


@hookimpl
def register_rules(register):
    register(Rule(
        id="swan.escalation-contact",
        region="swan",
        templates=("code-of-conduct",),
        set={"escalation_contact.role": "Chair of the Management Committee"},
        description="SWAN has a Management Committee, not a Board: concerns about its members go to its chair.",
    ))
    register(Rule(
        id="swan.tiered-membership",
        region="swan",
        templates=("membership-policy", "governance-manual", "election-procedure"),
        sections={"tiered_membership": True},
        description="Only sex worker-led member organisations vote in SWAN.",
    ))
    register(Rule(
        id="swan.security-context",
        region="swan",
        templates=("code-of-conduct",),
        insert=(Block("security_context", SNIPPETS / "security-context.docx"),),
        sections={"online_security": True},
        description="Adds guidance on working safely where sex work and activism are policed.",
    ))


@hookimpl
def register_catalog_dirs(register):
    register(LOCALES)


@hookimpl
def register_glossaries(register):
    for path in sorted((Path(__file__).parent / "glossary").glob("*.yaml")):
        register(path)
