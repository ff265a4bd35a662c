"""Generate template_library/strategic-plan/template.docx.

    python tools/templates/make_strategic-plan.py

The model Strategic Plan of a network of sex worker-led organisations: context,
who we are, theory of change, strategic objectives with a results framework,
implementation, monitoring and review, risks and mitigation, and approval.

The results framework repeats rows with nested ``{%tr for %}`` loops: one
tinted row per objective, then one row per expected result of that objective.
The theory of change and the risk register repeat rows with ``{%tr for %}`` as
well. Variables, optional sections and anchors are declared in template.yaml
next to the .docx. Two tags are written across several runs with different
formatting on purpose, as Word does when a person formats part of a tag, so that
the template exercises the engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx.enum.table import WD_ALIGN_VERTICAL  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

import common as c  # noqa: E402
from common import bullets, control, numbered, para  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "template_library" / "strategic-plan" / "template.docx"

B = {"b": True}
I = {"i": True}
LABEL = {"b": True, "color": c.MUTED}

PERIOD = "{{ plan.start_year }}–{{ plan.end_year }}"
ADOPTED = '{{ effective_date|date("long") }}'
MEMBERS = ('{{ org.member_count }} {{ org.member_count|plural(one="member organisation", '
           'other="member organisations") }}')
COUNTRIES = '{{ org.country_count }} {{ org.country_count|plural(one="country", other="countries") }}'
N_OBJECTIVES = ('{{ objectives|length }} {{ objectives|length|plural(one="strategic objective", '
                'other="strategic objectives") }}')

CONTENTS = [
    "About this plan",
    "The situation of sex workers in {{ network.region_name }}",
    "Who we are",
    "Our theory of change",
    "Strategic objectives and results",
    "How we will carry out the plan",
    "Monitoring, evaluation and learning",
    "Risks and how we manage them",
    "Changing and adopting this plan",
]


# --------------------------------------------------------------------------
# Helpers of this template
# --------------------------------------------------------------------------


def heading1(doc, number: int, *, page_break: bool = False):
    h = para(doc, f"{number}. {CONTENTS[number - 1]}", style="Heading 1")
    if page_break:
        h.paragraph_format.page_break_before = True
    return h


def group_row(table, *parts, fill=c.TINT_HEX):
    """A row with one cell spanning the table, tinted: the heading of a group of rows."""
    row = c.add_row(table)
    first = row.cells[0]
    merged = first.merge(row.cells[-1]) if len(row.cells) > 1 else first
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    c.shade_cell(merged, fill)
    p = c.cell_text(merged, *parts)
    p.paragraph_format.keep_with_next = True
    c.set_row_flags(row)
    return row


def data_row(table, cells):
    """A body row; each item of ``cells`` is a list of parts for one cell."""
    row = c.add_row(table)
    c.set_row_flags(row)
    for cell, parts in zip(row.cells, cells):
        c.cell_text(cell, *parts)
    return row


def callout(container, *parts):
    p = para(container, *parts, style="Callout")
    c.shade_paragraph(p)
    return p


def signature_table(doc, width):
    gap = Cm(1.2)
    col = int((width - gap) / 2)
    sig = c.make_table(doc, [col, gap, col], rows=0, borders=False)
    labels = (
        ("Chair of the meeting of the {{ assembly_name }}", "Chair of the {{ governing_body }}"),
    )
    for left, right in labels:
        lines = c.add_row(sig)
        c.set_row_flags(lines)
        trPr = lines._tr.get_or_add_trPr()
        height = OxmlElement("w:trHeight")
        height.set(qn("w:val"), "900")
        height.set(qn("w:hRule"), "atLeast")
        trPr.find(qn("w:cantSplit")).addnext(height)
        for i in (0, 1, 2):
            c.cell_text(lines.cells[i], "")
            lines.cells[i].vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
            lines.cells[i].paragraphs[0].paragraph_format.keep_with_next = True
        c.set_cell_bottom_border(lines.cells[0])
        c.set_cell_bottom_border(lines.cells[2])
        names = c.add_row(sig)
        c.set_row_flags(names)
        c.cell_text(names.cells[0], (left, {"color": c.MUTED, "size": 8.5}))
        c.cell_text(names.cells[1], "")
        c.cell_text(names.cells[2], (right, {"color": c.MUTED, "size": 8.5}))
        for cell in names.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
        dates = c.add_row(sig)
        c.set_row_flags(dates)
        c.cell_text(dates.cells[0], ("Name, signature and date", {"color": c.MUTED, "size": 8.5}))
        c.cell_text(dates.cells[1], "")
        c.cell_text(dates.cells[2], ("Name, signature and date", {"color": c.MUTED, "size": 8.5}))


# --------------------------------------------------------------------------
# The document
# --------------------------------------------------------------------------


def cover(doc, width):
    para(doc, "Strategic Plan", style="Title")
    # split tag: bold start, plain end
    para(doc, ("{{ org.", B), "name }} · " + PERIOD, style="Subtitle")

    info = c.make_table(doc, [Cm(4.0), width - Cm(4.0)], rows=0, borders=False)
    rows = [
        ("Network", ["{{ org.name }} ({{ org.short_name }})"]),
        ("Period", ["From {{ plan.start_year }} to {{ plan.end_year }}"]),
        ("Adopted by", ["The {{ assembly_name }}, on the proposal of the {{ governing_body }}"]),
        ("Takes effect on", [ADOPTED]),
        ("Mid-term review", ["In {{ plan.midterm_year }}"]),
        ("Version", ["{{ version }}"]),
    ]
    for label, value in rows:
        row = c.add_row(info)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], *value)
    para(doc, "")

    box = c.make_table(doc, [width], rows=1, borders=False)
    cell = box.rows[0].cells[0]
    c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(cell, ("This plan in brief", {"b": True, "color": c.ACCENT}), style="Callout")
    bullets(cell, [
        [("Our vision: ", B), "{{ vision }}"],
        [("Our mission: ", B), "{{ mission }}"],
        [("What we will do: ", B), "between {{ plan.start_year }} and {{ plan.end_year }}, "
         "{{ org.short_name }} and its members will work on " + N_OBJECTIVES + ", set out in "
         "section 5 with the results we expect and how we will measure them."],
        [("What it will cost: ", B), "an estimated {{ plan.total_budget|currency(currency) }} "
         "for the whole period, raised as described in section 6."],
        [("How we stay on track: ", B), "the {{ governing_body }} checks progress every "
         "{{ progress_review_months }} months, the {{ assembly_name }} every year, and an "
         "independent mid-term review takes place in {{ plan.midterm_year }}."],
    ])
    para(doc, "")

    para(doc, "Contents", style="Heading 2")
    numbered(doc, CONTENTS)


def about(doc):
    heading1(doc, 1, page_break=True)
    para(doc, "This strategic plan sets out what {{ org.name }} ({{ org.short_name }}) wants to "
         "achieve between ", ("{{ plan.start", B), ("_year }}", I), " and {{ plan.end_year }}, "
         "why it matters, and how we will do it. It is the shared reference for the "
         "{{ assembly_name }}, the {{ governing_body }}, the secretariat and every member "
         "organisation. Our yearly workplans and budgets, our funding proposals and our reports "
         "to members and donors all start from this plan.")
    para(doc, "A strategic plan is a promise to our members. It says which problems we will work "
         "on together, which we will leave to others, and how members can hold the network to "
         "account. It is also a tool for talking with partners and donors: it shows what sex "
         "worker-led organisations in our region have decided for themselves.")

    para(doc, "How this plan was made", style="Heading 2")
    para(doc, "This plan was written by sex workers, for sex workers. Its content comes from:")
    bullets(doc, [
        "consultations with member organisations in " + COUNTRIES + ", held in the network’s "
        "working languages ({{ org.languages|format_list }});",
        "community discussions, in person and online, that members organised with sex workers "
        "who are not part of any organisation, including migrant, trans and male sex workers "
        "and sex workers who use drugs;",
        "a review of what worked, and what did not, under the previous plan;",
        "conversations with allies, partners and donors about the wider situation.",
    ])
    para(doc, "A working group of the {{ governing_body }} brought the results together. The "
         "draft was shared with all member organisations for comment, and the "
         "{{ assembly_name }} adopted the final text.")

    para(doc, "How to read this plan", style="Heading 2")
    para(doc, "Section 2 describes the situation in which sex workers live and organise. "
         "Section 3 says who we are. Section 4 explains how we believe change happens, and "
         "section 5 lists our objectives and the results we expect. Sections 6 to 8 explain "
         "how we will carry out the plan, how we will know whether it works, and what could "
         "get in the way. Section 9 says how the plan can be changed.")
    callout(doc, ("Words we use. ", B),
            "“Sex workers” means adults of all genders who sell sexual services. "
            "“Sex worker-led organisations” are organisations in which sex workers make the "
            "decisions. “Key populations” are the groups most affected by HIV and by "
            "criminalisation: sex workers, gay men and other men who have sex with men, trans "
            "people, people who use drugs and people in prisons.")


def context(doc):
    heading1(doc, 2)
    para(doc, "Sex workers in {{ network.region_name }} live and work in very different "
         "countries, under different laws and with different levels of support. Yet members "
         "describe many of the same problems, and the same strengths. This section sums up "
         "what they told us. It is not a full analysis: members’ own reports and the "
         "documentation in our regional database give more detail.")

    para(doc, "Laws and policing", style="Heading 2")
    para(doc, "In many countries of the region some part of sex work is a crime: selling sex, "
         "buying it, working together with other sex workers, renting a room to a sex worker, "
         "or “living on the earnings” of sex work. Where sex work itself is not a crime, sex "
         "workers are still fined or arrested under laws on public order, vagrancy, drugs, "
         "immigration or “indecency”. Laws that were written against trafficking are often "
         "used to raid workplaces and to deport migrant sex workers.")
    para(doc, "Criminalisation, of any kind, has the same effects:")
    bullets(doc, [
        "sex workers cannot report violence, theft or exploitation to the police without "
        "risking arrest themselves;",
        "police and others use the threat of arrest to demand money or sex;",
        "sex workers are pushed to work alone, in hidden places, where violence is more likely;",
        "condoms and other health supplies may be taken as evidence, so people carry fewer of them;",
        "a criminal record closes the door to other jobs, housing and, sometimes, custody of "
        "one’s children.",
    ])
    para(doc, "For these reasons the network works for the full decriminalisation of sex work, "
         "and for laws that protect sex workers’ rights as workers and as people.")

    para(doc, "Violence, stigma and discrimination", style="Heading 2")
    para(doc, "Sex workers face violence from clients, partners, police, landlords and members "
         "of the public, and hate speech online. Stigma makes this violence seem normal. It also "
         "shapes how health workers, social workers, teachers and judges treat sex workers and "
         "their families. Trans sex workers, migrants, sex workers who use drugs and sex "
         "workers living with HIV face several forms of discrimination at once.")

    para(doc, "Health and HIV", style="Heading 2")
    para(doc, "Sex workers remain one of the key populations most affected by HIV, and in many "
         "places also by other sexually transmitted infections, tuberculosis and viral "
         "hepatitis. Where services are run by and with sex workers, people use them more and "
         "trust them more. Where services are judgemental, far away or linked to the police, "
         "people stay away. New prevention tools such as PrEP are still out of reach for many "
         "sex workers, and community-led services are often the first to lose funding.")

    para(doc, "Funding for sex worker-led organisations", style="Heading 2")
    para(doc, "Sex worker-led organisations receive a very small share of the money spent on "
         "HIV, human rights and gender equality. Most of it comes as short projects tied to a "
         "donor’s priorities, with little support for salaries, rent, security or the daily "
         "running of an organisation. Many groups cannot register as organisations because of "
         "the law, and depend on other organisations to receive funds for them. Cuts to "
         "international health and development budgets have made this worse: some members "
         "have closed services or lost staff.")
    para(doc, "This plan responds by asking donors for long-term, flexible funding, by passing "
         "more funds directly to members through small grants, and by making the network less "
         "dependent on any single donor (section 6).")

    para(doc, "Reasons for hope", style="Heading 2")
    bullets(doc, [
        "The movement is growing: new groups of sex workers have formed in recent years, "
        "including groups of trans, male and migrant sex workers.",
        "Courts and human rights bodies increasingly recognise that criminalisation harms sex "
        "workers’ health and safety.",
        "Members collect their own data on violence and on health services, and decision-makers "
        "are starting to use it.",
        "Digital tools make it easier to organise across borders, when they are used safely.",
    ])
    # where region plugins insert their own legal, political and funding context
    control(doc, "{#p anchor regional_context #}")


def who_we_are(doc):
    heading1(doc, 3)
    para(doc, "{{ org.name }} is a network of sex worker-led organisations in "
         "{{ network.region_name }}. It was founded in {{ org.founded_year }} and today brings "
         "together " + MEMBERS + " in " + COUNTRIES + ". Our working languages are "
         "{{ org.languages|format_list }}.")

    para(doc, "Our vision", style="Heading 2")
    callout(doc, "{{ vision }}")
    para(doc, "Our mission", style="Heading 2")
    callout(doc, "{{ mission }}")

    para(doc, "Our values", style="Heading 2")
    para(doc, "These values guide every decision we take under this plan:", keep_next=True)
    control(doc, "{%p for value in core_values %}")
    para(doc, ("{{ value.name }}", B), ": {{ value.description }}", style="List Bullet")
    control(doc, "{%p endfor %}")

    para(doc, "Our members", style="Heading 2")
    para(doc, "Member organisations are the network. They decide its direction at the "
         "{{ assembly_name }}, carry out most of its work in their own countries, and hold "
         "the secretariat to account. Membership has these classes:", keep_next=True)
    control(doc, "{%p for member_class in membership_classes %}")
    para(doc, ("{{ member_class.name }}", B), ": {{ member_class.description }} "
         "{% if member_class.votes %}Votes at the {{ assembly_name }}.{% else %}Takes part without a "
         "vote.{% endif %}", style="List Bullet")
    control(doc, "{%p endfor %}")

    para(doc, "How we are governed", style="Heading 2")
    bullets(doc, [
        [("The {{ assembly_name }}", B), " of all member organisations is the highest "
         "decision-making body. It adopts this plan, elects the {{ governing_body }} and "
         "receives a report on the plan every year."],
        [("The {{ governing_body }}", B), ", elected by the members, leads the network between "
         "meetings of the {{ assembly_name }}. Most of its members are sex workers. It approves "
         "yearly workplans and budgets and checks progress on this plan."],
        [("The secretariat", B), " carries out the plan day to day, supports members, manages "
         "funds and reports to the {{ governing_body }}."],
        [("Working groups", B), " of members lead on particular topics, such as the law, "
         "health, migration or digital security."],
    ])


def theory_of_change(doc, width):
    heading1(doc, 4)
    para(doc, "A theory of change explains how we believe our work leads to the change we want "
         "to see. Ours starts from the long-term change that sex workers in the region have "
         "asked for:", keep_next=True)
    callout(doc, ("{{ long_term_change }}", B))
    para(doc, "We believe that this change cannot be given to sex workers by others. It happens "
         "when sex workers are organised, safe and informed, and when they are present where "
         "decisions about their lives are taken. The network therefore works at three levels "
         "at the same time:")
    numbered(doc, [
        [("Community: ", B), "sex workers come together, build their own organisations and "
         "leaders, and support each other."],
        [("Services and institutions: ", B), "health, social and justice services respect sex "
         "workers’ rights, and sex workers help to design, deliver and monitor them."],
        [("Laws, policies and funding: ", B), "governments, regional bodies and donors change "
         "laws, policies and funding so that they protect sex workers instead of harming them."],
    ])
    para(doc, "The table shows the main pathways of change: what we do, the first changes we "
         "expect to see, and the longer-term change each pathway contributes to.",
         keep_next=True)

    widths = [Cm(3.4), Cm(4.3), Cm(4.3)]
    widths.append(width - sum(widths))
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Area of work", "If we …", "then …", "so that …"])
    c.control_row(t, "{%tr for path in change_pathways %}")
    data_row(t, [
        [("{{ path.area }}", B)],
        ["{{ path.we_do }}"],
        ["{{ path.first_change }}"],
        ["{{ path.long_term }}"],
    ])
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")

    para(doc, "Our assumptions", style="Heading 2")
    para(doc, "The theory of change depends on some assumptions. If one of them stops being "
         "true, we will need to change the plan. The {{ governing_body }} checks them every "
         "year:")
    bullets(doc, [
        "members can keep organising without putting their leaders in serious danger;",
        "enough donors continue to fund sex worker-led organisations and regional networks;",
        "allies in health, human rights and women’s rights movements keep supporting sex "
        "workers’ leadership;",
        "change in laws takes many years, so progress in services and in communities counts too.",
    ])


def objectives(doc, width):
    heading1(doc, 5, page_break=True)
    para(doc, "From {{ plan.start_year }} to {{ plan.end_year }}, {{ org.short_name }} will work "
         "towards " + N_OBJECTIVES + ":", keep_next=True)
    control(doc, "{%p for o in objectives %}")
    first = para(doc, ("{{ o.title }}", B), " — {{ o.summary }}", style="List Number")
    control(doc, "{%p endfor %}")
    c.restart_numbering(doc, [first])
    para(doc, "Each objective contributes to one or more pathways of the theory of change. "
         "Together they describe what the network as a whole will do; member organisations "
         "decide for themselves how they take part.")

    para(doc, "Results framework", style="Heading 2")
    para(doc, "For each objective, the results framework lists the outcomes we expect, the "
         "indicators that show whether they are achieved, the baseline (the situation when the "
         "plan starts), the target for the end of the plan in {{ plan.end_year }}, and the "
         "means of verification (where the evidence comes from).", keep_next=True)

    widths = [Cm(3.7), Cm(3.9), Cm(2.3), Cm(2.3)]
    widths.append(width - sum(widths))
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Outcome", "Indicator", "Baseline",
                     ["Target ({{ plan.end_year }})"], "Means of verification"])
    c.control_row(t, "{%tr for o in objectives %}")
    group_row(t, ("Objective {{ loop.index }}: {{ o.title }}", {"b": True, "color": c.ACCENT_DARK}))
    c.control_row(t, "{%tr for result in o.results %}")
    data_row(t, [
        ["{{ result.outcome }}"],
        ["{{ result.indicator }}"],
        ["{{ result.baseline }}"],
        [("{{ result.target }}", B)],
        ["{{ result.verification }}"],
    ])
    c.control_row(t, "{%tr endfor %}")
    c.control_row(t, "{%tr endfor %}")
    note = para(doc, "Indicators count organisations, activities and services, never the identities of "
         "individual sex workers. Where an indicator needs information about people, it is "
         "collected with their consent, without names, and kept as described in section 7.",
         style="Note")
    note.paragraph_format.space_before = Pt(6)

    control(doc, "{%p if sections.regional_priorities %}")
    para(doc, "Priorities of the region", style="Heading 2")
    para(doc, "Alongside the shared objectives, member organisations in "
         "{{ network.region_name }} set priorities of their own, based on the situation in "
         "their countries. These priorities are part of this plan: the secretariat plans, "
         "funds and reports on them in the same way as on the objectives above.")
    control(doc, "{%p if regional_focus %}")
    para(doc, "For " + PERIOD + ", the priorities of the region are:", keep_next=True)
    control(doc, "{%p for focus in regional_focus %}")
    para(doc, ("{{ focus.title }}", B), ": {{ focus.description }}", style="List Bullet")
    control(doc, "{%p endfor %}")
    control(doc, "{%p else %}")
    para(doc, "The member organisations of the region agree their priorities at their regional "
         "meeting, and the {{ governing_body }} adds them to this section once they are agreed.")
    control(doc, "{%p endif %}")
    para(doc, "When a regional priority needs a change to an objective or a target, the "
         "{{ governing_body }} proposes it to the {{ assembly_name }} as described in section 9.")
    control(doc, "{%p endif %}")


def implementation(doc, width):
    heading1(doc, 6)
    para(doc, "This plan is carried out through yearly workplans and budgets, by the bodies of "
         "the network and its member organisations together.")

    para(doc, "Yearly workplans and budgets", style="Heading 2")
    numbered(doc, [
        "Each year the secretariat drafts a workplan and budget that show which activities "
        "will move each objective forward, who is responsible and what they will cost.",
        "Member organisations and working groups comment on the draft, so that the workplan "
        "reflects the needs in their countries.",
        "The {{ governing_body }} approves the workplan and budget before the start of the "
        "financial year.",
        "Funding proposals to donors are based on the approved workplan. Where a donor asks for "
        "different activities, the secretariat checks with the {{ governing_body }} that they "
        "fit this plan before it signs an agreement.",
    ])

    para(doc, "Who does what", style="Heading 2")
    t = c.make_table(doc, [Cm(4.2), width - Cm(4.2)], rows=1)
    c.header_row(t, ["Who", "Role in this plan"])
    for who, role in (
        ("The {{ assembly_name }}", "Adopts the plan and any change to its objectives. Receives a "
         "report on progress every year and the results of the mid-term review and the final "
         "evaluation."),
        ("The {{ governing_body }}", "Approves yearly workplans and budgets, checks progress every "
         "{{ progress_review_months }} months, reviews risks and decides on smaller changes to "
         "the plan."),
        ("The secretariat", "Plans and carries out activities, supports members, raises and "
         "manages funds, collects monitoring data and prepares reports."),
        ("Member organisations", "Take part in activities, lead work in their own countries, "
         "share information on progress and on changes in their situation, and hold the "
         "network to account."),
        ("Working groups", "Advise on and lead work on their topic, and help to check progress "
         "on the objectives they are linked to."),
    ):
        data_row(t, [[(who, B)], [role]])
    para(doc, "")

    para(doc, "Resources", style="Heading 2")
    para(doc, "We estimate that this plan will cost {{ plan.total_budget|currency(currency) }} "
         "over its full period, including grants to members, activities, staff and the running "
         "of the secretariat. To raise and use these funds well, we will:")
    bullets(doc, [
        "ask donors for long-term, flexible funding that also pays for salaries, security and "
        "the running costs of sex worker-led organisations;",
        "make sure that no single donor provides more than {{ max_donor_share_percent }} percent "
        "of the network’s income in any year;",
        "pass a growing share of the funds we raise directly to member organisations through "
        "small grants with simple application and reporting rules;",
        "build a reserve that covers at least {{ reserve_months }} months of core costs;",
        "refuse funding that comes with conditions against sex workers’ rights, such as a "
        "requirement to oppose sex work or to help people “exit” it.",
    ])

    para(doc, "People", style="Heading 2")
    para(doc, "Sex workers are paid for their time and expertise when they work for the network, "
         "as staff, trainers, researchers, interpreters or speakers. We budget for "
         "interpretation, translation and accessible formats, so that language, literacy or "
         "disability do not keep anyone out. We look after the safety and well-being of staff "
         "and volunteers, many of whom carry the weight of their communities’ problems.")

    control(doc, "{%p if sections.partnerships %}")
    para(doc, "Allies and partnerships", style="Heading 2")
    para(doc, "We cannot reach our objectives alone. We work with allies who respect sex "
         "workers’ leadership and support the decriminalisation of sex work, and we agree "
         "with each partner, in writing, how we work together. In every partnership:")
    bullets(doc, [
        "sex workers speak for themselves, and partners do not speak for them;",
        "partners respect our rules on confidentiality and on the use of images and stories;",
        "joint funding is shared fairly, and sex worker-led organisations are paid for their "
        "work;",
        "either side may end the partnership if these principles are not respected.",
    ])
    control(doc, "{%p if partners %}")
    para(doc, "Our main partners for this plan are:", keep_next=True)
    control(doc, "{%p for partner in partners %}")
    para(doc, ("{{ partner.name }}", B), " — {{ partner.role }}", style="List Bullet")
    control(doc, "{%p endfor %}")
    control(doc, "{%p endif %}")
    control(doc, "{%p endif %}")


def monitoring(doc, width):
    heading1(doc, 7)
    para(doc, "Monitoring tells us whether we are doing what we planned; evaluation tells us "
         "whether it makes a difference; learning means we use both to improve. Members take "
         "part in all three: sex workers collect much of the information, discuss what it "
         "means and decide what to change.")

    para(doc, "What we collect, and how we keep it safe", style="Heading 2")
    bullets(doc, [
        "We collect only the information that the indicators in section 5 need.",
        "Information about people is collected with their informed consent, without names, and "
        "shared only as totals that cannot identify anyone.",
        "Monitoring data are stored in encrypted systems that only authorised people can open, "
        "and deleted when they are no longer needed.",
        "Members own the data they collect. The network asks before it publishes or shares them.",
    ])

    para(doc, "Reports and reviews", style="Heading 2")
    para(doc, "The table shows who reports on the plan, to whom and when.", keep_next=True)
    widths = [Cm(4.4), Cm(3.6), Cm(3.8)]
    widths.append(width - sum(widths))
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["What", "Prepared by", "Shared with", "When"])
    for row in (
        ("Progress report on the workplan", "Secretariat", "The {{ governing_body }}",
         "Every {{ progress_review_months }} months"),
        ("Annual report, narrative and financial", "Secretariat", "The {{ assembly_name }}, "
         "members and donors", "Every year"),
        ("Audit of the accounts", "Independent auditor", "The {{ governing_body }} and donors",
         "Every year"),
        ("Mid-term review", "Independent reviewers, with sex workers on the team",
         "The {{ governing_body }} and all members", "{{ plan.midterm_year }}"),
        ("Final evaluation", "Independent evaluators, with sex workers on the team",
         "The {{ assembly_name }}, members and donors", "{{ plan.end_year }}"),
    ):
        data_row(t, [[(row[0], B)], [row[1]], [row[2]], [row[3]]])
    para(doc, "")

    para(doc, "Learning together", style="Heading 2")
    para(doc, "Once a year the secretariat and members meet, online or in person, to look at the "
         "results and at what has changed in the region. We ask three questions: what worked, "
         "what did not, and what we should do differently. The answers shape the next workplan. "
         "We share what we learn with members, allies and other sex worker networks, in a form "
         "that is safe and easy to read.")


def risks(doc, width):
    heading1(doc, 8)
    para(doc, "Our work takes place in a difficult and changing environment. The table lists "
         "the main risks to this plan, how likely they are, how serious their effects would "
         "be, and what we do to reduce them. The {{ governing_body }} reviews the risks every "
         "{{ progress_review_months }} months, and the secretariat tells it at once when a "
         "risk becomes more serious.", keep_next=True)
    widths = [Cm(3.9), Cm(2.2), Cm(2.0), Cm(5.3)]
    widths.append(width - sum(widths))
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, ["Risk", "Likelihood", "Impact", "How we reduce it", "Followed up by"])
    c.control_row(t, "{%tr for risk in risks %}")
    data_row(t, [
        [("{{ risk.risk }}", B)],
        ["{{ risk.likelihood }}"],
        ["{{ risk.impact }}"],
        ["{{ risk.mitigation }}"],
        ["{{ risk.owner }}"],
    ])
    c.control_row(t, "{%tr endfor %}")
    note = para(doc, "Likelihood and impact are rated high, medium or low. Risks to the safety of "
         "individual sex workers are always treated as serious, however unlikely they seem.",
         style="Note")
    note.paragraph_format.space_before = Pt(6)
    # where region plugins add risks of their own context
    control(doc, "{#p anchor additional_risks #}")


def changes_and_adoption(doc, width):
    heading1(doc, 9)
    para(doc, "This plan guides our work for its whole period, but the world around us will "
         "change. The plan can therefore be changed:")
    bullets(doc, [
        "the {{ governing_body }} may change activities, indicators, baselines and targets, "
        "and tells members about every change in the next progress report;",
        "a change to the vision, the mission or a strategic objective needs the approval of "
        "the {{ assembly_name }};",
        "after the mid-term review in {{ plan.midterm_year }}, the {{ governing_body }} "
        "proposes to the {{ assembly_name }} the changes the review recommends.",
    ])
    para(doc, "Work on the next strategic plan starts at least one year before this plan "
         "ends, so that members have time to take part.")
    # where region plugins add their own annexes (before the adoption part)
    control(doc, "{#p anchor regional_annex #}")

    para(doc, "Adoption", style="Heading 2", keep_next=True)
    p = para(doc, "This strategic plan was adopted by the {{ assembly_name }} of "
             "{{ org.name }} on the proposal of the {{ governing_body }}. It takes effect on "
             + ADOPTED + " and covers the years " + PERIOD + ".", keep_next=True)
    c.shade_paragraph(p)
    para(doc, "", keep_next=True)
    signature_table(doc, width)


def build() -> None:
    doc, width = c.new_document()
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Strategic Plan"],
        footer_parts=["Version {{ version }} · " + PERIOD + " · Takes effect " + ADOPTED],
    )
    cover(doc, width)
    about(doc)
    context(doc)
    who_we_are(doc)
    theory_of_change(doc, width)
    objectives(doc, width)
    implementation(doc, width)
    monitoring(doc, width)
    risks(doc, width)
    changes_and_adoption(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Strategic Plan",
        subject="Strategic plan of a network of sex worker-led organisations",
        keywords="strategic plan; theory of change; results framework; monitoring and "
                 "evaluation; risks; sex worker-led organisations",
        category="manual",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
