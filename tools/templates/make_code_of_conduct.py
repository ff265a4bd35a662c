"""Generate template_library/code-of-conduct/template.docx.

    python tools/templates/make_code_of_conduct.py

The text is the model Code of Conduct of the network; variables and optional
sections are declared in template.yaml next to the .docx. A few tags are written
across several runs with different formatting on purpose, as Word does when a
person formats part of a tag, so that the template exercises the engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx.enum.table import WD_ALIGN_VERTICAL  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402

import common as c  # noqa: E402
from common import para, bullets, numbered, control  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "template_library" / "code-of-conduct" / "template.docx"

B = {"b": True}
I = {"i": True}
U = {"u": True}

FOCAL = "{{ concern_contact.role }}"


def cover(doc, width):
    para(doc, "Code of Conduct", style="Title")
    # split tag: bold start, plain end
    para(doc, ("{{ org.", B), "name }}", style="Subtitle")

    info = c.make_table(doc, [Cm(4.0), width - Cm(4.0)], rows=0, borders=False)
    rows = [
        ("Applies to", ["Member organisations of {{ org.short_name }} and everyone who acts for the network"]),
        ("Approved by", ["The {{ governing_body }}"]),
        ("Effective from", ["{{ effective_date }}"]),
        ("Version", ["{{ version }}"]),
        ("Next review", ["Within {{ review_period_months }} months of the effective date"]),
    ]
    for label, value in rows:
        row = c.add_row(info)
        c.cell_text(row.cells[0], (label, {"b": True, "color": c.MUTED}))
        c.cell_text(row.cells[1], *value)
    para(doc, "")

    box = c.make_table(doc, [width], rows=1, borders=False)
    cell = box.rows[0].cells[0]
    c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(cell, ("This Code in brief", {"b": True, "color": c.ACCENT}), style="Callout")
    bullets(cell, [
        "Treat everyone with dignity. Sex workers lead this network, and their voices, "
        "choices and knowledge come first.",
        "Protect people’s identities. Never name, photograph or share information about "
        "anyone without their clear consent.",
        "Use the network’s money and trust honestly, and say so when you have a conflict "
        "of interest.",
        "Never use your position to exploit or abuse anyone, sexually or in any other way.",
        "If something is wrong, speak up. You will be listened to, your concern will be "
        "handled in confidence, and you will not be punished for raising it honestly.",
    ])
    para(doc, "")


def purpose(doc):
    para(doc, "1. Purpose and scope", style="Heading 1")
    # Word-style split: the first brace alone in a bold run, the rest of the tag
    # bold in a run with its own colour
    para(doc, ("{", B), ("{ org.name }}", {"b": True, "color": c.TEXT}),
         " ({{ org.short_name }}) is a network of sex worker-led "
         "organisations. We work for a world in which sex workers are safe, respected and free "
         "to make decisions about their own lives and work, without criminalisation, violence "
         "or stigma. Our members, partners and donors trust us with sensitive information, "
         "with resources and with the safety of the people we work with. This Code of Conduct "
         "sets out the standards of behaviour that protect that trust.")
    para(doc, "The Code describes what we expect; it cannot describe every situation you may "
         "meet. When you are unsure what to do, ask yourself whether your action respects the "
         "people affected, keeps them safe, and could be explained openly to the members of "
         f"the network. If you are still unsure, ask the {FOCAL} for advice.")

    para(doc, "Who this Code applies to", style="Heading 2")
    para(doc, "The Code applies to everyone who acts for {{ org.short_name }}, in any country "
         "and in any setting, including online:")
    bullets(doc, [
        "members of the {{ governing_body }} and of its committees and working groups;",
        "staff, interns and volunteers of the secretariat;",
        "consultants, trainers, interpreters, researchers and other contractors while they "
        "work for the network;",
        "member organisations and the people who represent them, when they take part in "
        "network activities, use funds that come through the network, or speak on behalf "
        "of the network.",
    ])
    para(doc, "It also applies to participants in meetings, trainings and other events "
         "organised by the network, for as long as the activity lasts.")

    para(doc, "How the Code relates to other rules", style="Heading 2")
    para(doc, "Member organisations keep their own policies. Where a member organisation’s "
         "policy and this Code deal with the same subject in different ways, the rule that "
         "gives better protection to sex workers and other community members applies.")
    para(doc, "This Code does not replace the law. It does recognise that laws on sex work, "
         "drug use, migration, HIV and sexuality often harm the people we work with. If you "
         "believe that following a legal requirement would put someone in danger, do not act "
         f"alone: ask the {FOCAL} for advice before you do anything.")

    control(doc, "{%p if sections.fiscal_hosting %}")
    para(doc, "Organisations hosted by a fiscal host", style="Heading 2")
    para(doc, "Some member organisations, and in some countries the network itself, are not "
         "registered as legal entities of their own and receive funds through a fiscal host. "
         "In that case the fiscal host’s financial rules also apply to the use of those "
         "funds. The hosted organisation still decides on its own work, its own members and "
         "its own data.")
    para(doc, "Staff of a fiscal host see only the financial information they need to do "
         "their job, such as invoices and contracts. They have no access to membership "
         "lists, case records or other personal data of community members unless the hosted "
         "organisation has agreed to it in writing. Concerns about the conduct of a fiscal "
         "host can be raised in the same way as any other concern under this Code "
         "(see section 6).")
    control(doc, "{%p endif %}")


def respect(doc):
    para(doc, "2. Respect and non-discrimination", style="Heading 1")
    para(doc, "Sex workers are the experts on their own lives. The network exists to support "
         "their leadership, and everyone who acts for it is expected to show this in their "
         "daily work.")
    para(doc, "What we expect", style="Heading 2")
    bullets(doc, [
        "Treat everyone with dignity and courtesy — in meetings, in writing and online — "
        "including people you disagree with.",
        "Respect people’s own decisions about their work, their bodies and their lives. "
        "Do not try to “rescue” or shame anyone.",
        "Make room for everyone to take part: speak plainly, leave time for interpretation, "
        "and check that people who use a second language, or who do not read easily, have "
        "understood.",
        "Respect the decisions of the {{ assembly_name }} and the {{ governing_body }}, and "
        "raise disagreement through the channels the network provides.",
    ])
    para(doc, "What is not acceptable", style="Heading 2")
    para(doc, "We do not accept discrimination, harassment or bullying against anyone, on any "
         "ground, including occupation and sex work; gender and gender identity; sex "
         "characteristics; sexual orientation; HIV or other health status; drug use; "
         "migration or residence status; race, ethnicity, caste or colour; religion or "
         "belief; disability; age; language; class; family status; or a criminal record. "
         "Examples include:")
    bullets(doc, [
        "insulting, threatening or intimidating behaviour, in person or online;",
        "unwanted sexual comments, jokes, looks, messages or touching;",
        "stigmatising language about sex work, drug use, HIV or gender identity, "
        "including in jokes;",
        "deliberately using the wrong name or pronoun for a person;",
        "leaving people out of activities or decisions because of who they are.",
    ])
    para(doc, "Use the words people use for themselves. In this network we speak of sex "
         "workers, sex work and sex worker-led organisations, and of key populations when we "
         "mean the wider communities most affected by HIV and by criminalisation. When you "
         "are not sure how to describe a person or a community, ask them.")


def confidentiality(doc):
    para(doc, "3. Confidentiality and security culture", style="Heading 1")
    para(doc, "Many of our members live and work where sex work, or some part of it, is a "
         "crime, and where people are also prosecuted because of their gender identity, "
         "sexuality, drug use, HIV status or migration status. In such places a name, a face "
         "in a photo or a phone number in the wrong hands can lead to arrest, violence, "
         "eviction, deportation, the loss of other work, or the loss of contact with one’s "
         "children. For us, protecting identities is a matter of safety, not only of privacy.")
    para(doc, "Security culture means that everyone does a little, every day: we share only "
         "what is needed, we ask before we share, and we tell each other at once when "
         "something goes wrong.")

    para(doc, "Identities and consent", style="Heading 2")
    numbered(doc, [
        "Never name a person as a sex worker, or reveal their health, HIV status, gender "
        "identity, sexuality, drug use or migration status, without their clear and informed "
        "consent for that specific purpose. Consent to one use is not consent to every use, "
        "and a person may withdraw consent at any time.",
        "Do not confirm to anyone outside the network — including journalists, officials, "
        "landlords and family members — whether a person is a member, uses a service or has "
        "taken part in an activity.",
        "Ask before you photograph, film or record anyone, and explain where the image will "
        "be used. Unless a person has agreed to be shown, do not show faces, tattoos, "
        "distinctive clothing or places that could identify them. Respect “no photo” areas "
        "at meetings.",
        "When you share a person’s story, ask them first, and change names and details so "
        "that they cannot be recognised.",
        "Never publish or forward lists of members, participants or contacts. When you write "
        "to a group of people who may not know each other, use blind copy (BCC).",
        "If the police, immigration officers or other authorities ask for information about "
        "members or participants, do not hand anything over on the spot. Pass the request to "
        f"the {FOCAL} and ask for legal advice.",
    ])

    para(doc, "Handling information", style="Heading 2")
    bullets(doc, [
        "Collect only the personal information the work needs, and tell people why you "
        "collect it and who will see it.",
        "Keep personal information only in places the network has approved for it — not "
        "on personal accounts, in open shared folders or in group chats.",
        "Keep paper records locked away, and do not leave notes, name badges or attendance "
        "lists behind in meeting rooms.",
        "Delete or destroy personal information when it is no longer needed.",
        "Take care when you travel: carry only the information you need, and assume that "
        "devices may be searched at borders.",
    ])

    # split paragraph tag: plain start, bold end
    para(doc, "{%p if sections.", ("online_security %}", B), style="Template Control")
    para(doc, "Digital security", style="Heading 2")
    para(doc, "Most of our work happens on phones and computers. Everyone who handles network "
         "information is expected to follow these basic practices:")
    bullets(doc, [
        "Lock every device with a PIN or password, turn on encryption, and keep the system "
        "and apps up to date.",
        "Use a different strong password for each account, a password manager, and two-step "
        "verification on the email, cloud storage and social media accounts you use for "
        "network work.",
        "Use end-to-end encrypted messaging for sensitive conversations, turn on "
        "disappearing messages where this helps, and check who is in a group before you post.",
        "Remove location data from photos before you share them, and do not tag people or "
        "places in posts without consent.",
        "Be careful with links and attachments you did not expect, even from people you know. "
        "When in doubt, check with the sender in another way.",
        "Report a lost or stolen device, a hacked account or a suspicious message to the "
        f"{FOCAL} at once, and in any case within 24 hours.",
    ])
    control(doc, "{%p endif %}")

    para(doc, "If information gets out", style="Heading 2")
    para(doc, "Mistakes happen. If personal information is sent to the wrong person, lost or "
         f"published, tell the {FOCAL} at once: acting quickly can prevent harm. The network "
         "will assess the risk, warn and support the people affected, and learn from what "
         "happened. Nobody is punished for promptly reporting an honest mistake of their own; "
         "hiding one is a breach of this Code.")
    # where region plugins insert guidance on their legal and security context
    control(doc, "{#p anchor security_context #}")


def integrity(doc):
    para(doc, "4. Conflicts of interest, fraud and the use of resources", style="Heading 1")
    para(doc, "The money and goods the network manages are entrusted to us by donors and are "
         "spent in the name of sex workers. Everyone who acts for the network must use them "
         "honestly, carefully and only for the purposes agreed.")

    para(doc, "Conflicts of interest", style="Heading 2")
    para(doc, "A conflict of interest exists when your personal interests — or those of your "
         "family, partner, friends or your own organisation — could influence, or could seem "
         "to influence, a decision that you take or help to take for the network. Having a "
         "conflict of interest is not wrong in itself; hiding it is.")
    para(doc, "Examples are: helping to select a grant for an organisation you lead or work "
         "for; hiring or supervising a relative or partner; buying services from a business "
         "owned by a friend; or accepting paid work from an organisation that is applying for "
         "network funds. When you have a conflict of interest:")
    numbered(doc, [
        "Declare it in writing as soon as you are aware of it — to your supervisor or, if "
        "you are a member of the {{ governing_body }}, to its chair.",
        "Do not take part in the discussion or the decision concerned, and do not try to "
        "influence the people who do.",
        "Make sure that the declaration, and how it was handled, is recorded. The secretariat "
        "keeps a register of declared interests, which the {{ governing_body }} reviews "
        "every year.",
    ])

    para(doc, "Gifts and hospitality", style="Heading 2")
    para(doc, "Do not ask for gifts, favours or payments of any kind in connection with your "
         "work for the network. You may accept small tokens of appreciation, such as a meal, "
         "worth up to {{ gift_limit }} {{ currency }}. Declare any gift of higher value to "
         "your supervisor, who decides whether it is returned, shared or kept by the network. "
         "Never accept anything offered in exchange for a decision, a grant or a contract.")

    para(doc, "Fraud and corruption", style="Heading 2")
    para(doc, "The network does not tolerate fraud, theft, bribery or any other misuse of "
         "funds, whoever is involved and whatever the amount. This includes, for example:")
    bullets(doc, [
        "false or inflated invoices, receipts, allowances or travel claims;",
        "invented participants, signatures or activities;",
        "charging the same cost to two donors, or to a donor and the network;",
        "using network money, equipment or accounts for private purposes;",
        "offering or accepting a bribe, including a payment to speed up an official "
        "procedure.",
    ])
    para(doc, "If an official demands a payment in a situation that threatens someone’s "
         "safety — during an arrest, for example — protecting people comes first. Report "
         f"what happened to the {FOCAL} as soon as it is safe to do so, so that it can be "
         "recorded and explained honestly to donors.")

    para(doc, "Records and reports", style="Heading 2")
    para(doc, "Keep accurate records of all money received and spent, with original receipts "
         "wherever possible. Reports to the {{ governing_body }}, to the {{ assembly_name }} "
         "and to donors must be true and complete. If you find a mistake in a report, say so, "
         "even after it has been sent.")


def exploitation(doc):
    para(doc, "5. No exploitation or abuse", style="Heading 1")
    para(doc, "Sex workers face violence, exploitation and abuse — from police, clients and "
         "third parties and, too often, from people and organisations that claim to help "
         "them. The network must never be a place where this happens. Everyone who acts for "
         "the network has a duty to prevent exploitation and abuse, and to report it.")

    para(doc, "What is never acceptable", style="Heading 2")
    bullets(doc, [
        [("Sexual exploitation: ", B),
         "using your role, money, or access to jobs, grants, travel, services or information "
         "to obtain sex or any sexual act from anyone — including members of the network and "
         "the sex workers we work with. This rule is about the abuse of power that comes with "
         "a role in the network. It is not a judgement about sex work or about anyone’s "
         "private life."],
        [("Sexual abuse and harassment: ", B),
         "any sexual contact or behaviour without consent."],
        [("Sexual activity with a child: ", B),
         "any sexual activity with a person under 18, whatever the local age of consent. "
         "Believing that the person was older is no excuse."],
        [("Trafficking and forced labour: ", B),
         "forcing or pressuring any person into work of any kind, holding their documents, "
         "or keeping them in debt bondage."],
        [("Violence and threats: ", B),
         "physical or psychological violence, blackmail, and “outing” a person or "
         "threatening to do so."],
        [("Using community members: ", B),
         "using the knowledge, stories, images or work of community members in research, "
         "fundraising or publicity without their consent, or without fair pay for the work "
         "they do."],
    ])

    para(doc, "Relationships and power", style="Heading 2")
    para(doc, "Staff and representatives of the network must not begin a sexual or romantic "
         "relationship with a person they supervise, or with a person who receives support, "
         "a grant or a service that they decide on or deliver. Where such a relationship "
         "already exists, declare it as a conflict of interest so that the work can be "
         "organised in a way that protects both people.")

    para(doc, "Safeguarding at activities", style="Heading 2")
    bullets(doc, [
        "Whoever organises a meeting, training or event checks in advance that the venue, "
        "accommodation and travel are safe for all participants, including trans "
        "participants, migrants and people who use drugs.",
        "Every activity has a named person to whom participants can bring a concern, and "
        "participants are told at the start who that person is.",
        "Children and adults at risk take part in activities only when the activity is "
        "designed for them and proper safeguards are in place.",
        "No one is required to tell their personal story, appear in photos or speak to the "
        "media in order to take part.",
    ])

    para(doc, "Supporting people who report harm", style="Heading 2")
    para(doc, "When someone tells you about exploitation or abuse, listen, believe them and "
         "thank them for telling you. Do not investigate the matter yourself, do not confront "
         "the person accused, and do not promise complete secrecy. Explain that you will pass "
         f"the concern to the {FOCAL}, and ask what the person needs in order to be safe. "
         "Wherever possible, decisions about what happens next are taken together with the "
         "person affected.")


def concerns(doc, width):
    para(doc, "6. How to raise a concern", style="Heading 1")
    para(doc, "Anyone can raise a concern under this Code: members, staff, participants, "
         "partners, donors and members of the public. You do not need proof. An honest "
         "concern is enough, and it is better to raise a concern that turns out to be "
         "unfounded than to stay silent.")

    para(doc, "Who to contact", style="Heading 2")
    para(doc, "Contact one of the people below, in writing, by phone or in person. You may "
         "write in your own language, ask someone you trust to contact us for you, or raise "
         "a concern anonymously. Anonymous concerns are taken seriously, although they can be "
         "harder to follow up.", keep_next=True)

    t = c.make_table(doc, [Cm(4.6), Cm(4.8), width - Cm(9.4)], rows=1)
    c.header_row(t, ["Who", "How to reach them", "When to use this"])
    contacts = [
        ([FOCAL],
         # tag split over three runs with different formatting
         ["{{", (" concern_contact.email ", U), ("}}", I)],
         ["Any concern under this Code, including exploitation, abuse, harassment, "
          "discrimination, fraud and conflicts of interest."]),
        ([FOCAL],
         ["{{ concern_contact.email }}, as soon as possible"],
         ["A lost or stolen device, a hacked account or a leak of personal information. "
          "Report within 24 hours."]),
        (["{{ escalation_contact.role }}"],
         ["{{ escalation_contact.email }}"],
         [f"The concern is about the {FOCAL}, the head of the secretariat or a member of "
          "the {{ governing_body }}; or you have had no reply within {{ acknowledge_days }} "
          "working days."]),
        (["Your own organisation’s focal point"],
         ["As published by your organisation"],
         ["A matter inside a member organisation that does not involve the network’s "
          "activities, people or funds."]),
        (["A trusted local emergency or support service"],
         ["Locally"],
         ["Someone is in immediate danger. Help them get safe first, then tell us."]),
    ]
    for who, how, when in contacts:
        row = c.add_row(t)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], *[(p, B) if isinstance(p, str) else p for p in who])
        c.cell_text(row.cells[1], *how)
        c.cell_text(row.cells[2], *when)
    para(doc, "")

    para(doc, "What happens next", style="Heading 2")
    numbered(doc, [
        f"The {FOCAL} acknowledges your concern within {{{{ acknowledge_days }}}} working "
        "days and, if you wish, talks with you about what you need in order to be safe.",
        "They assess what kind of concern it is and how urgent it is. Where someone may be "
        "at risk, steps to protect them are taken at once.",
        "If an investigation is needed, it is carried out by people who have no conflict of "
        "interest in the matter — in serious cases, by an independent investigator appointed "
        "by the {{ governing_body }}.",
        "The person concerned is told what they are accused of and has a fair opportunity to "
        "respond.",
        "We aim to complete the process within {{ resolution_days }} days. If it takes "
        "longer, you are told why and kept informed.",
        "You are told the outcome, as far as the privacy of other people allows.",
    ])

    para(doc, "Confidentiality and protection from retaliation", style="Heading 2")
    para(doc, "Concerns are handled in confidence. Information is shared only with the people "
         "who need it to deal with the concern. Your identity is not revealed without your "
         "consent unless this is needed to protect someone from serious harm; in that case "
         "you are told first.")
    para(doc, "No one may be punished, threatened, excluded or disadvantaged in any way for "
         "raising a concern in good faith, for supporting someone who does, or for giving "
         "information in an investigation. Retaliation is itself a serious breach of this "
         "Code. Knowingly making a false accusation in order to harm someone is also a breach.")

    para(doc, "Involving the authorities", style="Heading 2")
    para(doc, "Because sex work, and the lives of many community members, are criminalised, "
         "the network does not report a matter to the police or other authorities without the "
         "consent of the person affected, unless the law requires it or a child or another "
         "person is at risk of serious harm. In those cases we take legal advice, tell the "
         "person affected first wherever it is safe to do so, and share only what is "
         "necessary.")


def consequences(doc):
    para(doc, "7. Consequences of a breach", style="Heading 1")
    para(doc, "Breaches of this Code are taken seriously. The response depends on how serious "
         "the breach is, whether it was deliberate, and whether it has happened before. "
         "Possible consequences include:")
    bullets(doc, [
        "guidance, coaching or training;",
        "a written warning;",
        "removal from a role, a committee or an activity;",
        "ending an employment, consultancy or volunteer agreement, in line with the contract "
        "and the law;",
        "suspending or ending a grant, and recovering funds that were misused;",
        "for a member organisation: suspension of its membership by the {{ governing_body }}, "
        "or its exclusion from the network by decision of the {{ assembly_name }}, as the "
        "network’s governing documents provide.",
    ])
    para(doc, "Where a donor agreement requires it, the network informs the donor concerned, "
         "without naming the people affected unless they have agreed. Every decision follows "
         "a fair process: the person concerned is heard before a decision is taken, may be "
         "accompanied by a person of their choice, and may appeal to the {{ governing_body }} "
         "within {{ appeal_days }} days of being told the decision.")
    control(doc, "{#p anchor regional_annex #}")


def review(doc):
    para(doc, "8. Review of this Code", style="Heading 1")
    para(doc, "The {{ governing_body }} reviews this Code at least every ",
         ("{{ review_period", B), ("_months }}", I),
         " months, and sooner if the law changes in a way that affects members or if a "
         "serious incident shows that the Code needs to change. Member organisations are "
         "consulted on every review, and the {{ assembly_name }} is informed of the changes.")
    para(doc, "This version of the Code was approved by the {{ governing_body }} and takes "
         "effect on {{ effective_date }}. It replaces all earlier versions.")


def acknowledgement(doc, width):
    h = para(doc, "Acknowledgement", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "Everyone who acts for the network signs this acknowledgement when they start, "
         "and again when a new version of the Code is approved.")
    p = para(doc, "I confirm that I have received, read and understood the Code of Conduct of "
             "{{ org.name }}, version {{ version }}, effective from {{ effective_date }}. "
             "I agree to follow it in all my work for the network, and I know how to raise "
             "a concern.")
    c.shade_paragraph(p)
    para(doc, "")

    sig = c.make_table(doc, [Cm(5.0), width - Cm(5.0)], rows=0, borders=False)
    for label in ("Name", "Role and organisation", "Signature", "Place and date"):
        row = c.add_row(sig)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], (label, {"b": True, "color": c.MUTED}))
        c.cell_text(row.cells[1], "")
        c.set_cell_bottom_border(row.cells[1])
        tr_h = row._tr.get_or_add_trPr()
        height = OxmlElement("w:trHeight")
        height.set(qn("w:val"), "680")
        height.set(qn("w:hRule"), "atLeast")
        # trHeight goes after cantSplit and before tblHeader
        tr_h.find(qn("w:cantSplit")).addnext(height)
        for cell in row.cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
    para(doc, "")
    para(doc, "The signed form contains personal data. The secretariat keeps it in a secure "
         "place, does not share it, and destroys it when the person no longer acts for the "
         "network.", style="Note")


def build() -> None:
    doc, width = c.new_document()
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Code of Conduct"],
        footer_parts=["Version {{ version }} · Effective {{ effective_date }}"],
    )
    cover(doc, width)
    purpose(doc)
    respect(doc)
    confidentiality(doc)
    integrity(doc)
    exploitation(doc)
    concerns(doc, width)
    consequences(doc)
    review(doc)
    acknowledgement(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Code of Conduct",
        subject="Code of conduct for member organisations and everyone who acts for the network",
        keywords="code of conduct; safeguarding; confidentiality; security culture; "
                 "conflict of interest; anti-fraud; sex worker-led organisations",
        category="manual",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
