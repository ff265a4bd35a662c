"""Generate template_library/hr-manual/template.docx.

    python tools/templates/make_hr-manual.py

The text is the model Human Resources Manual of the network: the rules and
promises that apply to the people the secretariat employs. Variables, optional
sections and anchors are declared in template.yaml next to the .docx. Two tags
are written across several runs with different formatting on purpose, as Word
does when a person formats part of a tag, so that the template exercises the
engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx.enum.table import WD_ALIGN_VERTICAL  # noqa: E402
from docx.shared import Cm  # noqa: E402

import common as c  # noqa: E402
from common import para, bullets, numbered, control  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "template_library" / "hr-manual" / "template.docx"

B = {"b": True}
I = {"i": True}
LABEL = {"b": True, "color": c.MUTED}

HR = "{{ hr_contact.role }}"
HEAD = "{{ head_of_secretariat }}"
BOX = "\u2610"  # ballot box, for tick boxes on the forms


# --------------------------------------------------------------------------
# Small helpers of this script
# --------------------------------------------------------------------------




def info_table(doc, width, rows, label_width=Cm(4.0)):
    """Two columns without rules: a muted bold label and its value."""
    t = c.make_table(doc, [label_width, width - label_width], rows=0, borders=False)
    for label, value in rows:
        row = c.add_row(t)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], *(value if isinstance(value, list) else [value]))
    return t


def form_table(doc, width, rows, label_width=Cm(5.2)):
    """A form to fill in: label on a tint, an empty box to write in.

    A row is (label, height in twips) or (label, height, text already in the box).
    """
    t = c.make_table(doc, [label_width, width - label_width], rows=0)
    for spec in rows:
        label, height = spec[0], spec[1]
        row = c.add_row(t)
        c.set_row_flags(row)
        c.shade_cell(row.cells[0], c.TINT_HEX)
        c.cell_text(row.cells[0], (label, B))
        if len(spec) > 2:
            c.cell_text(row.cells[1], *(spec[2] if isinstance(spec[2], list) else [spec[2]]))
        else:
            c.cell_text(row.cells[1], "")
        c.row_height(row, height)
    return t


def signature_table(doc, width, labels):
    sig = c.make_table(doc, [Cm(5.0), width - Cm(5.0)], rows=0, borders=False)
    for label in labels:
        row = c.add_row(sig)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], "")
        c.set_cell_bottom_border(row.cells[1])
        c.row_height(row, 620)
        for cell in row.cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
    return sig


def ticks(labels) -> str:
    """Tick-box options; each one kept on one line (no-break spaces inside it)."""
    return "    ".join(f"{BOX}\u00a0" + label.replace(" ", "\u00a0") for label in labels)


def form_heading(doc, text, *, new_page=False):
    h = para(doc, text, style="Heading 2")
    if new_page:
        h.paragraph_format.page_break_before = True
    return h


# --------------------------------------------------------------------------
# Cover
# --------------------------------------------------------------------------


def cover(doc, width):
    para(doc, "Human Resources Manual", style="Title")
    # split tag: bold start, plain end
    para(doc, ("{{ org.", B), "name }}", style="Subtitle")

    info_table(doc, width, [
        ("Applies to", "Everyone employed by the secretariat of {{ org.short_name }}, and in "
                       "part to interns, volunteers and consultants (see section 1)"),
        ("Approved by", "The {{ governing_body }}"),
        ("Effective from", "{{ effective_date|date(\"long\") }}"),
        ("Version", "{{ version }}"),
        ("Questions to", f"The {HR}, {{{{ hr_contact.email }}}}"),
    ])
    para(doc, "")

    box = c.make_table(doc, [width], rows=1, borders=False)
    cell = box.rows[0].cells[0]
    c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(cell, ("Our promises to staff, in brief", {"b": True, "color": c.ACCENT}),
                style="Callout")
    bullets(cell, [
        "Lived experience of sex work is a qualification. It is valued in recruitment, in pay "
        "and in promotion, and it is never held against anyone.",
        "No one has to tell us whether they do, or did, sex work. If you tell us, we keep it "
        "confidential and use it only as you agree.",
        "Pay is fair and open: everyone is paid on the same published scale, in {{ currency }}.",
        "Your safety and wellbeing matter more than any deadline. Ask for help early; you will "
        "not be blamed for it.",
        "If something is wrong at work, you can raise it, be heard and get an answer, without "
        "fear of punishment.",
    ])
    para(doc, "")


# --------------------------------------------------------------------------
# 1. About this manual
# --------------------------------------------------------------------------


def about(doc):
    para(doc, "1. About this manual", style="Heading 1")
    para(doc, "{{ org.name }} ({{ org.short_name }}) is a network of sex worker-led "
         "organisations. Our staff are the people who carry out the decisions of the "
         "{{ assembly_name }} and the {{ governing_body }} every day. Many of them are sex "
         "workers or former sex workers; others are allies who share our values. This manual "
         "explains how we employ, support and protect all of them.")
    para(doc, "We wrote this manual in plain English because many of our staff read English as "
         "a second or third language. If something is not clear, ask the " + HR + ". You may "
         "ask in your own language, and you may bring a colleague or a friend to help you.")

    para(doc, "Who this manual applies to", style="Heading 2")
    bullets(doc, [
        [("Staff: ", B), "everyone with an employment contract with {{ org.short_name }}, "
         "full-time or part-time, permanent or fixed-term. The whole manual applies to them."],
        [("Interns and volunteers: ", B), "the parts on equal opportunities, duty of care, "
         "harassment and grievances apply to them. Their agreement says what else applies."],
        [("Consultants and contractors: ", B), "the parts on equal opportunities, duty of "
         "care and harassment apply while they work with us. Their contract covers the rest."],
    ])
    para(doc, "Members of the {{ governing_body }} are not staff. They follow the network’s "
         "governing documents and its Code of Conduct. When this manual gives a role to the "
         "{{ governing_body }}, the {{ governing_body }} may give that role to a committee "
         "of its members.")

    para(doc, "How this manual relates to the law and to your contract", style="Heading 2")
    para(doc, "Staff work in different countries, under different labour laws. This manual "
         "sets the minimum that {{ org.short_name }} offers everywhere. Where the law of the "
         "country where you work, or your own contract, gives you more, you receive the "
         "better right. Where the law requires something this manual does not mention, we "
         "follow the law.")
    para(doc, "Your contract says what your job is, where you work, your grade and your "
         "salary. The job description attached to it can change as the work changes, after "
         "a discussion with you. This manual can also change (see section 11); you are told "
         "about every change before it takes effect.")

    para(doc, "Our values as an employer", style="Heading 2")
    bullets(doc, [
        [("Nothing about us without us. ", B), "Sex workers lead this network, and people "
         "with lived experience of sex work take part in every decision about staff."],
        [("Respect. ", B), "We respect each person’s choices about their work, body, "
         "identity and private life."],
        [("Fairness. ", B), "The same rules apply to everyone. Decisions about people are "
         "explained, written down and open to appeal."],
        [("Safety. ", B), "Our staff and the communities we work with face criminalisation, "
         "violence and stigma. We plan our work so that no one is put at risk because of it."],
        [("Care. ", B), "Activism is hard work. We look after each other and we make space "
         "for rest."],
    ])


# --------------------------------------------------------------------------
# 2. Equal opportunities and recruitment
# --------------------------------------------------------------------------


def recruitment(doc):
    para(doc, "2. Equal opportunities and recruitment", style="Heading 1")
    para(doc, "Equal opportunities", style="Heading 2")
    para(doc, "{{ org.short_name }} treats every applicant and every member of staff fairly. "
         "We do not discriminate against anyone in recruitment, pay, training, promotion, "
         "discipline or dismissal because of:")
    bullets(doc, [
        "past or present sex work, or any other kind of work;",
        "gender, gender identity or gender expression, sex characteristics or sexual "
        "orientation;",
        "HIV status or any other health condition, disability, pregnancy or family status;",
        "past or present drug use;",
        "race, ethnicity, caste, colour, nationality, migration or residence status, "
        "language or religion;",
        "age, class or education;",
        "a criminal record, an arrest or a fine linked to sex work, drug use, migration, "
        "gender identity or sexuality.",
    ])
    para(doc, "Equal opportunities also means removing barriers. We pay attention to people who "
         "are often left out: trans sex workers, migrant sex workers, sex workers who use "
         "drugs, sex workers living with HIV and sex workers with disabilities, and others "
         "in the key populations we work with.")

    para(doc, "Lived experience of sex work", style="Heading 2")
    para(doc, "Knowledge that comes from doing sex work is expertise. It helps us understand "
         "what sex workers need, build trust with communities and speak with authority to "
         "governments and donors. In recruitment we therefore:")
    bullets(doc, [
        "count experience of sex work, of community organising and of peer work as relevant "
        "experience, in the same way as paid jobs and formal education;",
        "do not require a university degree unless the job truly needs one (for example, "
        "an accountant);",
        "accept applications in the languages the job description lists, and in the "
        "applicant’s preferred form, such as a voice message or a conversation;",
        "make sure that at least one person on every interview panel has lived experience "
        "of sex work.",
    ])
    para(doc, "No applicant or member of staff is ever required to say whether they do or did "
         "sex work. Some people choose to tell us, for example to apply for a reserved role. "
         "That information is confidential. Only the people who need it for the decision see "
         "it, and it is kept separate from the rest of the personnel file.")

    control(doc, "{%p if sections.lived_experience_positions %}")
    para(doc, "Roles reserved for people with lived experience", style="Heading 2")
    para(doc, "Some roles in the secretariat are reserved for people with lived experience of "
         "sex work, because the lived experience is an essential part of the job. At present "
         "these roles are: {{ reserved_roles|format_list }}. The {{ governing_body }} decides "
         "which roles are reserved and reviews the list when it approves the staffing plan.")
    bullets(doc, [
        "The job advertisement says clearly that the role is reserved.",
        "Applicants confirm their lived experience in a private conversation with a member of "
        "the panel who has lived experience. We do not ask for proof, and we never contact "
        "police, health services or other outside sources to check.",
        "The confirmation is written down only as “confirmed”, without details, and the note "
        "is destroyed when the recruitment ends.",
        "Where the law of the country of work limits reserved roles, the "
        "{{ governing_body }} takes legal advice and chooses the safest lawful way, such as "
        "making lived experience an essential requirement of the job.",
    ])
    control(doc, "{%p endif %}")

    para(doc, "How we recruit", style="Heading 2")
    numbered(doc, [
        f"The {HEAD} confirms that the job is in the staffing plan and that there is money "
        "to pay for it. New permanent jobs need the approval of the {{ governing_body }}.",
        "We write a short, clear job description and a person specification that lists only "
        "what is really needed for the job.",
        "We advertise the job for at least two weeks through member organisations and "
        "community networks, as well as the usual channels, so that sex workers hear about it.",
        "A panel of at least three people, including at least one person with lived "
        "experience of sex work, shortlists applicants against the person specification and "
        "writes down the reasons for each decision.",
        "Shortlisted applicants are interviewed, online or in person. Everyone is asked the "
        "same main questions. We pay reasonable travel costs and offer interpretation or "
        "other support when it is needed.",
        "The panel recommends one person. We take up references and then make a written offer.",
        "Every applicant who was interviewed is told the result and may ask for feedback.",
    ])

    para(doc, "References and criminal records", style="Heading 2")
    para(doc, "We ask for two references. A reference from a sex worker-led organisation, a "
         "community group or a peer is as valid as a reference from an employer. We ask the "
         "applicant before we contact anyone, and we never tell a referee more than the "
         "applicant has agreed.")
    para(doc, "We ask about criminal records only when the law requires it, or when the job "
         "involves work with children. A record linked to sex work, drug use, migration, "
         "gender identity or sexuality is not a reason to refuse a job.")

    para(doc, "Staff who are also members", style="Heading 2")
    para(doc, "Staff may remain active members of their own sex worker-led organisation. They "
         "may take part in the {{ assembly_name }} as representatives of that organisation, "
         "but they do not vote on matters that concern their own employment. A member of "
         "staff who wants to stand for election to the {{ governing_body }} must first leave "
         "their job or take unpaid leave for the whole term.")


# --------------------------------------------------------------------------
# 3. Starting work
# --------------------------------------------------------------------------


def induction(doc):
    para(doc, "3. Starting work: induction and probation", style="Heading 1")
    para(doc, "Your contract", style="Heading 2")
    para(doc, "Before your first day you receive a written contract in a language you "
         "understand. It states your job title, grade, salary, working hours, place of work, "
         "start date and, for a fixed-term contract, end date. Read it carefully and ask "
         "questions before you sign it.")

    para(doc, "Induction", style="Heading 2")
    para(doc, "Your line manager plans your induction with you. In your first month you will:")
    bullets(doc, [
        "meet your colleagues, the members of the {{ governing_body }} you will work with, "
        "and some member organisations;",
        "learn about the history of the network, the sex worker rights movement and the "
        "decisions of the last {{ assembly_name }};",
        "read this manual, the Code of Conduct and the policies on safeguarding, security and "
        "data protection, and sign to confirm that you have read them (Form E);",
        "receive your equipment and set up secure accounts, with help from a colleague;",
        "agree a security plan and an emergency contact with your line manager (section 7);",
        "agree a work plan for your probation period.",
    ])

    para(doc, "Probation", style="Heading 2")
    # split tag: the variable name in bold, the closing braces plain
    para(doc, "Every new member of staff has a probation period of ",
         ("{{ probation_months", B), " }} ",
         "{{ probation_months|plural(one=\"month\", other=\"months\") }}. Probation is a time "
         "to learn the job and to check, together, that the job and the person fit. It is not "
         "a test you must pass alone.")
    bullets(doc, [
        "You meet your line manager at least every two weeks to talk about how things are "
        "going and what support you need.",
        "Half way through, you have a written mid-probation review. If there are problems, "
        "your line manager tells you clearly what must improve and what help you will get.",
        "At the end, your line manager confirms your appointment in writing, or, in fair and "
        "explained cases, extends probation once by up to three months or ends the contract.",
        "During probation, either side can end the contract with {{ notice.probation_weeks }} "
        "{{ notice.probation_weeks|plural(one=\"week\", other=\"weeks\") }}’ written notice.",
    ])


# --------------------------------------------------------------------------
# 4. Pay and allowances
# --------------------------------------------------------------------------


def pay(doc, width):
    para(doc, "4. Pay and allowances", style="Heading 1")
    para(doc, "Our principles", style="Heading 2")
    bullets(doc, [
        "Everyone is paid on one published salary scale. The same job is paid the same, "
        "whoever does it.",
        "Lived experience of sex work counts when we decide where a person starts on the scale.",
        "Salaries are set in {{ currency }} and are paid monthly, by the last working day of "
        "the month, into an account in the staff member’s name. Where a bank account is not "
        "safe or not possible, the {{ hr_contact.role }} agrees another safe way with you.",
        "The {{ governing_body }} approves the salary scale each year with the budget. The "
        "{{ assembly_name }} receives a summary of staff costs in the annual report.",
    ])

    para(doc, "Salary scale", style="Heading 2")
    para(doc, "Gross monthly salaries for full-time work. Part-time staff receive the same "
         "rate for the hours they work. A new member of staff usually starts at the minimum "
         "of the grade and moves up the grade after each year of satisfactory work, until "
         "the maximum.", keep_next=True)
    t = c.make_table(doc, [Cm(1.6), width - Cm(7.6), Cm(3.0), Cm(3.0)], rows=1)
    right = c.ALIGN.RIGHT
    c.header_row(t, ["Grade", "Examples of roles", "Minimum", "Maximum"],
                 aligns=[None, None, right, right])
    c.control_row(t, "{%tr for g in salary_scale %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ g.grade }}", B))
    c.cell_text(row.cells[1], "{{ g.roles }}")
    c.cell_text(row.cells[2], "{{ g.minimum|currency(currency) }}", align=right)
    c.cell_text(row.cells[3], "{{ g.maximum|currency(currency) }}", align=right)
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")

    para(doc, "Taxes, contributions and deductions", style="Heading 2")
    para(doc, "{{ org.short_name }} deducts income tax and social security contributions "
         "where the law requires it, and pays the employer’s share. Your payslip shows every "
         "deduction. We make no other deduction without your written agreement. If you need "
         "help in an emergency, you may ask for a salary advance of up to one month’s salary, "
         "paid back over no more than six months.")

    para(doc, "Allowances", style="Heading 2")
    para(doc, "Allowances pay for costs that the work causes. They are not part of the salary "
         "and are paid only while the work needs them.", keep_next=True)
    a = c.make_table(doc, [Cm(4.2), Cm(3.6), width - Cm(7.8)], rows=1)
    c.header_row(a, ["Allowance", "Amount", "When it is paid"], aligns=[None, right, None])
    allowances = [
        ("Daily allowance (per diem)", "{{ allowances.per_diem|currency(currency) }}",
         "For each night away from home on work travel, for meals and small costs, when "
         "meals are not provided. Reduced by a fair share for each meal that is provided."),
        ("Communication", "{{ allowances.communication|currency(currency) }}",
         "Each month, for staff who use their own phone and data for work, including secure "
         "messaging apps."),
        ("Learning", "{{ allowances.learning|currency(currency) }}",
         "Each year, per member of staff, for courses, language classes and other learning "
         "agreed in the annual review (section 6)."),
        ("Travel", "Actual cost",
         "The safest reasonable way to travel, booked through the secretariat. Taxis are "
         "paid at night, or whenever public transport is not safe for you."),
    ]
    for name, amount, when in allowances:
        row = c.add_row(a)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], (name, B))
        c.cell_text(row.cells[1], amount, align=right)
        c.cell_text(row.cells[2], when)
    para(doc, "")

    para(doc, "Claiming expenses", style="Heading 2")
    para(doc, "Claim expenses within one month with Form B and the receipts. When a receipt "
         "cannot be had, or asking for one would be unsafe, write down what you paid, when "
         "and why, and sign it; your line manager decides whether to accept it. Never make a "
         "false claim: it is fraud, and it is treated as gross misconduct (section 9).")


# --------------------------------------------------------------------------
# 5. Working hours and leave
# --------------------------------------------------------------------------


def hours_and_leave(doc, width):
    para(doc, "5. Working hours and leave", style="Heading 1")
    para(doc, "Working hours", style="Heading 2")
    para(doc, "Full-time work is {{ weekly_hours }} hours a week, usually from Monday to "
         "Friday. Many of our activities take place in the evening or at the weekend, because "
         "that is when sex workers can take part. You may organise your hours flexibly with "
         "your line manager, as long as the work is done and colleagues can reach you when "
         "they need to.")
    bullets(doc, [
        "We do not pay overtime. If you work more than your hours, agreed in advance with your "
        "line manager, you take the same time off within three months.",
        "Take a break of at least one hour in every working day, and at least eleven hours of "
        "rest between two working days.",
        "Outside your working hours, you do not have to answer messages, unless you are on "
        "an agreed emergency rota.",
        "Time spent travelling for work counts as working time, up to a normal working day.",
    ])

    control(doc, "{%p if sections.remote_work %}")
    para(doc, "Working from home safely", style="Heading 2")
    para(doc, "Staff may work from home for up to {{ remote_work_days }} "
         "{{ remote_work_days|plural(one=\"day\", other=\"days\") }} a week, or more when "
         "their contract says so, if the work allows it and their line manager agrees. Home "
         "can be a safe place to work, but for some staff it is not. Nobody is required to "
         "work from home, or to tell us why they prefer not to.")
    bullets(doc, [
        "Work where others cannot see your screen or hear your calls. Use headphones for "
        "calls about members, cases or security.",
        "Use only the devices and accounts provided or approved by the secretariat, with "
        "screen lock and encryption turned on.",
        "Do not print personal data of members or colleagues at home. Do not leave "
        "network papers where visitors or family members can read them.",
        "In video calls, use a plain or blurred background and do not show or name other "
        "people without their agreement.",
        "If you share your home with someone who does not know about your work, or who may "
        "harm you, tell your line manager in confidence. We will help you find another safe "
        "place to work and pay for it.",
        "The communication allowance covers reasonable internet costs. Ask the "
        f"{HR} for a chair, a screen or other equipment that you need to work safely.",
    ])
    control(doc, "{%p endif %}")

    para(doc, "Leave", style="Heading 2")
    para(doc, "The table shows the paid leave that every member of staff receives each year. "
         "Part-time staff receive the same in proportion to their hours. The leave year runs "
         "with the calendar year, and the first and last years are counted in proportion.",
         keep_next=True)
    t = c.make_table(doc, [Cm(4.2), Cm(4.0), width - Cm(8.2)], rows=1)
    c.header_row(t, ["Type of leave", "Paid entitlement", "What to know"])
    leave = [
        ("Annual leave", "{{ leave.annual_days }} working days",
         "Plan it with your line manager. Up to five days may be carried over to the next "
         "year. Unused leave is paid when you leave."),
        ("Public holidays", "As in the country of work",
         "You may swap a public holiday for another day that matters to you, such as a "
         "religious holiday or 17 December, the International Day to End Violence Against "
         "Sex Workers."),
        ("Sick leave", "{{ leave.sick_days }} working days",
         "Tell your line manager on the first day. A medical note is needed only after five "
         "days in a row, and it does not have to say what the illness is."),
        ("Parental leave", "{{ leave.parental_weeks }} weeks",
         "For the parent who gives birth or who adopts. Includes time for antenatal care."),
        ("Leave for the other parent", "{{ leave.partner_weeks }} "
         "{{ leave.partner_weeks|plural(one=\"week\", other=\"weeks\") }}",
         "For the partner or co-parent, whatever their gender, at birth or adoption."),
        ("Compassionate leave", "{{ leave.compassionate_days }} working days",
         "When a person close to you dies or is seriously ill. You decide who is close to "
         "you: family in law and chosen family are treated the same."),
        ("Wellbeing days", "{{ leave.wellbeing_days }} working days",
         "For rest and recovery, taken with short notice and without giving a reason."),
        ("Emergency leave", "Up to five working days",
         "For an arrest, an eviction, a court date, violence or another crisis affecting you "
         "or someone in your care. You do not have to give details."),
    ]
    for kind, days, note in leave:
        row = c.add_row(t)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], (kind, B))
        c.cell_text(row.cells[1], days)
        c.cell_text(row.cells[2], note)
    para(doc, "")
    para(doc, "Ask for annual leave and wellbeing days with Form A. Longer unpaid leave, for "
         "study, care or other personal reasons, may be agreed by the {{ head_of_secretariat }} "
         "when the work allows it. Gender-affirming care is treated as sick leave, and extra "
         "time is agreed when it is needed.")
    control(doc, "{#p anchor leave_rules #}")


# --------------------------------------------------------------------------
# 6. Performance and learning
# --------------------------------------------------------------------------


def performance(doc):
    para(doc, "6. Performance and learning", style="Heading 1")
    para(doc, "We want every member of staff to know what is expected of them, to receive "
         "honest feedback and to grow in their work. Performance management at "
         "{{ org.short_name }} is a conversation, not a judgement from above.")
    para(doc, "Work plans and supervision", style="Heading 2")
    bullets(doc, [
        "Each year you agree a personal work plan with your line manager, based on the "
        "network’s annual plan.",
        "You meet your line manager at least once a month, for at least an hour, to talk "
        "about your work, your workload, your wellbeing and your learning. Either of you can "
        "ask for a meeting at any time.",
        "Your line manager keeps short notes of agreed actions and shares them with you.",
    ])
    para(doc, "Annual review", style="Heading 2")
    numbered(doc, [
        "You and your line manager each look back over the year: what went well, what was "
        "hard, and why.",
        "You may ask for feedback from colleagues and from member organisations you work with.",
        "You meet to agree the main points, your work plan for the next year and your "
        "learning plan.",
        "The review is written down, signed by both of you and kept in your personnel file. "
        "If you disagree with it, your comments are added.",
    ])
    para(doc, f"The {HEAD} is reviewed each year by the {{{{ governing_body }}}} in the same way.")

    para(doc, "Learning and development", style="Heading 2")
    para(doc, "Every member of staff has a learning allowance each year (section 4). Learning "
         "can be a course, a language class, a mentor, a visit to a member organisation or "
         "time to study. Staff who are sex workers are encouraged to grow into senior and "
         "leadership roles, and may ask for a mentor for this.")

    para(doc, "When work is not going well", style="Heading 2")
    para(doc, "Problems with performance are first a question of support. The line manager "
         "talks with the staff member early, listens to the reasons, and agrees a written "
         "improvement plan with clear goals, support and a fair time to improve, usually "
         "between one and three months. Only if the plan does not work after that time may "
         "the procedure in section 9 be used. Health problems, disability and crises in a "
         "person’s life are taken into account at every step.")


# --------------------------------------------------------------------------
# 7. Duty of care and wellbeing
# --------------------------------------------------------------------------


def duty_of_care(doc):
    para(doc, "7. Duty of care and wellbeing", style="Heading 1")
    para(doc, "{{ org.short_name }} has a duty to protect the health, safety and security of "
         "its staff, at work and on work travel. Our staff work on issues that are "
         "criminalised and stigmatised in many countries, and many of them belong to the "
         "communities they serve. This brings risks that other employers do not have to "
         "think about. We take them seriously.")

    para(doc, "Wellbeing", style="Heading 2")
    bullets(doc, [
        "Workloads are planned so that the work can be done in normal working hours. If your "
        "workload is too high, tell your line manager; together you decide what can wait.",
        "Work with people in crisis, with violence and with loss can cause stress, burnout "
        "and secondary trauma. Staff may use up to {{ counselling_sessions }} sessions a year "
        "of confidential counselling, paid by {{ org.short_name }}. You choose the counsellor, "
        "including one from the community, and we do not ask what you talk about.",
        "Teams meet regularly for peer support, led by a colleague or an outside facilitator.",
        "After a difficult event, such as a raid, a death or an attack on a colleague, the "
        "team meets to support each other and decide what help is needed.",
    ])

    para(doc, "Security of staff who are sex workers", style="Heading 2")
    para(doc, "Some of our staff do sex work now; some did in the past. In most countries this "
         "exposes them to arrest, violence, blackmail, eviction, loss of their children or "
         "deportation if it becomes known. Being visible as a sex worker activist can bring "
         "the same risks. {{ org.short_name }} therefore promises that:")
    numbered(doc, [
        "We never reveal that a member of staff is or was a sex worker, to anyone, without "
        "their clear consent for that specific purpose. This includes donors, partners, "
        "officials, landlords, banks and journalists.",
        "Staff decide for themselves whether to be public about their sex work. Nobody is "
        "required to speak to the media, appear in photos or videos, or tell their story "
        "to do their job. Staff who choose to be public receive training and support "
        "first.",
        "Doing sex work outside working hours is a private matter. It is not a conflict of "
        "interest, and it is never a reason for discipline or dismissal.",
        "An arrest, a fine or a conviction for sex work, or for something linked to it, is "
        "not a reason for discipline. We help with legal support and with the effects on "
        "your work, and you may take emergency leave.",
        "Staff can choose the name that is used for them in publications, email addresses "
        "and online spaces. Personnel files, payslips and contracts are kept securely and "
        "seen only by the people who must see them.",
        "If a member of staff is threatened, outed, blackmailed or harassed because of their "
        "sex work, their activism or their identity, we act at once with them to make them "
        "safe, including changing their work, their travel or their contact details.",
    ])
    para(doc, "The same promises apply to staff who live with HIV, who use drugs, who are "
         "trans or gender diverse, or whose migration status is not secure.")

    para(doc, "Your security plan", style="Heading 2")
    para(doc, "During induction, each member of staff agrees a short security plan with their "
         "line manager and updates it every year, or when their situation changes. The plan "
         "records:")
    bullets(doc, [
        "a person to contact in an emergency, who may be a friend or a colleague rather than "
        "family, and what that person may be told;",
        "a lawyer or legal service to call in case of arrest;",
        "how the secretariat can reach you, and how you confirm that you are safe, when you "
        "travel or do outreach;",
        "what you want colleagues to do, and not to do, if you are arrested, detained or "
        "cannot be reached.",
    ])
    para(doc, "The plan is kept by the {{ hr_contact.role }}, in a sealed or encrypted file, and "
         "opened only in an emergency.")

    para(doc, "Travel and outreach", style="Heading 2")
    bullets(doc, [
        "Before work travel, check the travel advice with the secretariat, including the "
        "risks for sex workers, trans people and people living with HIV at the destination "
        "and at borders. Nobody has to travel to a place where they do not feel safe.",
        "Do not carry lists of members, condoms in large numbers or other materials that "
        "could be used against you by police, unless the team has agreed that it is safe.",
        "Go to outreach and night-time activities in pairs, and tell the team when you leave "
        "and when you are home.",
        "{{ org.short_name }} provides travel and medical insurance for work travel, and pays "
        "for visa costs and, where needed, for a safe hotel.",
    ])

    para(doc, "Reporting an incident", style="Heading 2")
    para(doc, "Report any accident, threat, attack, arrest, lost device or data leak that "
         "happens at work or because of your work to your line manager or the "
         "{{ hr_contact.role }} as soon as you safely can, within 24 hours. Use Form D or "
         "tell them by phone. Reports are kept confidential and used to help you and to make "
         "our work safer, never to blame the person who was harmed.")
    control(doc, "{#p anchor security_context #}")


# --------------------------------------------------------------------------
# 8. Harassment
# --------------------------------------------------------------------------


def harassment(doc):
    para(doc, "8. Harassment, bullying and discrimination", style="Heading 1")
    para(doc, "Everyone at {{ org.short_name }} has the right to work without harassment, "
         "bullying or discrimination, in the office, at events, on work travel and online. "
         "This applies to staff, members of the {{ governing_body }}, volunteers, consultants "
         "and anyone else we work with, whatever their position.")

    para(doc, "What we mean", style="Heading 2")
    bullets(doc, [
        [("Harassment ", B), "is unwanted behaviour linked to who a person is, which "
         "violates their dignity or creates a hostile or humiliating environment."],
        [("Sexual harassment ", B), "is unwanted behaviour of a sexual nature: comments, "
         "jokes, looks, messages, images, touching or requests for sex. Working in a sex "
         "worker-led organisation does not mean that anyone agrees to sexual comments or "
         "attention."],
        [("Bullying ", B), "is repeated behaviour that intimidates, undermines or excludes "
         "a person, including the misuse of power by a manager."],
    ])
    para(doc, "Examples that we do not accept:", keep_next=True)
    bullets(doc, [
        "stigmatising remarks or jokes about sex work, drug use, HIV, gender identity or "
        "migration, including remarks about “good” and “bad” kinds of sex work;",
        "outing someone, or threatening to reveal their sex work, HIV status, gender "
        "identity, sexuality or migration status;",
        "deliberately using the wrong name or pronoun for a colleague;",
        "shouting, insults, public humiliation or excluding someone from work or information;",
        "pressure to take part in sexual activity, or to share details of one’s sex work.",
    ])

    para(doc, "What to do", style="Heading 2")
    para(doc, "If you feel safe to do so, tell the person that their behaviour is not "
         "acceptable. You do not have to. You may at any time talk in confidence with your "
         "line manager, the {{ hr_contact.role }}, the {{ head_of_secretariat }} or, when the "
         "concern is about the {{ head_of_secretariat }}, the Chair of the "
         "{{ governing_body }}. They will explain your options, including a formal "
         "grievance (section 9).")
    bullets(doc, [
        "Every complaint is taken seriously and handled quickly and in confidence.",
        "You are told what will happen and you are asked what you need to feel safe at work, "
        "for example not to work with the person while the complaint is handled.",
        "Nobody may be punished or treated worse for making a complaint in good faith, for "
        "supporting a colleague or for being a witness. Doing so is itself misconduct.",
        "Harassment by a partner, donor or member of the public is also taken seriously; "
        "{{ org.short_name }} acts to protect you, and may end the relationship.",
    ])


# --------------------------------------------------------------------------
# 9. Grievance and discipline
# --------------------------------------------------------------------------


def grievance_discipline(doc):
    para(doc, "9. Grievance and discipline", style="Heading 1")
    para(doc, "Both procedures follow the same rules of fairness:")
    bullets(doc, [
        "the person concerned is told the facts in writing and has a fair chance to respond;",
        "they may be accompanied at every meeting by a colleague, a member of their "
        "organisation or another person they trust, and may use an interpreter;",
        "nobody decides a case in which they are involved or have a conflict of interest;",
        "decisions are given in writing, with reasons, and can be appealed;",
        "records are confidential and kept only as long as needed.",
    ])

    para(doc, "Raising a grievance", style="Heading 2")
    para(doc, "A grievance is a concern or complaint about your work, your working conditions "
         "or the way you are treated. Many problems can be solved by talking early with your "
         "line manager. If that does not work, or is not possible, use the formal procedure:")
    numbered(doc, [
        f"Write to the {HR} or the {HEAD}, using Form C or in your own words. A grievance "
        f"about the {HEAD} goes to the Chair of the {{{{ governing_body }}}}.",
        "The grievance is acknowledged within five working days. A person who is not "
        "involved is named to deal with it.",
        "You meet that person to explain the grievance and what outcome you would like.",
        "They look into the facts, hear anyone else involved, and give you a written decision "
        "within {{ grievance_days }} working days of the meeting. If they need more time, "
        "they tell you why.",
        "If you are not satisfied, you may appeal in writing within {{ appeal_days }} working "
        "days. The appeal is heard by someone more senior who was not involved, or by two "
        "members of the {{ governing_body }}. Their decision is final within the network.",
    ])

    para(doc, "Discipline", style="Heading 2")
    para(doc, "Discipline is used only when other ways have failed, or when the misconduct is "
         "serious. Its aim is to correct behaviour, not to punish. Misconduct includes, for "
         "example, repeated lateness or absence without a reason, not following reasonable "
         "instructions, or careless handling of confidential information.")
    para(doc, "Gross misconduct is behaviour so serious that it can lead to dismissal without "
         "notice, such as:", keep_next=True)
    bullets(doc, [
        "sexual exploitation or abuse, violence, serious harassment or bullying;",
        "outing a member, participant or colleague, or a serious breach of confidentiality "
        "that puts people at risk;",
        "theft, fraud, bribery or false expense claims;",
        "working under the influence of alcohol or drugs in a way that puts others at risk;",
        "serious breaches of the Code of Conduct or of the safeguarding policy.",
    ])
    para(doc, "Sex work outside working hours, an arrest or conviction linked to sex work, drug "
         "use, HIV status or gender identity are never misconduct in themselves.")

    para(doc, "The disciplinary procedure", style="Heading 2")
    numbered(doc, [
        "The facts are looked into by a person who is not involved. During this time the "
        "staff member may be suspended on full pay if that is needed to protect people or "
        "the investigation. Suspension is not a punishment.",
        "If there is a case to answer, the staff member is invited in writing to a "
        "disciplinary meeting, at least five working days in advance, with the evidence.",
        "At the meeting they can give their side, bring witnesses and be accompanied.",
        "The decision is given in writing within five working days. It may be no action, a "
        "written warning, a final written warning or, for gross misconduct or after a final "
        "warning, dismissal. Warnings expire after twelve months.",
        "Dismissal is decided by the {{ head_of_secretariat }}. The dismissal of the "
        "{{ head_of_secretariat }} is decided by the {{ governing_body }}.",
        "The staff member may appeal within {{ appeal_days }} working days to a panel of "
        "members of the {{ governing_body }} who were not involved. The panel includes at "
        "least one sex worker.",
    ])


# --------------------------------------------------------------------------
# 10. Leaving
# --------------------------------------------------------------------------


def leaving(doc):
    para(doc, "10. Leaving {{ org.short_name }}", style="Heading 1")
    para(doc, "Notice", style="Heading 2")
    para(doc, "After probation, staff who want to leave give {{ notice.weeks }} weeks’ written "
         "notice, unless their contract says otherwise. {{ org.short_name }} gives at least "
         "the same notice, or more where the law requires it. Notice can be shortened when "
         "both sides agree.")

    para(doc, "When funding ends", style="Heading 2")
    para(doc, "Many of our jobs depend on grants. When a grant ends or is cut, we first look "
         "for other funding and other roles for the staff affected. If a job must end, we "
         "tell the staff member as early as we can, at least the notice period in advance, "
         "explain the reasons, and pay any severance that the law or the contract provides. "
         "Staff whose jobs end are considered first for suitable new jobs for one year.")

    para(doc, "Before you go", style="Heading 2")
    bullets(doc, [
        "Agree a handover plan with your line manager, so that members and partners are not "
        "left without support.",
        "Return equipment, keys and documents, and hand over files and passwords. The "
        "secretariat closes your work accounts and removes you from group chats and "
        "mailing lists, with your help.",
        "You are offered an exit interview with someone other than your line manager. What "
        "you say helps us improve.",
        "Your final pay includes salary up to your last day, unused annual leave and any "
        "allowances owed, and is paid within one month.",
    ])

    para(doc, "After you leave", style="Heading 2")
    para(doc, "Your duty of confidentiality continues after you leave: never reveal personal "
         "information about members, participants or colleagues that you learned at work. In "
         "the same way, {{ org.short_name }} continues to protect your information. We give a "
         "factual reference on request, and we never mention sex work, health, gender "
         "identity or other private matters in it without your written consent. Personnel "
         "files are kept for as long as the law requires and then destroyed securely.")
    control(doc, "{#p anchor regional_annex #}")


def review(doc):
    para(doc, "11. Review of this manual", style="Heading 1")
    para(doc, f"The {HEAD} proposes changes to this manual after consulting all staff, and the "
         "{{ governing_body }} approves them. The manual is reviewed at least every "
         "{{ review_period_months }} months, and sooner when the law changes. This version "
         "was approved by the {{ governing_body }} and takes effect on "
         "{{ effective_date|date(\"long\") }}. It replaces all earlier versions.")


# --------------------------------------------------------------------------
# Annex: forms
# --------------------------------------------------------------------------


def forms(doc, width):
    h = para(doc, "Annex: Forms", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "Use these forms on paper or copy them into an email or a secure document. You "
         "may fill them in in your own language. Completed forms contain personal data: "
         "send them only to the people named, and never through a group chat.", style="Note")

    form_heading(doc, "Form A — Request for leave")
    form_table(doc, width, [
        ("Name", 440),
        ("Job title", 440),
        ("Type of leave", 700,
         ticks(["Annual", "Wellbeing day", "Parental", "Other parent", "Compassionate",
                "Emergency", "Unpaid", "Other"])),
        ("First and last day", 440),
        ("Number of working days", 440),
        ("Who covers urgent work", 600),
        ("Signature and date", 520),
        ("Approved by line manager (name, signature, date)", 620),
    ])
    para(doc, "")

    form_heading(doc, "Form B — Expense and allowance claim", new_page=True)
    para(doc, "Attach the receipts. For a cost without a receipt, explain it in the "
         "description and sign below.", keep_next=True)
    form_table(doc, width, [
        ("Name", 440),
        ("Activity or trip", 440),
    ])
    para(doc, "", keep_next=True)
    widths = [Cm(2.6), width - Cm(10.8), Cm(3.0), Cm(3.0), Cm(2.2)]
    t = c.make_table(doc, widths, rows=1)
    right = c.ALIGN.RIGHT
    c.header_row(t, ["Date", "What was paid for", "Budget line", "Amount in {{ currency }}",
                     "Receipt"], aligns=[None, None, None, right, None])
    for _ in range(7):
        row = c.add_row(t)
        c.set_row_flags(row)
        for cell in row.cells:
            c.cell_text(cell, "")
        c.row_height(row, 400)
    row = c.add_row(t)
    c.set_row_flags(row)
    merged = row.cells[0].merge(row.cells[2])
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    c.cell_text(merged, ("Per diem: ____ nights × {{ allowances.per_diem|currency(currency) }}", B))
    c.cell_text(row.cells[3], "")
    c.cell_text(row.cells[4], "")
    row = c.add_row(t)
    c.set_row_flags(row)
    merged = row.cells[0].merge(row.cells[2])
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    c.cell_text(merged, ("Total claimed", B), align=right)
    c.cell_text(row.cells[3], "")
    c.cell_text(row.cells[4], "")
    for cell in (merged, row.cells[3], row.cells[4]):
        c.shade_cell(cell, c.TINT_HEX)
    para(doc, "")
    form_table(doc, width, [
        ("Signature and date", 520),
        ("Approved by (name, signature, date)", 620),
    ])

    form_heading(doc, "Form C — Grievance", new_page=True)
    para(doc, f"Send this form to the {HR} or the {HEAD}; for a grievance about the {HEAD}, "
         "to the Chair of the {{ governing_body }}. You may also raise a grievance in person "
         "or in a message in your own words.", style="Note")
    form_table(doc, width, [
        ("Name and job title", 440),
        ("Date", 440),
        ("Who or what is the grievance about?", 700),
        ("What happened? (dates, places, people present)", 2400),
        ("What have you done about it so far?", 900),
        ("What outcome would you like?", 900),
        ("Who will accompany you, if anyone?", 440),
        ("Signature", 520),
    ])
    para(doc, "")

    form_heading(doc, "Form D — Security incident report", new_page=True)
    para(doc, "Report within 24 hours to your line manager or the {{ hr_contact.role }}. Do not "
         "write names of members or participants; describe them instead (for example, "
         "“a participant in the workshop”).", style="Note")
    form_table(doc, width, [
        ("Your name", 440),
        ("Date, time and place", 440),
        ("Type of incident", 700,
         ticks(["Threat or attack", "Arrest or detention", "Harassment",
                "Lost or stolen device", "Data leak or hacked account", "Accident", "Other"])),
        ("What happened?", 2000),
        ("Was anyone hurt or at risk? Were police or officials involved?", 900),
        ("Which data, devices or accounts are affected?", 700),
        ("What support do you or others need now?", 900),
        ("Signature and date", 520),
    ])

    h = form_heading(doc, "Form E — Acknowledgement of this manual", new_page=True)
    p = para(doc, "I confirm that I have received, read and understood the Human Resources "
             "Manual of {{ org.name }}, version {{ version }}, effective from "
             "{{ effective_date|date(\"long\") }}, and that I know whom to ask when I have "
             "a question.")
    c.shade_paragraph(p)
    para(doc, "")
    signature_table(doc, width, ["Name", "Job title", "Signature", "Place and date"])
    para(doc, "")
    para(doc, "The signed form is kept in the personnel file and destroyed when the file is "
         "destroyed.", style="Note")


def build() -> None:
    doc, width = c.new_document()
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Human Resources Manual"],
        footer_parts=["Version {{ version }} · Effective {{ effective_date|date(\"long\") }}"],
    )
    cover(doc, width)
    about(doc)
    recruitment(doc)
    induction(doc)
    pay(doc, width)
    hours_and_leave(doc, width)
    performance(doc)
    duty_of_care(doc)
    harassment(doc)
    grievance_discipline(doc)
    leaving(doc)
    review(doc)
    forms(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Human Resources Manual",
        subject="Human resources manual for the staff of a network of sex worker-led organisations",
        keywords="human resources; recruitment; lived experience; pay; leave; wellbeing; "
                 "security; harassment; grievance; discipline; sex worker-led organisations",
        category="manual",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
