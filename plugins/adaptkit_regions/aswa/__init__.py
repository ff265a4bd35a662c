"""ASWA — African Sex Workers Alliance, the pan-African alliance of sex worker-led organisations.

Facts this plugin encodes:

* Working languages: English, French, Portuguese and Kiswahili.
* The secretariat is registered in Kenya and based in Nairobi
  (``secretariat.city``, ``secretariat.country``). ASWA is led by a Board and
  its membership meetings: the model's own names, so they are not overridden.
* Members come from most of the continent and are organised and represented by
  sub-region: ``subregions`` lists East, West, Central and Southern Africa.
  (ASWA also works through sub-regional platforms and has recent members in
  North Africa; adjust the list to the seats in ASWA's own constitution.)
* In many African countries sex worker-led groups cannot register as legal
  entities. Where a member is not registered, it receives funds through a fiscal
  host: rule ``aswa.fiscal-host`` switches on the fiscal hosting section of the
  templates that declare it whenever ``org.registered`` is not true. Give
  ``org.registered: true`` in a data file to leave it out.
* Overlay ``aswa/ke`` (Kenya: English, Kiswahili; Kenyan shilling): the Kenya
  Sex Workers Alliance (KESWA) acts as fiscal host for ASWA's funds
  (``fiscal_host``); rule ``aswa.ke-fiscal-host`` always switches the fiscal
  hosting section on. Check the current arrangement before relying on it.
"""

from __future__ import annotations

from adaptkit import Region, Rule, hookimpl

HOSTED_TEMPLATES = ("code-of-conduct", "budget-workplan", "governance-manual", "financial-manual", "membership-policy",
                    "financial-report")

# ``--set org.registered=false`` arrives as the text "false", which Jinja counts as true.
NOT_REGISTERED = "not org.registered or (org.registered | string | lower) in ('false', 'no', '0', 'off')"


@hookimpl
def register_regions(register):
    register(
        Region(
            code="aswa",
            name="African Sex Workers Alliance (ASWA)",
            locales=("en", "fr", "pt", "sw"),
            context={
                "network": {"region_name": "Africa"},
                "secretariat": {"city": "Nairobi", "country": "Kenya"},
                "subregions": ["East Africa", "West Africa", "Central Africa", "Southern Africa"],
            },
            description="Pan-African alliance of sex worker-led organisations.",
        )
    )
    register(
        Region(
            code="aswa/ke",
            name="Kenya",
            locales=("en", "sw"),
            countries=("KE",),
            currency="KES",
            context={
                "country": {"name": "Kenya", "capital": "Nairobi"},
                "fiscal_host": {"name": "Kenya Sex Workers Alliance (KESWA)", "short_name": "KESWA",
                                "country": "KE"},
            },
        )
    )


@hookimpl
def register_rules(register):
    register(Rule(
        id="aswa.fiscal-host",
        region="aswa",
        templates=HOSTED_TEMPLATES,
        when=NOT_REGISTERED,
        sections={"fiscal_hosting": True},
        description="Many sex worker-led groups in Africa cannot register; an unregistered member "
                    "receives its funds through a fiscal host.",
    ))
    register(Rule(
        id="aswa.ke-fiscal-host",
        region="aswa/ke",
        templates=HOSTED_TEMPLATES,
        sections={"fiscal_hosting": True},
        description="The Kenya Sex Workers Alliance (KESWA) acts as fiscal host for ASWA's funds.",
    ))
