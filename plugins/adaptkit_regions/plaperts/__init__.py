"""PLAPERTS — Plataforma Latinoamericana de Personas que Ejercen el Trabajo Sexual.

Facts this plugin encodes:

* Working languages: Spanish first, then Portuguese.
* PLAPERTS brings together organisations of women, men and trans people who do
  sex work, and its preferred Spanish term is "personas que ejercen el trabajo
  sexual" (``terms.sex_workers``), which names the person before the work.
  Portuguese usage is left to the members (no term is set for it).
* The platform is based in Ecuador (Machala), a dollarised country, and its
  regional budgets are in US dollars (``currency: USD``). The governing body and
  assembly keep the model's names.
* Overlay ``plaperts/ec`` (Ecuador, Spanish): Ecuador uses the US dollar.

Rules: ``plaperts.preferred-term`` (code-of-conduct: a short note on the words
the network uses, in the regional annex). The budget and workplan has no anchor
yet for regional guidance, so PLAPERTS adds none there.
"""

from __future__ import annotations

from pathlib import Path

from adaptkit import Block, Region, Rule, hookimpl

SNIPPETS = Path(__file__).parent / "snippets"


@hookimpl
def register_regions(register):
    register(
        Region(
            code="plaperts",
            name="Plataforma Latinoamericana de Personas que Ejercen el Trabajo Sexual (PLAPERTS)",
            locales=("es", "pt"),
            currency="USD",
            context={
                "network": {"region_name": "Latin America"},
                "secretariat": {"city": "Machala", "country": "Ecuador"},
                "terms": {"sex_workers": "personas que ejercen el trabajo sexual"},
            },
            description="Latin American platform of organisations of women, men and trans people who do sex work.",
        )
    )
    register(Region(code="plaperts/ec", name="Ecuador", locales=("es",), countries=("EC",), currency="USD",
                    context={"country": {"name": "Ecuador", "capital": "Quito"}}))


@hookimpl
def register_rules(register):
    register(Rule(
        id="plaperts.preferred-term",
        region="plaperts",
        templates=("code-of-conduct",),
        insert=(Block("regional_annex", SNIPPETS / "preferred-term.docx"),),
        description="Explains the network's preferred term, personas que ejercen el trabajo sexual, and why.",
    ))


@hookimpl
def register_glossaries(register):
    for path in sorted((Path(__file__).parent / "glossary").glob("*.yaml")):
        register(path)


@hookimpl
def register_catalog_dirs(register):
    register(Path(__file__).parent / "locales")
