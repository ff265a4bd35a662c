"""The global model: the network's documents as written, with no regional adaptation.

Every region and overlay inherits from ``global``, so the values here are the
defaults every adaptation starts from.
"""

from __future__ import annotations

from pathlib import Path

from adaptkit import MembershipClass, Region, hookimpl


@hookimpl
def register_regions(register):
    register(
        Region(
            code="global",
            name="Global model (no adaptation)",
            locales=("en", "fr", "es", "ru", "zh"),
            currency="USD",
            fiscal_year_start="01-01",
            paper_size="A4",
            governing_body="Board",
            assembly_name="General Assembly",
            membership_classes=(
                MembershipClass("Full member", True, "A sex worker-led organisation or network."),
                MembershipClass("Associate member", False, "An ally organisation that supports the network's aims."),
            ),
            description="The model documents as the global network keeps them.",
        )
    )


@hookimpl
def register_glossaries(register):
    for path in sorted((Path(__file__).parent / "glossary").glob("*.yaml")):
        register(path)
