"""Generate template_library/governance-manual/template.docx.

    python tools/templates/make_governance-manual.py

The text is the model Governance Manual of the network: mission and values,
legal status (or a fiscal host), membership, the members' assembly, the
governing body and the secretariat with their powers, meetings and quorums, a
table of who decides what, sub-regional and national structures, conflicts of
interest, the safety of member data and the review of policies. Variables,
optional sections and anchors are declared in template.yaml next to the .docx.
A few tags are written across several runs with different formatting on
purpose, as Word does when a person formats part of a tag, so that the template
exercises the engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx.enum.table import WD_ALIGN_VERTICAL  # noqa: E402
from docx.shared import Cm  # noqa: E402

import common as c  # noqa: E402
from common import bullets, control, numbered, para  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "template_library" / "governance-manual" / "template.docx"

B = {"b": True}
I = {"i": True}
LABEL = {"b": True, "color": c.MUTED}

ORG = "{{ org.short_name }}"
GB = "{{ governing_body }}"
AS = "{{ assembly_name }}"
HEAD = "{{ secretariat.head_role }}"
DATE = '{{ effective_date|date("long") }}'


# --------------------------------------------------------------------------
# Helpers of this script
# --------------------------------------------------------------------------


def lead(text: str, rest: str):
    """A list item that starts with a bold lead-in."""
    return [(text, B), rest]


def label_table(doc, width, rows, label_width=Cm(4.2)):
    """A borderless two-column table of labels and values."""
    t = c.make_table(doc, [label_width, width - label_width], rows=0, borders=False)
    for label, value in rows:
        row = c.add_row(t)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], *value)
    return t




def data_table(doc, widths, headings, rows, *, first_bold=True):
    """A ruled table with a repeated header row; rows are lists of cells (lists of parts),
    or a str holding a {%tr %} tag for a control row."""
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, headings)
    for cells in rows:
        if isinstance(cells, str):
            c.control_row(t, cells)
            continue
        row = c.add_row(t)
        c.set_row_flags(row)
        for i, (cell, parts) in enumerate(zip(row.cells, cells)):
            if i == 0 and first_bold:
                parts = [(p, B) if isinstance(p, str) else p for p in parts]
            c.cell_text(cell, *parts)
    return t


# --------------------------------------------------------------------------
# Cover
# --------------------------------------------------------------------------


def cover(doc, width):
    para(doc, "Governance Manual", style="Title")
    # split tag: bold start, plain end
    para(doc, ("{{ org", B), ".name }}", style="Subtitle")

    label_table(doc, width, [
        ("Covers", ["Member organisations of " + ORG + " in {{ network.region_name }}, the "
                    + GB + ", the " + AS + " and the secretariat"]),
        ("Approved by", ["The " + GB + ", and presented to the " + AS]),
        ("Effective from", [DATE]),
        ("Version", ["{{ version }}"]),
        ("Next review", ["Within {{ review_period_months }} months of the effective date"]),
        ("Questions to", ["The " + HEAD + ", " + ORG + " secretariat"]),
    ])
    para(doc, "")

    box = c.make_table(doc, [width], rows=1, borders=False)
    cell = box.rows[0].cells[0]
    c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(cell, ("This manual in brief", {"b": True, "color": c.ACCENT}), style="Callout")
    bullets(cell, [
        "Sex workers lead " + ORG + ". Its voting members and most members of its " + GB
        + " come from sex worker-led organisations.",
        "The " + AS + " of all member organisations is the highest authority. It sets the "
        "direction of the network and elects the " + GB + ".",
        "The " + GB + " governs between meetings of the " + AS + ". It approves plans, "
        "budgets and policies, and oversees the secretariat.",
        "The secretariat, led by the " + HEAD + ", does the daily work within the plans, "
        "budget and policies that have been approved.",
        "Everyone declares conflicts of interest, and everyone protects the personal data "
        "of members. In a criminalised context, this is a matter of safety.",
    ])
    para(doc, "")


# --------------------------------------------------------------------------
# 1-3: about, mission and values, legal status
# --------------------------------------------------------------------------


def about(doc):
    para(doc, "1. About this manual", style="Heading 1")
    para(doc, "This manual explains how {{ org.name }} (" + ORG + ") is governed: who takes "
         "which decisions, how meetings work, and which rules protect the network and its "
         "members. It is written for the members of the " + GB + ", the staff of the "
         "secretariat and the people who represent member organisations.")
    para(doc, "The manual does not replace the constitution of " + ORG + " (also called its "
         "statutes or articles of association). The constitution is the legal document of "
         "the network. This manual explains it in plain language and adds practical rules. "
         "If the manual and the constitution say different things, the constitution applies, "
         "and the " + GB + " corrects the manual as soon as possible.")

    para(doc, "How to use this manual", style="Heading 2")
    bullets(doc, [
        "Read sections 2 to 4 to understand what the network is, what it stands for and "
        "who its members are.",
        "Read sections 5 to 7 before you take part in a meeting of the " + AS + " or the "
        + GB + ", or when you start to work for the secretariat.",
        "Use the table in section 8 when you are not sure who may take a decision.",
        "Sections 10 and 11 apply to everyone who acts for the network, every day.",
    ])

    para(doc, "Words used in this manual", style="Heading 2")
    bullets(doc, [
        lead("Member organisation: ", "an organisation, group or collective that has been "
             "admitted as a member of " + ORG + ", whether it is registered or not."),
        lead("Sex worker-led organisation: ", "an organisation in which sex workers, or "
             "people who have done sex work, take the decisions: they form the majority of "
             "its decision-making body and lead its work."),
        lead("Key populations: ", "the communities most affected by HIV and by "
             "criminalisation, including sex workers, gay men and other men who have sex with "
             "men, transgender people, people who use drugs and people in prisons."),
        lead("Secretariat: ", "the staff and consultants who carry out the daily work of "
             "the network, led by the " + HEAD + "."),
        lead("Votes cast: ", "the votes for and against a proposal. Members who abstain "
             "are not counted."),
    ])


def mission(doc):
    para(doc, "2. Mission and core values", style="Heading 1")
    para(doc, ORG + " brings together sex worker-led organisations in "
         "{{ network.region_name }}. It exists because sex workers know best what they need, "
         "and are strongest when they organise together.")
    p = para(doc, ("Our mission ", B), "is to strengthen sex worker-led organisations and "
             "to make the voices of sex workers heard, so that every sex worker can live and "
             "work in safety and dignity, with their human rights, their health and their "
             "rights as workers respected.", style="Callout")
    c.shade_paragraph(p)
    para(doc, "")
    para(doc, "To reach this mission, the network:", keep_next=True)
    bullets(doc, [
        "supports its members to organise, to grow and to run strong, accountable "
        "organisations;",
        "advocates for the decriminalisation of sex work, and against laws, policies and "
        "practices that harm sex workers;",
        "documents violence and other human rights violations against sex workers, and uses "
        "this evidence in advocacy;",
        "builds the leadership of sex workers, especially of those who are often left out: "
        "transgender sex workers, migrant sex workers, sex workers who use drugs and sex "
        "workers living with HIV;",
        "works in solidarity with other key population networks, with the movements for "
        "women’s, LGBTI, labour and migrants’ rights, and with allies who respect sex "
        "workers’ leadership.",
    ])

    para(doc, "Core values", style="Heading 2")
    para(doc, "These values guide every decision of the network. When a rule in this manual "
         "is not clear, choose the meaning that fits these values best.", keep_next=True)
    numbered(doc, [
        lead("Sex worker leadership. ", "Sex workers decide on the direction of the network. "
             "Allies support the network; they do not lead it."),
        lead("Human rights for everyone. ", "Sex workers have the same human rights as "
             "everyone else, including the rights to health, safety, privacy, fair working "
             "conditions and justice."),
        lead("Self-determination. ", "We respect the decisions of sex workers about their "
             "work, their bodies and their lives. We oppose forced “rescue”, and we oppose "
             "all violence, exploitation and trafficking."),
        lead("Inclusion. ", "Sex workers of every gender, sexual orientation, origin, "
             "migration status, HIV status and age belong in the network. We remove barriers "
             "of language, money and technology so that all members can take part."),
        lead("Safety and confidentiality. ", "We protect the identities of sex workers and "
             "the security of member organisations in everything we do."),
        lead("Accountability and transparency. ", "We explain our decisions and our use of "
             "money to our members, and we learn from our mistakes."),
        lead("Solidarity. ", "We stand with members who are under attack, and we share "
             "resources and knowledge across borders."),
    ])


def legal_status(doc):
    para(doc, "3. Legal status and hosting arrangement", style="Heading 1")
    para(doc, "The legal status of the network decides who may sign contracts, open bank "
         "accounts, employ staff and receive grants in its name. It also decides which "
         "national laws apply to the network’s accounts, its data and its staff.")

    control(doc, "{%p if sections.fiscal_hosting %}")
    para(doc, "Working through a fiscal host", style="Heading 2")
    para(doc, ORG + " is not registered as a legal entity of its own. In many countries the "
         "law does not allow sex worker-led groups to register, or registration would expose "
         "their members to risk. Until the network can register safely, it receives its "
         "funds, employs its staff and signs its contracts through a fiscal host: "
         "{{ fiscal_host.name }}. The secretariat works from {{ secretariat.city }}, "
         "{{ secretariat.country }}.")
    para(doc, "A fiscal host gives the network a legal home. It does not govern the network. "
         "A written hosting agreement, approved by the " + GB + ", sets out at least:",
         keep_next=True)
    numbered(doc, [
        "that the " + AS + " and the " + GB + " of " + ORG + " take all decisions on the "
        "network’s strategy, activities, members, staff and budget;",
        "how the host receives, keeps and pays out the network’s funds, and keeps them apart "
        "from its own money, in a separate bank account or under separate cost codes;",
        "the host’s fee, as a fixed amount or as a share of the budget;",
        "which financial reports the host gives to the secretariat and the " + GB + ", and "
        "how often (at least every three months);",
        "that the host has no access to membership lists, case records or other personal "
        "data of community members unless the " + GB + " agrees to it in writing;",
        "how either side may end the agreement, with at least six months’ notice, and how "
        "funds, equipment, staff contracts and records then move to the network or to a new "
        "host.",
    ])
    para(doc, "The " + GB + " reviews the hosting arrangement every year and asks whether "
         "the network can now register safely on its own.")
    control(doc, "{%p else %}")
    para(doc, "Registration", style="Heading 2")
    para(doc, ORG + " is registered as a non-profit organisation in {{ secretariat.country }}. "
         "Its secretariat is based in {{ secretariat.city }}. The secretariat keeps the "
         "registration documents, the constitution as registered and every later change, "
         "and any member organisation may see them on request.")
    para(doc, "Registration brings duties: the network must keep proper accounts, have them "
         "audited, file reports with the authorities on time and tell the authorities when "
         "the members of its " + GB + " change. The " + HEAD + " makes sure these duties are "
         "met and reports on them to the " + GB + " every year.")
    control(doc, "{%p endif %}")

    para(doc, "Members in countries where sex work is criminalised", style="Heading 2")
    para(doc, "Member organisations work under very different laws. Some cannot register at "
         "all; some are registered for another purpose, such as health or women’s rights; "
         "some are watched by the police or other authorities. For this reason:")
    bullets(doc, [
        "a member organisation does not need to be registered to join the network, to vote "
        "or to receive support;",
        "the network never publishes which members are registered and which are not;",
        "when the network gives a grant to an unregistered member, it agrees with the member "
        "a safe way to transfer and account for the money.",
    ])
    # where a region adds the legal context of its countries
    control(doc, "{#p anchor legal_context #}")


# --------------------------------------------------------------------------
# 4: membership
# --------------------------------------------------------------------------


def membership(doc, width):
    para(doc, "4. Membership", style="Heading 1")
    para(doc, "Membership is open to organisations, groups and collectives that share the "
         "mission and values of " + ORG + " and work in {{ network.region_name }}. Members "
         "may be registered or not registered, large or small, new or long established.")

    para(doc, "Joining the network", style="Heading 2")
    numbered(doc, [
        "The organisation sends an application to the secretariat. It describes its work, "
        "who leads it, and how the secretariat can reach two contact people.",
        "The secretariat checks the application and asks for more information if needed. "
        "With the organisation’s consent, it asks at least one member organisation in the "
        "same country or sub-region for its view.",
        "The " + GB + " decides on the application at its next meeting. The secretariat "
        "tells the organisation the decision in writing. An organisation that is refused is "
        "told why, and may ask the " + AS + " to review the decision.",
        "New members are welcomed at the next meeting of the " + AS + ".",
    ])
    para(doc, "Contact people may use a chosen name. The network does not need anyone’s legal "
         "name, or any proof of a person’s sex work, to admit an organisation.", style="Note")

    control(doc, "{%p if sections.tiered_membership %}")
    para(doc, "Membership classes and voting", style="Heading 2")
    para(doc, ORG + " is led by sex workers. For this reason, only sex worker-led member "
         "organisations vote in the " + AS + " and put forward candidates for the " + GB
         + ". Other members, such as allied organisations, service providers and individual "
         "supporters, take part in the life of the network: they receive information, speak "
         "at meetings and join working groups, but they do not vote.", keep_next=True)
    t = c.make_table(doc, [Cm(4.2), width - Cm(8.0), Cm(3.8)], rows=1)
    c.header_row(t, ["Membership class", "Who belongs to it", "Votes in the " + AS])
    c.control_row(t, "{%tr for m in membership_classes %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ m.name }}", B))
    c.cell_text(row.cells[1], "{{ m.description }}")
    c.cell_text(row.cells[2], "{% if m.votes %}Yes, one vote{% else %}No{% endif %}")
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")
    para(doc, "Each year the secretariat checks with the voting members that they are still "
         "sex worker-led. A member that is no longer sex worker-led moves to a class without "
         "a vote, by decision of the " + GB + ", after the member has been heard.")
    control(doc, "{%p else %}")
    para(doc, "Voting", style="Heading 2")
    para(doc, "Every member organisation has one vote in the " + AS + ", whatever its size. "
         "Each organisation decides for itself who represents it, and tells the secretariat "
         "before the meeting.")
    control(doc, "{%p endif %}")

    para(doc, "Rights and duties of members", style="Heading 2")
    para(doc, "Every member organisation has the right to:", keep_next=True)
    bullets(doc, [
        "take part in the " + AS + ", in consultations and in working groups;",
        "receive the annual report, the annual accounts and the minutes of the " + AS + ";",
        "propose items for the agenda of the " + AS + ", and candidates for elections;",
        "ask the " + GB + " or the secretariat for information and receive an answer;",
        "receive support from the network, in line with its plans and resources.",
    ])
    para(doc, "Every member organisation agrees to:", keep_next=True)
    bullets(doc, [
        "support the mission and values of the network;",
        "follow the constitution, this manual and the Code of Conduct when it acts in the "
        "network;",
        "keep confidential what it learns about other members and their communities;",
        "tell the secretariat when its contact people or its leadership change.",
    ])

    para(doc, "Leaving, suspension and exclusion", style="Heading 2")
    para(doc, "A member may leave the network at any time by telling the secretariat in "
         "writing.")
    para(doc, "The " + GB + " may suspend a member that seriously breaches the constitution "
         "or the Code of Conduct, or that puts other members at risk. Before it decides, it "
         "tells the member what the concern is and gives it at least 30 days to respond. A "
         "suspended member may appeal to the " + AS + ". Only the " + AS + " may exclude a "
         "member, by two thirds of the votes cast.")


# --------------------------------------------------------------------------
# 5-7: assembly, governing body, secretariat
# --------------------------------------------------------------------------


def assembly(doc):
    para(doc, "5. The " + AS, style="Heading 1")
    para(doc, "The " + AS + " is the meeting of all member organisations. It is the highest "
         "decision-making body of " + ORG + ".")

    para(doc, "Powers", style="Heading 2")
    para(doc, "Only the " + AS + " may:", keep_next=True)
    bullets(doc, [
        "adopt and change the constitution;",
        "adopt the strategic plan and the main policy positions of the network;",
        "elect and remove the members of the " + GB + ";",
        "exclude a member organisation;",
        "approve the report of the " + GB + " on its work and on the accounts since the "
        "last meeting;",
        "decide to merge the network with another organisation, or to dissolve it.",
    ])

    para(doc, "Meetings", style="Heading 2")
    para(doc, "The time between two ordinary meetings of the " + AS + " is never longer than "
         "{{ assembly_interval_years }} "
         '{{ assembly_interval_years|plural(one="year", other="years") }}.', keep_next=True)
    bullets(doc, [
        "The secretariat sends the invitation, the agenda and the documents for decisions "
        "at least {{ notice_days }} days before the meeting, in the working languages of the "
        "network.",
        "Member organisations may propose items for the agenda. They send them in time for "
        "the secretariat to share them with all members at least 14 days before the meeting.",
        "The " + GB + " calls an extraordinary meeting when it decides to, or when at least "
        "one third of the voting members ask for one in writing. The meeting then takes place "
        "within three months.",
        "Meetings may be held in person, online or both. Online meetings use a platform that "
        "the secretariat has checked for security. Participants may join with a chosen name "
        "and without video.",
        "The network provides interpretation and translated documents, so that language is "
        "not a barrier to taking part.",
    ])

    para(doc, "Quorum and voting", style="Heading 2")
    para(doc, "The " + AS + " may take decisions when at least "
         "{{ assembly_quorum_percent }} percent of the voting members are present or "
         "represented. This is the quorum. If there is no quorum, the " + GB + " calls a new "
         "meeting with the same agenda, at least 21 days later. That meeting may take "
         "decisions whatever the number of members present.", keep_next=True)
    bullets(doc, [
        "Most decisions need a simple majority: more votes for than against.",
        "Changing the constitution, excluding a member and merging the network need two "
        "thirds of the votes cast.",
        "Dissolving the network needs three quarters of the votes cast.",
        "Elections are by secret ballot. Online votes use a system that keeps each vote "
        "secret.",
        "A voting member that cannot attend may give its vote to another voting member in "
        "writing (a proxy). No member may hold more than two proxies.",
    ])
    para(doc, "The secretariat keeps minutes of each meeting and sends them to all members "
         "within 30 days. The minutes record the decisions and the number of votes, and the "
         "names of the member organisations present. They do not record how each member "
         "voted, or the personal details of participants.")


def governing_body(doc):
    para(doc, "6. The " + GB, style="Heading 1")
    para(doc, "The " + GB + " governs " + ORG + " between meetings of the " + AS + ". It "
         "makes sure that the network follows its mission, its constitution and the law, "
         "and that its money is used well and honestly.")

    para(doc, "Composition", style="Heading 2")
    para(doc, "The " + GB + " has {{ governing_seats }} members, elected by the " + AS
         + " for {{ term_years }} "
         '{{ term_years|plural(one="year", other="years") }}. A member may serve no more '
         "than {{ max_terms }} terms in a row.", keep_next=True)
    bullets(doc, [
        "Most of the members, including the Chair, are sex workers or people who have done "
        "sex work, put forward by sex worker-led member organisations.",
        "Together, the members reflect the diversity of the network, including gender and "
        "gender identity, languages, sub-regions and age. Nobody has to disclose their HIV "
        "status, migration status or any other private information in order to stand for "
        "election.",
        "Staff and paid consultants of the secretariat cannot be members of the " + GB + ".",
        "Members of the " + GB + " serve as volunteers. The network pays their travel, "
        "accommodation, interpretation, internet and childcare costs, so that nobody is left "
        "out for lack of money, but it pays no fee for the role itself.",
    ])
    control(doc, "{%p if sections.subregional_structures %}")
    para(doc, "Seats for the sub-regions: each sub-regional platform (see section 9) elects "
         "{{ subregional_seats }} "
         '{{ subregional_seats|plural(one="member", other="members") }} of the ' + GB
         + " from among its sex worker-led member organisations. The " + AS + " confirms "
         "them and elects the other members.")
    control(doc, "{%p endif %}")

    para(doc, "Officers", style="Heading 2")
    para(doc, "The " + GB + " elects from among its members a Chair, a Vice-Chair and a "
         "Treasurer.", keep_next=True)
    bullets(doc, [
        lead("The Chair ", "leads the meetings of the " + GB + ", makes sure decisions are "
             "carried out, supports and supervises the " + HEAD + ", and represents the "
             "network together with the " + HEAD + "."),
        lead("The Vice-Chair ", "takes the place of the Chair when the Chair is absent or "
             "has a conflict of interest."),
        lead("The Treasurer ", "oversees the finances: reviews the financial reports with "
             "the secretariat every quarter, follows up the audit, and presents the accounts "
             "to the " + AS + "."),
    ])

    para(doc, "Powers and duties", style="Heading 2")
    para(doc, "The " + GB + ":", keep_next=True)
    bullets(doc, [
        "makes sure that the decisions of the " + AS + " are carried out;",
        "approves the annual workplan and budget, and the annual accounts;",
        "appoints the " + HEAD + ", agrees yearly objectives with them and reviews their "
        "work;",
        "approves the policies of the network (see section 12);",
        "admits and suspends member organisations;",
        "oversees risks to the network, including risks to the safety of members, staff and "
        "data;",
        "reports on its work to the " + AS + ".",
    ])

    para(doc, "Meetings and quorum", style="Heading 2")
    para(doc, "The " + GB + " meets at least {{ governing_meetings_per_year }} times a year, "
         "in person or online.", keep_next=True)
    bullets(doc, [
        "The Chair calls the meetings. The secretariat sends the agenda and papers at least "
        "7 days before.",
        "The quorum is more than half of the members, including the Chair or the "
        "Vice-Chair.",
        "The " + GB + " tries to decide by consensus. When this is not possible, it decides "
        "by a majority of the votes cast. If the votes are equal, the proposal is not "
        "adopted.",
        "In urgent cases the " + GB + " may decide in writing, by email or secure messaging, "
        "when all members have been asked and a majority agrees. The decision is recorded "
        "in the minutes of the next meeting.",
        "The " + HEAD + " attends the meetings without a vote, except when the " + GB
        + " discusses their own position.",
    ])

    para(doc, "Vacancies and removal", style="Heading 2")
    para(doc, "If a member leaves the " + GB + " before the end of their term, the " + GB
         + " may appoint a replacement until the next meeting of the " + AS + ". It first "
         "asks the sex worker-led member organisations for candidates.")
    para(doc, "The " + GB + " may suspend one of its members who misses three meetings in a "
         "row without a reason, or who seriously breaches the Code of Conduct. Only the "
         + AS + " may remove a member of the " + GB + ".")


def secretariat(doc):
    para(doc, "7. The secretariat", style="Heading 1")
    para(doc, "The secretariat carries out the daily work of " + ORG + ": it runs "
         "programmes, supports members, manages money and staff, and prepares the meetings "
         "of the " + AS + " and the " + GB + ". It is led by the " + HEAD + ", who is "
         "appointed by the " + GB + " and reports to it.")

    para(doc, "Role of the " + HEAD, style="Heading 2")
    bullets(doc, [
        "Carries out the decisions of the " + AS + " and the " + GB + ", and the approved "
        "workplan.",
        "Employs and manages staff and consultants within the approved budget, following the "
        "human resources policy.",
        "Manages the finances and keeps the accounts ready for audit at any time.",
        "Speaks for the network in public, together with the Chair and within the positions "
        "the network has adopted.",
        "Reports to each meeting of the " + GB + " on activities, finances, risks and "
        "security incidents.",
        "Makes sure that the network follows the law and its agreements with donors.",
    ])

    para(doc, "Limits of delegated authority", style="Heading 2")
    # a tag split over two runs: the amount in bold, the filter in bold and a darker colour
    para(doc, "The " + HEAD + " acts within the budget and the policies approved by the "
         + GB + ". A single contract or commitment above ",
         ("{{ spending_limit", B), ("|currency(currency) }}", {"b": True, "color": c.ACCENT_DARK}),
         " needs the approval of the " + GB + " in advance. Between meetings, the Chair and "
         "the Treasurer may give this approval together and report it at the next meeting.")
    para(doc, "Every payment needs two people: one who requests it and one who approves it. "
         "Nobody approves a payment to themselves or to a person close to them.")

    para(doc, "Staff and volunteers", style="Heading 2")
    para(doc, "The network gives priority to employing sex workers and people who have done "
         "sex work, and supports them to grow into leadership roles. Staff and volunteers "
         "may use a chosen name in their public work. The network does not ask anyone to "
         "disclose whether they do or have done sex work, unless a role is reserved for a "
         "person with lived experience; that information is then kept confidential.")


# --------------------------------------------------------------------------
# 8: who decides what
# --------------------------------------------------------------------------


def decisions(doc, width):
    para(doc, "8. Who decides what", style="Heading 1")
    para(doc, "The table below shows who takes the main decisions in the network. When a "
         "decision is not listed, it belongs to the " + GB + " if it concerns policy, "
         "strategy or risk, and to the " + HEAD + " if it concerns the daily running of the "
         "secretariat within the approved plans.", keep_next=True)

    rows = [
        (["Adopt or change the constitution"], [AS],
         ["Two thirds of the votes cast. Proposals are sent with the invitation."]),
        (["Adopt the strategic plan"], [AS],
         ["Simple majority, on a proposal of the " + GB + " after consulting members."]),
        (["Elect and remove members of the " + GB], [AS],
         ["Secret ballot. Removal only after the person has been heard."]),
        (["Admit a new member organisation"], [GB],
         ["After the secretariat has checked the application (section 4)."]),
        (["Suspend a member organisation"], [GB],
         ["After hearing the member. The member may appeal to the " + AS + "."]),
        (["Exclude a member organisation"], [AS],
         ["Two thirds of the votes cast, on a proposal of the " + GB + "."]),
        (["Approve the annual workplan and budget"], [GB],
         ["Before the financial year starts, on a proposal of the " + HEAD + "."]),
        (["Approve the annual accounts"], [GB],
         ["After the audit. Presented to the " + AS + "."]),
        (["Appoint or dismiss the " + HEAD], [GB],
         ["By a majority of all its members, not only of those present."]),
        (["Employ other staff and consultants"], [HEAD],
         ["Within the approved budget and the human resources policy."]),
        (["Sign a contract or commitment"], [HEAD],
         ["Up to {{ spending_limit|currency(currency) }}. Above that amount, the " + GB
          + " approves (section 7)."]),
        (["Approve a network policy"], [GB],
         ["After consulting member organisations (section 12)."]),
        "{%tr if sections.fiscal_hosting %}",
        (["Agree, change or end the fiscal hosting agreement"], [GB],
         ["Reported to the " + AS + " at its next meeting."]),
        "{%tr endif %}",
        "{%tr if sections.subregional_structures %}",
        (["Set up, merge or close a sub-regional platform"], [GB],
         ["After consulting the member organisations of the sub-region."]),
        "{%tr endif %}",
        (["Speak for the network on a new public position"], ["The Chair and the " + HEAD],
         ["Within the positions adopted by the " + AS + " or the " + GB + "."]),
        (["Respond to a data breach or security incident"], [HEAD],
         ["Informs the Chair within {{ breach_report_hours }} hours (section 11)."]),
        (["Dissolve the network"], [AS],
         ["Three quarters of the votes cast. The remaining assets go to one or more "
          "sex worker-led organisations."]),
    ]
    data_table(doc, [Cm(5.6), Cm(4.0), width - Cm(9.6)],
               ["Decision", "Who decides", "How"],
               [r if isinstance(r, str) else list(r) for r in rows])
    para(doc, "")


# --------------------------------------------------------------------------
# 9: sub-regional and national structures
# --------------------------------------------------------------------------


def structures(doc):
    para(doc, "9. Sub-regional and national structures", style="Heading 1")
    para(doc, ORG + " brings its members together at regional level, but much of the work "
         "happens closer to home: in each country, and among neighbouring countries that "
         "share a language, laws or a history.")

    para(doc, "National platforms", style="Heading 2")
    para(doc, "Where several member organisations work in the same country, they may form a "
         "national platform, or choose one of them to coordinate. The members decide this "
         "themselves; the network does not create national structures for them. A national "
         "platform does not speak for the network, and the network does not speak for a "
         "national platform, unless they agree to it.")

    control(doc, "{%p if sections.subregional_structures %}")
    para(doc, "Sub-regional platforms", style="Heading 2")
    para(doc, "The member organisations of " + ORG + " are grouped in these sub-regions:",
         keep_next=True)
    control(doc, "{%p for s in subregions %}")
    para(doc, "{{ s }}", style="List Bullet")
    control(doc, "{%p endfor %}")
    para(doc, "All member organisations in a sub-region form its sub-regional platform. The "
         "platform:", keep_next=True)
    bullets(doc, [
        "meets at least once a year, online or in person;",
        "elects its {{ subregional_seats }} "
        '{{ subregional_seats|plural(one="member", other="members") }} of the ' + GB
        + " (see section 6);",
        "shares information about the situation of sex workers in the sub-region and agrees "
        "on advocacy priorities;",
        "proposes items for the agenda of the " + AS + ".",
    ])
    para(doc, "Sub-regional platforms follow this manual and the Code of Conduct. They have "
         "no bank account and no staff of their own: their costs are part of the budget of "
         "the network, and the secretariat manages them. The " + GB + " may set up, merge or "
         "close a sub-regional platform after consulting the members concerned, and reports "
         "the change to the " + AS + ".")
    control(doc, "{%p endif %}")

    para(doc, "Committees and working groups", style="Heading 2")
    para(doc, "The " + GB + " may set up committees, for example for finance and audit, for "
         "membership or for elections, and working groups on themes such as the rights of "
         "transgender or migrant sex workers. Each one has written terms of reference that "
         "say what it does, who belongs to it and until when. Committees and working groups "
         "advise; they take decisions only where the " + GB + " has given them that power in "
         "writing.")


# --------------------------------------------------------------------------
# 10-11: conflicts of interest, member data
# --------------------------------------------------------------------------


def conflicts(doc):
    para(doc, "10. Conflict of interest", style="Heading 1")
    para(doc, "A conflict of interest exists when your personal interests, or those of your "
         "family, your partner, your friends or your own organisation, could influence a "
         "decision that you take or help to take for the network, or could seem to do so.")
    para(doc, "In a movement where people know each other and many leaders also lead their "
         "own organisations, conflicts of interest are common. Having one is not wrong. "
         "Hiding one is.")

    para(doc, "Examples", style="Heading 2")
    bullets(doc, [
        "A member of the " + GB + " takes part in deciding on a grant to the organisation "
        "they lead.",
        "A staff member helps to select a consultant who is their partner or relative.",
        "The network buys services from a business owned by someone close to a decision "
        "maker.",
        "A candidate in an election helps to count the votes.",
    ])

    para(doc, "What to do", style="Heading 2")
    numbered(doc, [
        "Everyone who joins the " + GB + ", a committee or the staff declares their "
        "interests in writing, and updates the declaration every year and whenever something "
        "changes.",
        "At the start of each meeting, the chair of the meeting asks whether anyone has a "
        "conflict of interest on the agenda.",
        "A person with a conflict of interest declares it as soon as they are aware of it, "
        "leaves the discussion and does not vote on that item. The minutes record this.",
        "A contract with a member of the " + GB + ", a staff member, or a person or business "
        "close to them is possible only when it is the best offer and the " + GB + " approves "
        "it without the person concerned.",
        "A decision taken when a conflict of interest was not declared may be reviewed by "
        "the " + GB + ", and cancelled if needed.",
    ])

    para(doc, "Register of interests", style="Heading 2")
    para(doc, "The secretariat keeps a register of the declared interests, and the " + GB
         + " reviews it every year. The register records only what is needed to manage "
         "conflicts. It never records a person’s sex work, health, HIV status, gender "
         "identity or migration status. Only the " + GB + ", the " + HEAD + " and the "
         "auditors see it.")


def member_data(doc):
    para(doc, "11. Safety of member data", style="Heading 1")
    para(doc, "Where sex work is criminalised, a list of members, a photo or a phone number "
         "in the wrong hands can lead to arrest, violence, blackmail, eviction or "
         "deportation. Protecting member data is therefore a duty of governance: the " + GB
         + " is responsible for it, and the " + HEAD + " manages it day to day with the help "
         "of the {{ data_contact.role }}.")

    para(doc, "Principles", style="Heading 2")
    numbered(doc, [
        lead("Collect only what is needed. ", "The network keeps data about member "
             "organisations and their contact people, not about the individual sex workers "
             "they work with. Contact details are, where possible, role addresses rather than "
             "personal ones."),
        lead("Access only for those who need it. ", "The secretariat keeps a list of the "
             "people who can open each store of member data. The list is checked every six "
             "months, and access ends on the day a person leaves their role."),
        lead("Store data safely. ", "Member data is kept only in encrypted places that the "
             "secretariat has approved, with two-step verification, and never on personal "
             "accounts or in open group chats."),
        lead("Keep the membership list confidential. ", "The network never publishes the full "
             "list of its members. A public list shows only the members that have agreed to "
             "it in writing."),
        lead("Do not hand data to the authorities. ", "Requests from the police, immigration "
             "officers or other authorities go to the " + HEAD + ", who takes legal advice "
             "and informs the Chair before any reply."),
        lead("Share only anonymous figures. ", "Reports to donors and partners give numbers "
             "and stories that cannot identify anyone, unless the people concerned have "
             "agreed."),
        lead("Delete what is no longer needed. ", "Each kind of record has a period after "
             "which it is deleted. Ballots are destroyed once the result of an election can no "
             "longer be challenged."),
    ])

    para(doc, "Meetings and elections", style="Heading 2")
    bullets(doc, [
        "Lists of participants are not shared, even with other participants, without "
        "consent.",
        "Nobody is photographed, filmed or recorded without their consent. Meetings have "
        "areas where no photos are taken.",
        "Online meetings are not recorded unless everyone agrees. Participants may hide their "
        "name and camera.",
        "Votes are secret, and the results do not show how any member voted.",
    ])

    para(doc, "When something goes wrong", style="Heading 2")
    para(doc, "If member data is lost, stolen, sent to the wrong person or seen by someone "
         "who should not see it, tell the {{ data_contact.role }} at once. The "
         "{{ data_contact.role }} informs the " + HEAD + ", who informs the Chair of the "
         + GB + " within {{ breach_report_hours }} hours. Together they assess the risk, warn "
         "and support the member organisations and people affected, and meet any legal duty "
         "to report the incident. Nobody is punished for reporting an honest mistake quickly.")
    para(doc, "The " + GB + " reviews every serious incident and what the network has "
         "learned from it.")
    # where a region adds notes on the data protection law of its countries
    control(doc, "{#p anchor data_protection #}")


# --------------------------------------------------------------------------
# 12: policy review, adoption
# --------------------------------------------------------------------------


def policy_review(doc, width):
    para(doc, "12. Review of policies", style="Heading 1")
    para(doc, "The policies of the network are living documents. The " + GB + " keeps a list "
         "of them and makes sure that each one is reviewed on time.", keep_next=True)
    every = "{{ review_period_months }} months"
    data_table(doc, [Cm(6.2), Cm(4.6), width - Cm(10.8)],
               ["Policy", "Approved by", "Reviewed at least every"],
               [
                   [["Constitution"], ["The " + AS], ["When the " + AS + " decides"]],
                   [["Governance Manual (this manual)"], ["The " + GB], [every]],
                   [["Code of Conduct"], ["The " + GB], [every]],
                   [["Financial procedures"], ["The " + GB], [every]],
                   [["Data protection and digital security"], ["The " + GB], ["12 months"]],
                   [["Safeguarding"], ["The " + GB], [every]],
                   [["Human resources"], ["The " + GB], [every]],
                   [["Election procedure"], ["The " + GB], ["Before each election"]],
               ])
    para(doc, "")

    para(doc, "How a review works", style="Heading 2")
    numbered(doc, [
        "The secretariat prepares a draft. It marks the changes and explains why each one "
        "is needed.",
        "Member organisations are consulted for at least 30 days, in the working languages "
        "of the network. The secretariat makes sure that sex worker-led members, and not "
        "only the largest members, are heard.",
        "The " + GB + " decides on the new version, or the " + AS + " when the constitution "
        "requires it.",
        "The new version gets a version number and an effective date, and is sent to all "
        "members. Earlier versions are archived.",
        "The secretariat explains the changes to the people who apply them, with training "
        "where needed.",
    ])

    para(doc, "Reviews outside the regular cycle", style="Heading 2")
    para(doc, "A policy is reviewed sooner when a law changes in a way that affects members, "
         "when a serious incident shows that it does not work, when a donor agreement "
         "requires a change, or when the " + AS + " asks for it.")
    para(doc, "This manual was approved by the " + GB + " and takes effect on " + DATE
         + ". It replaces all earlier versions.")
    # where a region adds its own rules or explanations, before the record of adoption
    control(doc, "{#p anchor regional_annex #}")


def adoption(doc, width):
    h = para(doc, "Record of adoption", style="Heading 1")
    h.paragraph_format.page_break_before = True
    p = para(doc, "The " + GB + " of {{ org.name }} approved version {{ version }} of this "
             "Governance Manual, effective from " + DATE + ", and presented it to the " + AS
             + ".", style="Callout")
    c.shade_paragraph(p)
    para(doc, "")

    # one column for each signatory, with a narrow gap so that the lines do not join
    col = (width - Cm(3.4) - Cm(0.8)) // 2
    sig = c.make_table(doc, [Cm(3.4), col, Cm(0.8), col], rows=1, borders=False)
    c.cell_text(sig.rows[0].cells[1], ("For the " + GB, {"b": True, "color": c.ACCENT}))
    c.cell_text(sig.rows[0].cells[3], ("For the secretariat", {"b": True, "color": c.ACCENT}))
    c.set_row_flags(sig.rows[0])
    for label in ("Name", "Role", "Signature", "Date"):
        row = c.add_row(sig)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], (label, LABEL))
        for i in (1, 3):
            c.cell_text(row.cells[i], "")
            c.set_cell_bottom_border(row.cells[i])
        c.row_height(row, 620 if label != "Signature" else 900)
        for cell in row.cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
    para(doc, "")

    para(doc, "Version history", style="Heading 2")
    data_table(doc, [Cm(2.4), Cm(4.4), width - Cm(6.8)],
               ["Version", "Effective from", "Main changes"],
               [
                   [["{{ version }}"], [DATE],
                    ["Adopted from the model Governance Manual of the network."]],
                   [[""], [""], [""]],
                   [[""], [""], [""]],
               ])
    para(doc, "")
    para(doc, "Signed copies are kept by the secretariat. Publish this page only without "
         "the signatures and names, unless the people who signed agree.", style="Note")


def build() -> None:
    doc, width = c.new_document()
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Governance Manual"],
        footer_parts=["Version {{ version }} · Effective " + DATE],
    )
    cover(doc, width)
    about(doc)
    mission(doc)
    legal_status(doc)
    membership(doc, width)
    assembly(doc)
    governing_body(doc)
    secretariat(doc)
    decisions(doc, width)
    structures(doc)
    conflicts(doc)
    member_data(doc)
    policy_review(doc, width)
    adoption(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Governance Manual",
        subject="How the network is governed: assembly, governing body, secretariat, "
                "decisions, conflicts of interest, member data and policy review",
        keywords="governance; constitution; general assembly; governing body; quorum; "
                 "conflict of interest; data protection; sex worker-led organisations",
        category="manual",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
