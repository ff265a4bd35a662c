"""ESWA — European Sex Workers' Rights Alliance (until 2021 ICRSE, the International Committee
on the Rights of Sex Workers in Europe), a sex worker-led network in Europe and Central Asia.

Facts this plugin encodes:

* Working languages: English, French, Spanish and Russian.
* The governing body is the Board of Directors; it approves new members.
* Budgets are in euros (ESWA is a foundation registered in Amsterdam,
  the Netherlands: ``secretariat``).
* Adapted voting criteria (ESWA's membership page): full members with a vote
  are national sex worker-led organisations and collectives, *registered or
  not*; supporters — allied organisations and service providers not led by sex
  workers — take part without a vote. (ESWA also admits thematic and
  sub-regional networks; their voting rights are not encoded here.)
* Members agree to respect ESWA's Code of Conduct when they join.

Rules: ``eswa.voting-criteria`` (code-of-conduct: who the members are, who
votes, and that the Code applies to all of them, in the regional annex).
"""

from __future__ import annotations

from pathlib import Path

from adaptkit import Block, MembershipClass, Region, Rule, hookimpl

SNIPPETS = Path(__file__).parent / "snippets"


@hookimpl
def register_regions(register):
    register(
        Region(
            code="eswa",
            name="European Sex Workers' Rights Alliance (ESWA)",
            locales=("en", "fr", "es", "ru"),
            currency="EUR",
            governing_body="Board of Directors",
            membership_classes=(
                MembershipClass("Full member", True, "A national sex worker-led organisation or collective, "
                                                     "registered or not."),
                MembershipClass("Supporter", False, "An allied organisation or service provider that is not "
                                                    "led by sex workers."),
            ),
            context={
                "network": {"region_name": "Europe and Central Asia",
                            "former_name": "International Committee on the Rights of Sex Workers in Europe (ICRSE)"},
                "secretariat": {"city": "Amsterdam", "country": "Netherlands"},
            },
            description="Sex worker-led network in Europe and Central Asia, formerly ICRSE.",
        )
    )


@hookimpl
def register_rules(register):
    register(Rule(
        id="eswa.escalation-contact",
        region="eswa",
        templates=("code-of-conduct",),
        set={"escalation_contact.role": "Chair of the Board of Directors"},
        description="Concerns about ESWA's Board members go to the Chair of the Board of Directors.",
    ))
    register(Rule(
        id="eswa.voting-criteria",
        region="eswa",
        templates=("code-of-conduct",),
        insert=(Block("regional_annex", SNIPPETS / "voting-criteria.docx"),),
        description="Sex worker-led members vote whether or not they are registered; supporters do not vote; "
                    "the Code applies to both.",
    ))


@hookimpl
def register_glossaries(register):
    for path in sorted((Path(__file__).parent / "glossary").glob("*.yaml")):
        register(path)


@hookimpl
def register_catalog_dirs(register):
    register(Path(__file__).parent / "locales")
