"""Generate template_library/me-framework/template.docx.

    python tools/templates/make_me-framework.py

The model Monitoring and Evaluation Framework of the network: purpose and
principles, the results chain, the results table (one row per indicator, from
``{%tr for i in indicators %}``), data collection tools and the M&E calendar
(``{%tr for e in calendar %}``), roles, data protection for sex workers' data,
and learning and reporting to the assembly and to donors, with a blank
indicator reference sheet at the end. Variables, optional sections and anchors
are declared in template.yaml next to the .docx. A few tags are written across
several runs with different formatting on purpose, as Word does when a person
formats part of a tag, so that the template exercises the engine.
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
OUT = ROOT / "template_library" / "me-framework" / "template.docx"

B = {"b": True}
I = {"i": True}
SMALL_MUTED = {"color": c.MUTED, "size": 8.5}

MEL = "{{ me_lead.role }}"
DPO = "{{ data_protection_contact.role }}"
EFFECTIVE = '{{ effective_date|date("long") }}'




def _static_table(doc, widths, labels, rows, *, bold_first=True):
    """A table with a repeated header row and rows of plain parts (list of lists)."""
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, labels)
    for cells in rows:
        row = c.add_row(t)
        c.set_row_flags(row)
        for i, (cell, value) in enumerate(zip(row.cells, cells)):
            parts = value if isinstance(value, list) else [value]
            if i == 0 and bold_first:
                parts = [(p, B) if isinstance(p, str) else p for p in parts]
            c.cell_text(cell, *parts)
    return t


# --------------------------------------------------------------------------
# Cover
# --------------------------------------------------------------------------


def cover(doc, width):
    para(doc, "Monitoring and Evaluation Framework", style="Title")
    # split tag: bold start, plain end
    para(doc, ("{{ org.", B), "name }}", style="Subtitle")

    info = c.make_table(doc, [Cm(4.0), width - Cm(4.0)], rows=0, borders=False)
    rows = [
        ("Covers", ["{{ plan.title }}"]),
        ("Applies to", ["The secretariat of {{ org.short_name }}, its member organisations, and "
                        "everyone who collects, holds or uses monitoring data for the network"]),
        ("Approved by", ["The {{ governing_body }}"]),
        ("Effective from", [EFFECTIVE]),
        ("Version", ["{{ version }}"]),
        ("Questions to", [f"The {MEL}, {{{{ me_lead.email }}}}"]),
    ]
    for label, value in rows:
        row = c.add_row(info)
        c.cell_text(row.cells[0], (label, {"b": True, "color": c.MUTED}))
        c.cell_text(row.cells[1], *value)
    para(doc, "")

    box = c.make_table(doc, [width], rows=1, borders=False)
    cell = box.rows[0].cells[0]
    c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(cell, ("This framework in brief", {"b": True, "color": c.ACCENT}),
                style="Callout")
    bullets(cell, [
        "We measure our work to learn, to be accountable to our members first, and to show "
        "donors and decision-makers what sex worker-led organisations achieve.",
        "Sex workers decide what is measured, take part in collecting the data, and are the "
        "first to hear the results.",
        "No data is worth a person’s safety. We collect only what we need, with informed "
        "consent, and we do not record names unless there is no other way.",
        "One set of indicators serves the whole network. Reports to donors are built from it, "
        "so that members are not asked for the same information many times.",
        "Every year the {{ assembly_name }} receives the results and helps decide what we "
        "change.",
    ])
    para(doc, "")


# --------------------------------------------------------------------------
# 1. Purpose and principles
# --------------------------------------------------------------------------


def purpose(doc):
    para(doc, "1. Purpose and principles", style="Heading 1")
    para(doc, "{{ org.name }} ({{ org.short_name }}) is a network of sex worker-led "
         "organisations. This framework explains how we follow our work, how we judge whether "
         "it makes a difference in the lives of sex workers, and how we use what we learn. It "
         "puts into practice the {{ plan.title }}, and it is the reference for every project "
         "that the network runs or funds.")
    para(doc, "Monitoring is the regular collection and use of information while the work is "
         "going on: what we did, with whom, and what changed. Evaluation is a deeper look, at "
         "set moments, at whether our work was relevant, effective and fair, and why. Together "
         "we call them M&E. Learning is what we do with the results.")

    para(doc, "Why we monitor and evaluate", style="Heading 2")
    bullets(doc, [
        [("To be accountable to sex workers. ", B),
         "The network exists for its members. They have the right to know what is done in "
         "their name and with the money raised for them."],
        [("To learn and improve. ", B),
         "Good information shows us early when something does not work, so that we can "
         "change it before time and money are lost."],
        [("To build evidence for advocacy. ", B),
         "Data collected by sex workers about their own lives is powerful evidence against "
         "harmful laws and practices."],
        [("To report honestly to donors. ", B),
         "Donors need to know that their funds are used well. We give them clear and "
         "truthful reports, including about what did not work."],
    ])

    para(doc, "Our principles", style="Heading 2")
    para(doc, "Everyone who plans, collects, analyses or uses M&E data for the network follows "
         "these principles:", keep_next=True)
    numbered(doc, [
        [("Nothing about us without us. ", B),
         "Sex workers take part in every step: choosing the questions, designing the tools, "
         "collecting and analysing the data, and deciding what the results mean."],
        [("Safety first. ", B),
         "We never collect or keep information in a way that could expose a person to "
         "arrest, violence, eviction, deportation or loss of income. If a question or a "
         "method is not safe, we drop it, even when a donor asks for it."],
        [("Informed and voluntary consent. ", B),
         "People take part only when they understand why the information is collected, how "
         "it will be used and who will see it, and when they are free to say no."],
        [("Collect only what we will use. ", B),
         "Every question must serve a clear purpose. Long questionnaires waste people’s time "
         "and create risks without benefit."],
        [("Respect for diversity. ", B),
         "Sex workers are women, men, trans and gender-diverse people, migrants, people "
         "who use drugs and people living with HIV. Our data must show these differences "
         "where it is safe to do so, and must never be used to single out a group."],
        [("Honesty. ", B),
         "We report results as they are. A result that is worse than expected is useful "
         "information, not a failure to hide."],
        [("Fair pay for community work. ", B),
         "Sex workers who collect or analyse data for the network are paid for their time, "
         "like any other professional."],
    ])

    para(doc, "Safety and consent in data collection", style="Heading 2")
    para(doc, "Many sex workers live and work where sex work, or some part of it, is a crime. "
         "A list of names, a photo or a recorded interview can put people in danger if it "
         "reaches the police, a landlord, a family member or the media. Before any data "
         "collection starts, the team checks the risks and agrees how to reduce them. During "
         "data collection:", keep_next=True)
    bullets(doc, [
        "Explain the purpose in plain words, in a language the person understands. Say "
        "clearly that taking part is voluntary, that they may skip any question, and that "
        "saying no will not affect the services or support they receive.",
        "Ask for consent by voice and record only that consent was given, not the person’s "
        "name or signature. A signed consent form is itself a record that identifies "
        "someone as a sex worker.",
        "Do not offer payments or gifts so large that people feel they cannot refuse. "
        "Covering travel costs and time is fair; pressure is not.",
        "Choose places where people can talk freely, away from managers, clients, partners "
        "and the police. Online, use tools the network has approved for sensitive data.",
        "Do not photograph, film or record sound without separate, specific consent.",
        "If someone tells you about violence, a health emergency or another urgent need, "
        "stop the interview if they wish and offer a referral to support that the person "
        "chooses.",
        "Data collectors also have a right to safety. They work in pairs where there is a "
        "risk, tell a colleague where they are, and stop at once if they feel unsafe.",
    ])

    # split paragraph tag: plain start, bold end
    para(doc, "{%p if sections.", ("community_led_monitoring %}", B), style="Template Control")
    para(doc, "Community-led monitoring", style="Heading 2")
    para(doc, "In community-led monitoring, sex workers themselves collect the data, analyse "
         "it and use it to hold services and authorities to account. {{ org.short_name }} "
         "supports member organisations to monitor, for example, how health services treat "
         "sex workers, how often stock-outs of condoms, lubricant, PrEP or HIV treatment "
         "happen, and how police and other officials behave towards sex workers.")
    numbered(doc, [
        "The member organisation decides what to monitor, based on the problems its members "
        "face. The network offers tools, training and a small budget.",
        "Community data collectors are sex workers chosen by the member organisation. They "
        "receive training on methods, ethics, consent and digital security before they "
        "start, and they are paid for every day of work.",
        "The data belongs to the community. The member organisation holds the raw data; the "
        "network receives only the totals it needs for the indicators in section 3. A "
        "written data agreement between the network and the member organisation records "
        "this.",
        "Results are first shared and checked with the sex workers who gave the "
        "information, in community meetings, before they are published or sent to anyone "
        "else.",
        "The member organisation chooses how to use the results: in dialogue with service "
        "providers, in advocacy, or in the media. The network supports it, and never "
        "publishes community data without its agreement.",
    ])
    control(doc, "{%p endif %}")


# --------------------------------------------------------------------------
# 2. The results chain
# --------------------------------------------------------------------------


def results_chain(doc, width):
    para(doc, "2. The results chain", style="Heading 1")
    para(doc, "The results chain shows how our work is expected to lead to change. Each step "
         "makes the next one possible. The chain is a tool for thinking, not a promise: "
         "many things outside our control also influence the lives of sex workers, and we "
         "check our assumptions every year.")

    para(doc, "The change we work for", style="Heading 2")
    p = para(doc, ("Our long-term goal: ", B), "{{ goal }}")
    c.shade_paragraph(p)
    para(doc, "")

    para(doc, "The steps of the chain", style="Heading 2")
    para(doc, "We use five levels. The examples show how one line of work — support to "
         "member organisations to document rights violations — moves up the chain.",
         keep_next=True)
    _static_table(doc, [Cm(2.6), Cm(5.6), width - Cm(8.2)], [
        "Level", "What it means", "Example from our work"
    ], [
        ["Inputs", "The resources we use: people, money, time, knowledge and equipment.",
         "A documentation officer, a secure reporting tool and a budget for training."],
        ["Activities", "What we do with these resources.",
         "Training community documenters from member organisations."],
        ["Outputs", "The direct, countable products of our activities. They are fully "
         "under our control.",
         "Documenters trained; cases of violence recorded in the secure tool."],
        ["Outcomes", "The changes that our outputs help to bring about, usually in one to "
         "three years. We influence them but do not control them.",
         "Sex workers who report violence receive legal support; evidence from the cases "
         "is used to change police practice in a city."],
        ["Impact", "The long-term change in sex workers’ lives to which many actors "
         "contribute.",
         "Less police violence against sex workers; sex workers trust that their rights "
         "will be upheld."],
    ])
    para(doc, "")

    para(doc, "Assumptions and risks", style="Heading 2")
    para(doc, "Each step of the chain rests on assumptions: things that must be true for the "
         "next step to happen. We write them down when we plan a project and check them at "
         "every annual review. Typical assumptions in our work are:", keep_next=True)
    bullets(doc, [
        "Member organisations can meet and work safely. A crackdown, new laws or a conflict "
        "can stop activities and make data collection dangerous.",
        "Decision-makers are willing to meet sex worker-led organisations and to listen to "
        "their evidence.",
        "Funding continues long enough for the change to happen. Change in laws and "
        "attitudes often takes longer than one project.",
        "Trained people stay in the movement. Sex workers move, change work or become "
        "tired; we plan for new leaders to be trained every year.",
    ])
    para(doc, "When an assumption turns out to be wrong, the {{ governing_body }} decides, on "
         "the advice of the secretariat, whether to change the plan, the indicators or the "
         "targets. Such changes are recorded and explained in the next annual report.")


# --------------------------------------------------------------------------
# 3. Results framework and indicators
# --------------------------------------------------------------------------


def results_table(doc, width):
    para(doc, "3. Results framework and indicators", style="Heading 1")
    para(doc, "The table below lists the {{ indicators|length }} ",
         '{{ indicators|length|plural(one="indicator", other="indicators") }}',
         " that the whole network uses to follow the {{ plan.title }}. Each indicator has a "
         "baseline (the situation at the start, measured in {{ baseline_year }}), a target "
         "for the end of the plan, and a means of verification: the source that proves the "
         "result. Projects may add indicators of their own, but they report on the network’s "
         "indicators wherever these apply.")

    para(doc, "Results table", style="Heading 2")
    para(doc, "Codes show the level: IM for impact, OC for outcomes and OP for outputs. "
         "Baselines and targets are numbers; for an indicator that starts with “Percentage”, "
         "they are percentages.", style="Note", keep_next=True)

    widths = [Cm(1.8), Cm(4.6), Cm(2.1), Cm(2.1), Cm(3.2)]
    widths.append(width - sum(widths))
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Code", "Indicator", "Baseline", "Target", "Means of verification",
                     "When and who"])
    c.control_row(t, "{%tr for i in indicators %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ i.code }}", B))
    para(row.cells[0], ("{{ i.level }}", SMALL_MUTED), style="Table Text")
    c.cell_text(row.cells[1], "{{ i.indicator }}")
    c.cell_text(row.cells[2], "{{ i.baseline|decimal }}", align=c.ALIGN.CENTER)
    c.cell_text(row.cells[3], ("{{ i.target|decimal }}", B), align=c.ALIGN.CENTER)
    c.cell_text(row.cells[4], "{{ i.verification }}")
    c.cell_text(row.cells[5], "{{ i.frequency }}")
    para(row.cells[5], ("{{ i.responsible }}", SMALL_MUTED), style="Table Text")
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")
    # where a region adds indicators of its own regional strategy
    control(doc, "{#p anchor regional_indicators #}")

    para(doc, "Breaking down the data", style="Heading 2")
    para(doc, "Where it is safe and useful, we break indicators down by country, by gender "
         "identity, by age group (under 25, 25 and over) and by whether people are migrants. "
         "This shows whether the network reaches all sex workers or only some. We follow two "
         "rules:")
    bullets(doc, [
        ["A group is shown separately only if it has at least ",
         # tag split over two runs with different formatting
         ("{{ min_group", B), ("_size }}", I),
         " members. Smaller groups are combined with others, so that nobody can be "
         "recognised from the figures."],
        "Questions about gender identity, HIV status, drug use or migration status are "
        "always optional, and people can answer “I prefer not to say”.",
    ])

    para(doc, "Indicator reference sheets", style="Heading 2")
    para(doc, "For each indicator the {{ me_lead.role }} keeps a reference sheet (see the form "
         "at the end of this framework). It defines the words in the indicator exactly, "
         "explains how the figure is calculated, and names the source and the person "
         "responsible. Everyone who reports on an indicator uses the same definition, so "
         "that figures from different countries and years can be compared.")
    para(doc, "Baselines and targets may be corrected when better data becomes available. A "
         "target can be changed only by the {{ governing_body }}, and the old and new "
         "targets are both shown in the next report.")


# --------------------------------------------------------------------------
# 4. Data collection tools and calendar
# --------------------------------------------------------------------------


def tools_and_calendar(doc, width):
    para(doc, "4. Data collection tools and calendar", style="Heading 1")
    para(doc, "We use a small number of simple tools, in the working languages of the network, "
         "so that member organisations can use them without specialist help. The "
         f"{MEL} keeps the current version of each tool and translates changes into all "
         "working languages before they are used.")

    para(doc, "Our tools", style="Heading 2")
    _static_table(doc, [Cm(3.8), Cm(5.8), width - Cm(9.6)], [
        "Tool", "What it collects", "Who uses it and how"
    ], [
        ["Activity record", "The date, place and type of each activity, and the number of "
         "participants by gender identity and age group. No names.",
         "Programme staff and member organisations, after every activity."],
        ["Training self-assessment", "What participants know and can do before and after a "
         "training, on a simple scale. Anonymous.",
         "Trainers, at the start and the end of each training."],
        ["Annual member survey", "Each member organisation’s situation: its activities, "
         "funding, safety, and the changes it has seen in laws, policing and services.",
         "One person chosen by each member organisation, once a year, online or on paper."],
        ["Organisational self-assessment", "The strength of a member organisation in "
         "governance, finance, programmes and security, scored by its own members.",
         "Member organisations, with support from network staff, every two years."],
        ["Rights violation documentation", "Cases of violence, arrest, extortion and "
         "discrimination, with the support given. Stored only in the secure tool.",
         "Trained community documenters, whenever a sex worker reports a case and agrees "
         "to it being recorded."],
        ["Policy tracker", "Laws, policies and official guidelines that the network seeks to "
         "change, and each step of progress.",
         "Advocacy staff, updated every quarter."],
        ["Stories of change", "Short stories, told by sex workers, of the most important "
         "change they have seen. Names and details are changed.",
         "Member organisations collect them; the annual learning review selects and "
         "discusses them."],
    ])
    para(doc, "")

    para(doc, "M&E calendar", style="Heading 2")
    para(doc, "The calendar shows when data is collected, reviewed and reported. Dates for "
         "donor reports are set out in each donor agreement and added to this calendar.",
         keep_next=True)
    t = c.make_table(doc, [Cm(3.6), Cm(5.6), Cm(3.4), width - Cm(12.6)], rows=1)
    c.header_row(t, ["When", "What", "Who", "Result"])
    c.control_row(t, "{%tr for e in calendar %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ e.when }}", B))
    c.cell_text(row.cells[1], "{{ e.activity }}")
    c.cell_text(row.cells[2], "{{ e.responsible }}")
    c.cell_text(row.cells[3], "{{ e.output }}")
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")

    para(doc, "Evaluations", style="Heading 2")
    para(doc, "Besides regular monitoring, the plan is evaluated in {{ evaluation_years|format_list }}. "
         "Evaluations are led by an independent evaluator or team, and at least one member of "
         "the team is a sex worker with experience in the network’s regions. The terms of "
         "reference are approved by the {{ governing_body }} and shared with member "
         "organisations for comment before the evaluation starts.")

    para(doc, "Resources for M&E", style="Heading 2")
    para(doc, "Good M&E needs time and money. {{ org.short_name }} plans about "
         "{{ me_budget_share|percent }} of each project budget for monitoring, evaluation and "
         "learning, including fair pay for community data collectors: at least "
         "{{ collector_fee|currency(currency) }} for each day of work, plus travel and "
         "communication costs. New proposals to donors include these costs from the start.")


# --------------------------------------------------------------------------
# 5. Roles and responsibilities
# --------------------------------------------------------------------------


def roles(doc, width):
    para(doc, "5. Roles and responsibilities", style="Heading 1")
    para(doc, "M&E is everyone’s work. The table shows who does what; the {{ me_lead.role }} "
         "coordinates it and is the first contact for questions.", keep_next=True)
    _static_table(doc, [Cm(4.6), width - Cm(4.6)], ["Who", "Responsibilities"], [
        ["The {{ assembly_name }}",
         "Receives the annual M&E report, discusses the results, and gives direction on "
         "priorities for the following year."],
        ["The {{ governing_body }}",
         "Approves this framework, the indicators and the targets, and any change to them. "
         "Reviews the quarterly dashboard and the annual report. Approves the terms of "
         "reference of evaluations and the response to their recommendations."],
        ["The head of the secretariat",
         "Makes sure that M&E is planned and funded in every project, and that results are "
         "used in decisions."],
        [f"The {MEL}",
         "Keeps this framework, the tools and the reference sheets up to date. Trains and "
         "supports staff and member organisations, checks data quality, analyses results "
         "and prepares reports."],
        [f"The {DPO}",
         "Advises on the risks of each data collection, keeps the register of data "
         "holdings, and handles data breaches (see section 6)."],
        ["Programme staff",
         "Collect and enter data about their activities on time, check it for errors, and "
         "take part in quarterly reviews."],
        ["Member organisations",
         "Complete the annual member survey and activity records for network-funded work, "
         "take part in the learning review, and share results with their own members."],
        ["Community data collectors",
         "Collect data with care and respect, follow the consent and safety rules, and "
         "report any problem at once."],
    ])
    para(doc, "")

    para(doc, "Who takes part in the annual member survey", style="Heading 2")
    para(doc, "The survey goes to every member, in each membership class:", keep_next=True)
    control(doc, "{%p for m in membership_classes %}")
    bullets(doc, [
        [("{{ m.name }}", B), ": {{ m.description }}"
         "{% if m.votes %} Votes at the {{ assembly_name }}.{% endif %}"],
    ])
    control(doc, "{%p endfor %}")
    para(doc, "Results are shown separately for members who vote at the {{ assembly_name }}, "
         "so that the views of sex worker-led organisations are always visible on their own.")


# --------------------------------------------------------------------------
# 6. Data protection
# --------------------------------------------------------------------------


def data_protection(doc, width):
    para(doc, "6. Protecting sex workers’ data", style="Heading 1")
    para(doc, "Information about sex workers is among the most sensitive data there is. In the "
         "wrong hands it can lead to arrest, violence, deportation, loss of housing or the "
         "loss of contact with one’s children. We treat all M&E data as confidential and "
         "follow the data protection law of each country where we work. Where the law gives "
         "less protection than this framework, this framework applies.")

    para(doc, "Rules for all M&E data", style="Heading 2")
    numbered(doc, [
        "Collect data without names wherever possible. Most indicators need only numbers, "
        "not names.",
        "Where a case must be followed up, for example a report of violence, keep the "
        "person’s contact details apart from the case description, and link them only with "
        "a code. Never build the code from a name, a date of birth or an ID number.",
        "Store data only in the places the network has approved: encrypted devices and the "
        "secure database. Never keep M&E data on personal email accounts, in open shared "
        "folders or in group chats.",
        "Give access only to the people who need it for their work, and remove access when "
        "their role ends.",
        "Share data outside the network only as totals, and never in a form from which a "
        "person, a workplace or a small group can be recognised.",
        ["Keep personal data only as long as needed. Paper forms are entered and then "
         "destroyed within one month. Personal data in the database is deleted or made "
         "anonymous after ",
         '{{ data_retention_months }} {{ data_retention_months|plural(one="month", other="months") }}',
         ", unless the person has agreed to a longer period for a specific reason."],
        "Never give M&E data to the police, immigration services or other authorities. "
        "Any request is passed at once to the " + DPO + ", who takes legal advice.",
    ])

    para(doc, "How we handle each kind of data", style="Heading 2")
    _static_table(doc, [Cm(4.2), Cm(2.6), Cm(4.6), width - Cm(11.4)], [
        "Kind of data", "Risk", "Where it is kept", "Who may see it"
    ], [
        ["Activity counts and survey totals", "Low", "Secure database",
         "Staff, the {{ governing_body }}, members; donors in reports"],
        ["Answers to the member survey", "Medium",
         "Secure database, without the name of the person who answered",
         "The M&E team; others only as totals"],
        ["Training self-assessments", "Low", "Secure database, anonymous",
         "Trainers and the M&E team"],
        ["Rights violation cases", "High",
         "Secure documentation tool only, encrypted",
         "Trained documenters and the staff who provide support"],
        ["Contact details for follow-up", "High",
         "Separate encrypted file, linked by a code",
         "Only the staff member who follows up the case"],
        ["Stories of change, photos and recordings", "High",
         "Encrypted folder, with the record of consent",
         "Communications staff, only for the use agreed"],
    ])
    para(doc, "")

    para(doc, "Data breaches", style="Heading 2")
    para(doc, "A data breach is any loss, theft or sharing of data with people who should not "
         "see it: a lost phone, a hacked account, an email sent to the wrong person. Report "
         f"every breach to the {DPO} at once, and in any case within 24 hours, at "
         "{{ data_protection_contact.email }}. The network then:", keep_next=True)
    numbered(doc, [
        "acts to limit the harm, for example by changing passwords or wiping a lost device;",
        "decides with the people affected, or with their member organisation, how to warn "
        "and protect them;",
        "informs the authorities where the law requires it, without putting anyone at risk;",
        "records what happened and what was learnt, and reports every breach to the "
        "{{ governing_body }}.",
    ])
    para(doc, "Nobody is punished for promptly reporting an honest mistake. Hiding a breach "
         "is a serious matter.")
    # where a region adds notes on its data protection laws and legal context
    control(doc, "{#p anchor data_protection_law #}")


# --------------------------------------------------------------------------
# 7. Learning and reporting
# --------------------------------------------------------------------------


def learning(doc, width):
    para(doc, "7. Learning and reporting", style="Heading 1")
    para(doc, "Data that nobody uses is a waste of people’s time and a risk without benefit. "
         "We plan regular moments to look at the results together and decide what to do "
         "with them.")

    para(doc, "Learning together", style="Heading 2")
    bullets(doc, [
        [("Quarterly reviews. ", B),
         "Staff look at the data of the last three months, compare it with the plan, and "
         "agree on corrections. The result is a short dashboard for the "
         "{{ governing_body }}."],
        [("Annual learning review. ", B),
         "Representatives of member organisations, staff and members of the "
         "{{ governing_body }} meet, online or in person, to discuss the year’s results and "
         "the stories of change, check the assumptions, and recommend changes."],
        [("Management response. ", B),
         "For every evaluation, the secretariat writes down which recommendations it "
         "accepts, what it will do and by when. The {{ governing_body }} approves the "
         "response and follows up on it."],
    ])

    para(doc, "Reporting to the {{ assembly_name }} and to members", style="Heading 2")
    para(doc, "Every year the secretariat prepares an M&E report that shows progress on each "
         "indicator against its baseline and target, explains the results in plain words, "
         "and describes what the network has learnt and will change. The report is "
         "presented to the {{ assembly_name }} and sent to all member organisations in the "
         "network’s working languages.")
    para(doc, "Results also go back to the communities that gave the information. Member "
         "organisations receive short summaries, posters or audio messages that they can "
         "share with their own members, including those who do not read easily.")

    control(doc, "{%p if sections.donor_reporting %}")
    para(doc, "Reporting to donors", style="Heading 2")
    para(doc, "{{ org.short_name }} receives funds from several donors, each with its own "
         "report formats and deadlines. To avoid asking members for the same information "
         "again and again, we report to all donors from the one set of data described in "
         "this framework:", keep_next=True)
    numbered(doc, [
        "When a new grant is agreed, the " + MEL + " links each indicator the donor asks "
        "for to one of the network’s indicators. Where a donor needs an indicator that we "
        "do not yet collect, we agree on it with the donor before we sign, and add it to "
        "the reference sheets.",
        "We do not accept indicators or reporting duties that would require unsafe data, "
        "such as names, photos or exact locations of sex workers. We explain the reasons "
        "to the donor and offer a safe alternative.",
        "Donor reports use the same figures as the network’s own reports. Where a donor "
        "funds only part of the work, the report says which part, so that results are "
        "not counted twice.",
        "Reports to donors contain totals only. Stories and quotes are used only with "
        "consent for that purpose, and with names and details changed.",
        "Every donor report is checked by the " + MEL + " and approved by the head of the "
        "secretariat before it is sent.",
    ])
    control(doc, "{%p if donors %}")
    para(doc, "The current donor reporting duties are:", keep_next=True)
    t = c.make_table(doc, [Cm(4.2), Cm(4.2), Cm(3.2), width - Cm(11.6)], rows=1)
    c.header_row(t, ["Donor", "Report", "Due", "Indicators used"])
    c.control_row(t, "{%tr for d in donors %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ d.name }}", B))
    c.cell_text(row.cells[1], "{{ d.report }}")
    c.cell_text(row.cells[2], "{{ d.due }}")
    c.cell_text(row.cells[3], "{{ d.indicators }}")
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")
    control(doc, "{%p endif %}")
    control(doc, "{%p endif %}")

    para(doc, "Sharing results publicly", style="Heading 2")
    para(doc, "We publish a summary of our results every year, so that sex workers, allies and "
         "decision-makers can see what the network achieves. Before anything is published, "
         "the " + DPO + " checks that no person or small group can be recognised, and member "
         "organisations whose data is used are asked to agree.")
    # where a region adds its own procedures
    control(doc, "{#p anchor regional_annex #}")


# --------------------------------------------------------------------------
# 8. Review, and the reference sheet form
# --------------------------------------------------------------------------


def review(doc):
    para(doc, "8. Review of this framework", style="Heading 1")
    para(doc, "The {{ governing_body }} reviews this framework at least every "
         "{{ review_period_months }} months, and at the mid-term evaluation of the "
         "{{ plan.title }}. Member organisations are consulted on every review, and the "
         "{{ assembly_name }} is informed of the changes.")
    para(doc, "This version of the framework was approved by the {{ governing_body }} and "
         f"takes effect on {EFFECTIVE}. It replaces all earlier versions.")


def reference_sheet(doc, width):
    h = para(doc, "Form: indicator reference sheet", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "Complete one sheet for each indicator and keep it with the "
         f"{MEL}. Use the same definitions every time you report.", keep_next=True)
    sheet = c.make_table(doc, [Cm(5.0), width - Cm(5.0)], rows=0)
    for label, hint in (
        ("Code and indicator", ""),
        ("Result it measures", "The output, outcome or impact in the results table"),
        ("Definition", "What each word means; what is counted and what is not"),
        ("How it is calculated", "For a percentage: what is counted above and below the line"),
        ("Breakdown", "By country, gender identity, age group — only where groups are large "
                      "enough"),
        ("Source and tool", "Means of verification; the tool used"),
        ("How often", ""),
        ("Responsible", "A role, not a person’s name"),
        ("Baseline and year", ""),
        ("Target", ""),
        ("Risks to safety or privacy", "And how they are reduced"),
        ("Notes and changes", "Date and reason for each change"),
    ):
        row = c.add_row(sheet)
        c.set_row_flags(row)
        c.row_height(row, 620)
        c.shade_cell(row.cells[0], c.TINT_HEX)
        c.cell_text(row.cells[0], (label, B))
        if hint:
            para(row.cells[0], (hint, SMALL_MUTED), style="Table Text")
        c.cell_text(row.cells[1], "")
        row.cells[0].vertical_alignment = WD_ALIGN_VERTICAL.TOP
    para(doc, "")
    para(doc, "A completed sheet contains no personal data. Keep it with the other M&E "
         "documents of {{ org.short_name }}.", style="Note")


def build() -> None:
    doc, width = c.new_document()
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Monitoring and Evaluation Framework"],
        footer_parts=[f"Version {{{{ version }}}} · Effective {EFFECTIVE}"],
    )
    cover(doc, width)
    purpose(doc)
    results_chain(doc, width)
    results_table(doc, width)
    tools_and_calendar(doc, width)
    roles(doc, width)
    data_protection(doc, width)
    learning(doc, width)
    review(doc)
    reference_sheet(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Monitoring and Evaluation Framework",
        subject="Monitoring, evaluation and learning framework of a network of sex worker-led "
                "organisations",
        keywords="monitoring; evaluation; learning; indicators; results framework; "
                 "community-led monitoring; data protection; sex worker-led organisations",
        category="manual",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
