"""APNSW — Asia Pacific Network of Sex Workers.

Facts this plugin encodes:

* Working languages: English first (written in plain English, for readers who use
  it as a second language: ``plain_english: true``), then Thai, Burmese,
  Indonesian and Khmer.
* The secretariat is in Bangkok, Thailand (``secretariat.city``,
  ``secretariat.country``).
* The governing body is the Management Committee, which has a chairperson; the
  Code of Conduct's escalation contact follows that name.
* Membership is open to sex worker-led organisations and networks and to civil
  society organisations that give rights-based services to sex workers in the
  region; members take part in electing the Management Committee (APNSW's
  public membership page). Encoded as one voting class.
* Money: local costs are paid in Thai baht (``currency: THB``), but donor
  agreements are in US dollars (``reporting_currency: USD``), so the regional
  multi-donor budget and workplan is drawn up in USD. Country overlays budget in
  their own currency.
* Multi-donor cost allocation: the model budget already explains the
  allocation key; drawing the regional budget up in the donors' currency keeps
  the key and the shared-cost lines in the currency the donors are reported to.
  (A regional note on allocation needs an anchor in budget-workplan first.)
* Overlay: ``apnsw/mm`` (Myanmar, Burmese first, Myanmar kyat).

Rules: ``apnsw.security-context`` (code-of-conduct: working safely where sex
work is policed), ``apnsw.escalation-contact`` (code-of-conduct: Chair of the
Management Committee), ``apnsw.donor-currency`` (budget-workplan: USD for the
regional network's own budget).
"""

from __future__ import annotations

from pathlib import Path

from adaptkit import Block, MembershipClass, Region, Rule, hookimpl

SNIPPETS = Path(__file__).parent / "snippets"


@hookimpl
def register_regions(register):
    register(
        Region(
            code="apnsw",
            name="Asia Pacific Network of Sex Workers (APNSW)",
            locales=("en", "th", "my", "id", "km"),
            currency="THB",
            governing_body="Management Committee",
            membership_classes=(
                MembershipClass("Member", True, "A sex worker-led organisation or network, or a civil society "
                                                "organisation that provides rights-based services to sex workers "
                                                "in Asia and the Pacific."),
            ),
            context={
                "network": {"region_name": "Asia and the Pacific"},
                "secretariat": {"city": "Bangkok", "country": "Thailand"},
                "reporting_currency": "USD",
                "plain_english": True,
            },
            description="Regional network of sex worker-led organisations in Asia and the Pacific.",
        )
    )
    register(Region(code="apnsw/mm", name="Myanmar", locales=("my", "en"), countries=("MM",), currency="MMK",
                    context={"country": {"name": "Myanmar"}}))


@hookimpl
def register_rules(register):
    register(Rule(
        id="apnsw.security-context",
        region="apnsw",
        templates=("code-of-conduct",),
        insert=(Block("security_context", SNIPPETS / "security-context.docx"),),
        description="Adds plain-English guidance on working safely where sex work is policed in Asia and the Pacific.",
    ))
    register(Rule(
        id="apnsw.escalation-contact",
        region="apnsw",
        templates=("code-of-conduct",),
        set={"escalation_contact.role": "Chair of the Management Committee"},
        description="APNSW has a Management Committee, not a Board: concerns about its members go to its chair.",
    ))
    register(Rule(
        id="apnsw.donor-currency",
        region="apnsw",
        templates=("budget-workplan",),
        when="region.code == 'apnsw'",
        set={"currency": "USD"},
        description="APNSW pays local costs in THB but its donor agreements are in USD, so the regional "
                    "multi-donor budget and its cost allocation are in USD. Country overlays keep their currency.",
    ))


@hookimpl
def register_glossaries(register):
    for path in sorted((Path(__file__).parent / "glossary").glob("*.yaml")):
        register(path)


@hookimpl
def register_catalog_dirs(register):
    register(Path(__file__).parent / "locales")
