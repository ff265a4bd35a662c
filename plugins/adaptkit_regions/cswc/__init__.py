"""CSWC — Caribbean Sex Work Coalition, a regional coalition of sex worker-led organisations.

Facts this plugin encodes:

* Working languages: English first, then Dutch (Suriname) and Spanish (the
  Dominican Republic).
* The coalition works, and reports to donors, across several countries at once.
  ``reporting.countries`` lists them with ISO 3166 code, name and language:
  Antigua and Barbuda, the Dominican Republic, Grenada, Guyana, Jamaica,
  Suriname and Trinidad and Tobago — countries whose sex workers have taken
  part in the coalition's regional meetings and trainings. It is a starting
  list: the coalition adds or removes countries in a data file.
* Budgets stay in US dollars (inherited from the model), since the coalition
  reports across several national currencies. The governing body and assembly
  keep the model's names.

Rules: ``cswc.multi-country-reporting`` (code-of-conduct: how to report across
small communities, countries and languages without making anyone recognisable).
"""

from __future__ import annotations

from pathlib import Path

from adaptkit import Block, Region, Rule, hookimpl

SNIPPETS = Path(__file__).parent / "snippets"

REPORTING_COUNTRIES = (
    ("AG", "Antigua and Barbuda", "en"),
    ("DO", "Dominican Republic", "es"),
    ("GD", "Grenada", "en"),
    ("GY", "Guyana", "en"),
    ("JM", "Jamaica", "en"),
    ("SR", "Suriname", "nl"),
    ("TT", "Trinidad and Tobago", "en"),
)


@hookimpl
def register_regions(register):
    register(
        Region(
            code="cswc",
            name="Caribbean Sex Work Coalition (CSWC)",
            locales=("en", "nl", "es"),
            countries=tuple(code for code, _, _ in REPORTING_COUNTRIES),
            context={
                "network": {"region_name": "the Caribbean"},
                "reporting": {"countries": [{"code": code, "name": name, "language": language}
                                            for code, name, language in REPORTING_COUNTRIES]},
            },
            description="Regional coalition of sex worker-led organisations in the Caribbean.",
        )
    )


@hookimpl
def register_rules(register):
    register(Rule(
        id="cswc.multi-country-reporting",
        region="cswc",
        templates=("code-of-conduct",),
        insert=(Block("security_context", SNIPPETS / "multi-country-reporting.docx"),),
        description="The coalition reports across several small countries and three languages; "
                    "adds guidance on keeping people unrecognisable in such reports.",
    ))


@hookimpl
def register_catalog_dirs(register):
    register(Path(__file__).parent / "locales")
