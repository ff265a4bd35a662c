"""Generate template_library/financial-manual/template.docx.

    python tools/templates/make_financial-manual.py

The text is the model Financial Manual of the network: accounting records and
the chart of accounts, budgets and revisions, shared costs and the allocation
key, indirect costs, procurement, petty cash, approvals and banking, foreign
exchange, reports and audit, and sub-grants to member organisations. Values and
optional sections are declared in template.yaml next to the .docx. Two tags are
written across several runs with different formatting on purpose, as Word does
when a person formats part of a tag, so that the template exercises the engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx.enum.table import WD_ALIGN_VERTICAL  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

import common as c  # noqa: E402
from common import ALIGN, bullets, control, numbered, para  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "template_library" / "financial-manual" / "template.docx"

B = {"b": True}
I = {"i": True}
U = {"u": True}
LABEL = {"b": True, "color": c.MUTED}

GB = "{{ governing_body }}"
GA = "{{ assembly_name }}"
DIRECTOR = "{{ roles.director }}"
FINANCE = "{{ roles.finance }}"
TREASURER = "{{ roles.treasurer }}"
FY_START = '{{ ("2000-" ~ fiscal_year_start)|date("d MMMM") }}'


def money(expr: str) -> str:
    """A value (a name or a literal number) shown in the build's currency and locale."""
    return f"{{{{ {expr}|currency(currency) }}}}"


# --------------------------------------------------------------------------
# Small helpers of this script (common.py is shared and not changed here)
# --------------------------------------------------------------------------


def data_table(doc, widths, headings, rows, *, aligns=None, bold_first=False, shaded=()):
    """A table with a repeating header row; each row is a list of cells, each cell a
    list of parts. Rows whose index is in ``shaded`` get the tint (group and total rows)."""
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, headings, aligns=aligns)
    for i, cells in enumerate(rows):
        row = c.add_row(t)
        c.set_row_flags(row)
        for j, (cell, parts) in enumerate(zip(row.cells, cells)):
            parts = [parts] if isinstance(parts, (str, tuple)) else list(parts)
            if (bold_first and j == 0) or i in shaded:
                parts = [(p, B) if isinstance(p, str) else p for p in parts]
            cp = c.cell_text(cell, *parts, align=(aligns[j] if aligns else None))
            if i in shaded:
                c.shade_cell(cell, c.TINT_HEX)
                if i < len(rows) - 1:  # a group row stays with the rows below it
                    cp.paragraph_format.keep_with_next = True
    return t


def table_row(table, cells, *, bold_first=True):
    row = c.add_row(table)
    c.set_row_flags(row)
    for j, (cell, parts) in enumerate(zip(row.cells, cells)):
        parts = [parts] if isinstance(parts, (str, tuple)) else list(parts)
        if bold_first and j == 0:
            parts = [(p, B) if isinstance(p, str) else p for p in parts]
        c.cell_text(cell, *parts)
    return row


def spacer(doc):
    return para(doc, "")




# --------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------


def cover(doc, width):
    para(doc, "Financial Manual", style="Title")
    # split tag: bold start, plain end
    para(doc, ("{{ org.", B), "name }}", style="Subtitle")

    info = c.make_table(doc, [Cm(4.0), width - Cm(4.0)], rows=0, borders=False)
    rows = [
        ("Applies to", ["The secretariat of {{ org.short_name }}, the " + GB + " and everyone "
                        "who spends or approves the network’s funds"]),
        ("Approved by", ["The " + GB]),
        ("Effective from", ['{{ effective_date|date("long") }}']),
        ("Version", ["{{ version }}"]),
        ("Accounting currency", ["{{ currency }}"]),
        ("Fiscal year", ["Twelve months starting on " + FY_START]),
    ]
    for label, value in rows:
        row = c.add_row(info)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], *value)
    spacer(doc)

    box = c.make_table(doc, [width], rows=1, borders=False)
    cell = box.rows[0].cells[0]
    c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(cell, ("This manual in brief", {"b": True, "color": c.ACCENT}), style="Callout")
    bullets(cell, [
        "The network’s money exists for the work of sex workers and their organisations. "
        "Use every amount for the purpose it was given for, and be able to show it.",
        "No one controls a payment alone. One person prepares or requests it, another "
        "approves it, and no one approves a payment to themselves.",
        "Record every transaction with its documents, its account code and the donor and "
        "activity it belongs to.",
        "Share costs between donors with a written allocation key, and never charge the "
        "same cost twice.",
        "Financial records must never put a community member at risk. Collect only the "
        "personal information a payment really needs, and keep it safe.",
        "If you think something is wrong, say so. Suspected fraud or misuse is reported at "
        "once, and no one is punished for reporting in good faith.",
    ])
    spacer(doc)


def purpose(doc, width):
    para(doc, "1. Purpose, principles and roles", style="Heading 1")
    # Word-style split: the first brace alone in a bold run, the rest bold in another colour
    para(doc, ("{", B), ("{ org.name }}", {"b": True, "color": c.TEXT}),
         " ({{ org.short_name }}) is a network of sex worker-led organisations. The money we "
         "manage comes from donors, from our members and from partners who trust us to use it "
         "well and only for the purposes we agreed with them. Sex workers and other key "
         "populations are the reason this money exists. Managing it carefully and openly is "
         "part of how we are accountable to them.")
    para(doc, "This manual sets out how the network records, plans, spends, shares and "
         "reports on its money. It applies to the staff of the secretariat, to the " + GB +
         " and its committees, and to anyone who spends or approves the network’s funds. "
         "It is written for daily use: when you are not sure what to do, look up the "
         "section, and if the answer is still not clear, ask the " + FINANCE + " before you "
         "act.")

    para(doc, "Principles", style="Heading 2")
    bullets(doc, [
        [("Accountability. ", B), "For every payment we can show who asked for it, who "
         "approved it, what it was for and that it was allowed by the budget."],
        [("Transparency. ", B), "The " + GB + ", the " + GA + " and our donors receive "
         "clear, accurate financial reports on time."],
        [("Separation of duties. ", B), "No single person controls a transaction from start "
         "to finish."],
        [("Value for money. ", B), "We look for good quality at a fair price, not simply the "
         "lowest price."],
        [("Safety and confidentiality. ", B), "Financial records can reveal who is a sex "
         "worker, who uses a service or who lives with HIV. We design our records so that "
         "they do not put anyone at risk."],
        [("Consistency. ", B), "The same rules apply to every donor, every project and every "
         "person, including the leaders of the network."],
    ])

    para(doc, "Roles and responsibilities", style="Heading 2")
    para(doc, "The table below shows who is responsible for what. In a small secretariat one "
         "person may hold more than one role, but the duties that must always be held by "
         "different people are listed in section 8.", keep_next=True)
    data_table(doc, [Cm(4.4), width - Cm(4.4)], ["Role", "Main financial responsibilities"], [
        ["The " + GB,
         "Approves this manual, the annual budget, the limits of authority and the audited "
         "financial statements. Appoints the external auditor and oversees financial risk."],
        ["The " + TREASURER,
         "A member of the " + GB + " who reviews the financial reports every quarter, "
         "co-signs large payments, approves the expenses of the " + DIRECTOR + " and checks "
         "a sample of transactions."],
        ["The " + DIRECTOR,
         "Manages the budget day to day, approves payments within the limits of section 8, "
         "signs grant agreements and reports to the " + GB + "."],
        ["The " + FINANCE,
         "Keeps the accounts, checks every payment against this manual and the donor’s rules, "
         "prepares payments, reconciliations and reports, and keeps the documents."],
        ["Budget holders",
         "Staff who manage a project or an activity. They request payments, confirm that goods "
         "and services were received, and keep spending within their budget lines."],
        ["The " + GA,
         "Receives the audited financial statements and the annual financial report, and asks "
         "questions about them."],
    ], bold_first=True)
    spacer(doc)

    para(doc, "How this manual relates to other rules", style="Heading 2")
    bullets(doc, [
        "Where a donor agreement sets a stricter rule than this manual, the stricter rule "
        "applies to that donor’s funds. The " + FINANCE + " keeps a short summary of the "
        "special rules of each donor agreement.",
        "Where the law of the country where the network is registered requires something "
        "different, the law applies, and the " + DIRECTOR + " proposes a change to this "
        "manual.",
        "Suspected fraud, theft or misuse of funds is a concern under the network’s Code of "
        "Conduct and is reported and handled in the way the Code describes.",
    ])
    para(doc, "The " + GB + " approves this manual and reviews it at least every "
         "{{ review_period_months }} months, or sooner when the law, a donor requirement or an "
         "audit finding makes a change necessary. This version takes effect on "
         '{{ effective_date|date("long") }} and replaces all earlier versions.')

    control(doc, "{%p if sections.fiscal_hosting %}")
    para(doc, "When a fiscal host holds our funds", style="Heading 2")
    para(doc, "The fiscal host of {{ org.short_name }} is {{ fiscal_host.name }}. Donors sign "
         "their agreements with the fiscal host, which receives the funds, holds them in its "
         "own bank accounts and makes payments on the network’s behalf. The network still "
         "decides on its own work, its own budget priorities and its own members. A written "
         "fiscal hosting agreement, approved by the " + GB + ", sets out at least:")
    bullets(doc, [
        "the fee the host charges and what the fee covers;",
        "how quickly the host makes a payment after the network has asked for it;",
        "which rules of this manual, and which rules of the host, apply to each kind of "
        "transaction;",
        "the reports the host sends to the network, and how often;",
        "who owns equipment bought with the network’s funds;",
        "how the agreement ends, and how unspent funds and records move to a new host or to "
        "the network itself.",
    ])
    para(doc, "What changes for approvals", style="Heading 3")
    numbered(doc, [
        "Payments are approved inside the network exactly as section 8 describes. The "
        + DIRECTOR + " then sends the approved payment request, with its documents, to the "
        "fiscal host.",
        "The fiscal host checks that the payment follows the donor agreement and its own "
        "financial rules, and then pays. Where the host’s rules are stricter than this manual, "
        "the host’s rules apply.",
        "The host may refuse or delay a payment only for a reason it gives in writing, such as "
        "a missing document or a conflict with the donor agreement. It does not refuse a "
        "payment because it disagrees with the network’s programme choices.",
        "The bank signatories are staff of the fiscal host. The network and the host agree in "
        "writing who they are.",
    ])
    para(doc, "What changes for reporting", style="Heading 3")
    bullets(doc, [
        "The fiscal host keeps the official accounting records, and its auditor audits them. "
        "The " + FINANCE + " keeps a copy of every transaction and compares it with the host’s "
        "statement every month, within {{ bank.reconcile_days }} working days of receiving "
        "it.",
        "Financial reports to donors are prepared together and signed by the fiscal host, as "
        "the party to the donor agreement.",
        "The network reports to its " + GB + " and to the " + GA + " as if it held the "
        "funds itself, using the host’s statements.",
        "Staff of the fiscal host see only the financial information they need to do their "
        "job. They do not receive membership lists or the names of community members who are "
        "paid by the network, unless the law or a donor requires it and the people concerned "
        "have agreed (see section 7).",
    ])
    control(doc, "{%p endif %}")


CHART = [
    ("1", "Assets", ""),
    ("1100", "Cash at bank", "Bank accounts; one sub-account for each bank account and currency."),
    ("1200", "Petty cash", "The cash box kept under section 7."),
    ("1300", "Mobile money", "Balances on mobile money accounts that the network uses for payments."),
    ("1400", "Advances to staff", "Travel and activity advances not yet accounted for."),
    ("1500", "Grants receivable", "Instalments due under signed grant agreements."),
    ("1600", "Sub-grant advances", "Funds paid to member organisations and not yet reported on."),
    ("1700", "Equipment", "Equipment above the value the " + GB + " sets for recording as an asset."),
    ("2", "Liabilities", ""),
    ("2100", "Payables", "Invoices received and not yet paid."),
    ("2200", "Payroll liabilities", "Tax and social contributions withheld from pay and not yet paid."),
    ("2300", "Deferred grant income", "Grant funds received for a later period or not yet spent."),
    ("3", "Funds and reserves", ""),
    ("3100", "Unrestricted reserves", "Funds the network may use for any of its purposes."),
    ("3200", "Restricted funds", "Unspent funds given for a specific purpose, carried forward."),
    ("4", "Income", ""),
    ("4100", "Grants", "Grants from donors; one sub-account for each donor."),
    ("4200", "Membership fees", "Fees paid by member organisations, where the network charges them."),
    ("4300", "Other income", "Bank interest, exchange gains, donations and payment for services."),
    ("5", "Programme costs", ""),
    ("5100", "Meetings and trainings", "Venues, meals, accommodation and interpretation."),
    ("5200", "Travel", "Fares, visas, per diems and local transport."),
    ("5300", "Community participation", "Fees and refunds to sex workers who take part as trainers, "
     "peer researchers, advisers or participants."),
    ("5400", "Sub-grants", "Grants to member organisations, recorded when their use is reported."),
    ("5500", "Publications and communication", "Writing, design, translation, printing and websites."),
    ("5600", "Consultants", "Experts under contract who are not staff."),
    ("6", "Staff and operating costs", ""),
    ("6100", "Salaries and benefits", "Gross pay, employer contributions and health insurance."),
    ("6200", "Office costs", "Rent, utilities and supplies; shared under section 4."),
    ("6300", "Communication and IT", "Phones, internet, secure software and devices."),
    ("6400", "Finance and audit", "Bank charges, audit fees and fiscal hosting fees."),
    ("6500", "Exchange losses", "Losses when exchange rates move (section 9)."),
]


def accounting(doc, width):
    para(doc, "2. Accounting records and the chart of accounts", style="Heading 1")
    para(doc, "{{ org.short_name }} keeps its accounts in {{ currency }}, using accounting "
         "software, on an accrual basis: income and costs are recorded in the period they belong "
         "to, not only when money is paid or received. The fiscal year lasts twelve months and "
         "starts on " + FY_START + ". Transactions are entered at least once a week, so that "
         "the accounts are never more than a few days behind.")

    para(doc, "Supporting documents", style="Heading 2")
    para(doc, "Every entry in the accounts is supported by documents that show what was bought, "
         "why, who approved it and that it was paid. Keep together:")
    bullets(doc, [
        "the approved payment request or purchase order;",
        "the invoice, receipt or contract, and the quotes when section 6 requires them;",
        "proof that goods or services were received, signed by the budget holder;",
        "proof of payment: the bank or mobile money record, or the signed petty cash voucher;",
        "for meetings: the attendance and payment list, prepared as section 7 describes.",
    ])
    para(doc, "If an original receipt is lost, the person who made the payment writes and signs "
         "a short statement of what was paid, to whom and why, and the " + DIRECTOR +
         " approves it. This is an exception, not a habit.")

    para(doc, "The chart of accounts", style="Heading 2")
    para(doc, "Every transaction is coded in three ways: the account (what kind of income or "
         "cost it is), the donor or project (who pays for it) and the activity (what it is for). "
         "The table below is the model chart of accounts. The " + FINANCE + " may add "
         "sub-accounts, for example one for each donor, but does not change the meaning of an "
         "account without the approval of the " + DIRECTOR + ".", keep_next=True)

    rows, shaded = [], []
    for i, (code, name, use) in enumerate(CHART):
        if use == "":
            shaded.append(i)
            rows.append([code, name, ""])
        else:
            rows.append([code, name, use])
    data_table(doc, [Cm(1.8), Cm(5.0), width - Cm(6.8)], ["Code", "Account", "Use it for"],
               rows, bold_first=False, shaded=tuple(shaded))
    spacer(doc)

    para(doc, "Keeping and protecting records", style="Heading 2")
    bullets(doc, [
        "Financial records are kept for {{ records_retention_years }} years after the end of "
        "the fiscal year they belong to, or longer when a donor agreement or the law requires "
        "it.",
        "Paper records are kept in a locked cabinet. Electronic records and the accounting "
        "software are protected by strong passwords and backed up, encrypted, at least once a "
        "week to a second place.",
        "Records that hold personal information about community members, such as lists of "
        "participants who were paid, are kept apart from the other records, and only the "
        + FINANCE + " and the " + DIRECTOR + " can open them.",
        "At the end of the retention period, records are destroyed safely: paper is shredded, "
        "and files are deleted from every copy.",
    ])


def budgets(doc):
    para(doc, "3. Budgets and budget revisions", style="Heading 1")
    para(doc, "A budget is a plan in numbers. It shows what the network intends to do in a "
         "year, what this will cost, and who will pay for it. Each grant also has its own "
         "project budget, agreed with the donor. The annual budget brings all project budgets, "
         "shared costs and unrestricted funds together in one plan.")

    para(doc, "Preparing the annual budget", style="Heading 2")
    numbered(doc, [
        "Three months before the fiscal year starts, the " + DIRECTOR + " asks each budget "
        "holder for their plans and cost estimates for the next year.",
        "The " + FINANCE + " puts them together in one budget for the whole network. It shows "
        "the funding from each donor, the shared costs and how they are allocated (section 4), "
        "and any part of the plan that has no funding yet.",
        "The " + TREASURER + " reviews the draft with the " + DIRECTOR + " and the "
        + FINANCE + ".",
        "The " + GB + " approves the budget before the fiscal year starts on " + FY_START +
        ". Until it is approved, the secretariat spends only on running costs and on "
        "activities already agreed in signed grant agreements.",
        "The approved budget is shared with all budget holders, and a summary is shared with "
        "the member organisations.",
    ])

    para(doc, "Following the budget during the year", style="Heading 2")
    bullets(doc, [
        "Every month, the " + FINANCE + " gives each budget holder a report of the money spent "
        "and committed on each of their budget lines, compared with the budget.",
        "Every quarter, the " + GB + " receives a report for the whole network: income and "
        "costs compared with the budget, the cash available for the next six months, and an "
        "explanation of every difference of more than {{ reallocation_limit_percent }} percent.",
        "A budget holder who expects to spend more, or much less, than planned tells the "
        + FINANCE + " as soon as they know, not at the end of the year.",
    ])

    para(doc, "Revising a budget", style="Heading 2")
    para(doc, "Plans change, and budgets may change with them, but always before the money is "
         "spent, never after. The rules are:")
    numbered(doc, [
        "Moving up to {{ reallocation_limit_percent }} percent of a budget line to another "
        "line of the same project budget is approved by the " + DIRECTOR + ", unless the "
        "donor agreement says otherwise.",
        "Moving more than that, adding a new activity, or changing the total of a project "
        "budget needs the written approval of the donor first. The " + FINANCE + " checks the "
        "donor agreement before any request is sent.",
        "A change to the total of the annual budget, or to the use of unrestricted reserves, "
        "is approved by the " + GB + ".",
        "Every revision is recorded with its date, the reason, who approved it and the donor’s "
        "approval where needed. Earlier versions of the budget are kept.",
    ])


def shared_costs(doc, width):
    para(doc, "4. Shared costs and the allocation key", style="Heading 1")
    para(doc, "Some costs support all of the network’s work at once: the office, coordination "
         "staff, financial management, audit, internet and secure IT. These are shared costs. "
         "Because most of our work is funded by several donors at the same time, each shared "
         "cost is divided between them in a fair and documented way. The rule we use to divide "
         "a shared cost is called the allocation key.")

    para(doc, "Principles", style="Heading 2")
    bullets(doc, [
        "Each donor pays its fair share of a shared cost, and no more.",
        "No cost is charged twice: not to two donors, and not both as a shared cost and as an "
        "indirect cost (section 5).",
        "The key is chosen in advance, written down and applied in the same way to every donor.",
        "The key is based on facts we can show, such as timesheets or actual direct costs. It "
        "is never based on which donor still has money left.",
        "If a donor will not pay its full share, the difference is paid from unrestricted "
        "funds. It is not moved to another donor.",
    ])

    para(doc, "Choosing a key", style="Heading 2")
    para(doc, "Use the key that best matches how the cost is really used:", keep_next=True)
    data_table(doc, [Cm(4.6), Cm(5.0), width - Cm(9.6)],
               ["Shared cost", "Allocation key", "Evidence kept"], [
        ["Staff who work on several projects",
         "Time actually spent on each project",
         "Monthly timesheets, signed by the staff member and their manager"],
        ["Office rent, utilities, supplies and general IT",
         "Each donor’s share of the direct costs of the period",
         "The allocation sheet, with the direct costs taken from the accounts"],
        ["A vehicle, a meeting room or a software licence",
         "Actual use by each project",
         "A logbook, booking list or list of users"],
        ["Audit and bank charges",
         "Each donor’s share of the direct costs, unless the donor pays its own project audit",
         "The allocation sheet and the audit contract"],
    ], bold_first=True)
    spacer(doc)

    para(doc, "A worked example", style="Heading 2")
    para(doc, "Office rent, utilities and internet cost " + money("12000") + " for the year. "
         "Three donors fund project work, and the network divides office costs according to "
         "each donor’s share of the direct costs actually spent in the year:", keep_next=True)
    right = ALIGN.RIGHT
    data_table(doc, [width - Cm(12.3), Cm(4.3), Cm(3.6), Cm(4.4)],
               ["Donor", "Direct project costs", "Share", "Share of office costs"], [
        ["Donor A", money("60000"), "{{ 0.5|percent }}", money("6000")],
        ["Donor B", money("36000"), "{{ 0.3|percent }}", money("3600")],
        ["Donor C", money("24000"), "{{ 0.2|percent }}", money("2400")],
        ["Total", money("120000"), "{{ 1|percent }}", money("12000")],
    ], aligns=[None, right, right, right], shaded=(3,))
    spacer(doc)
    para(doc, "Step by step:", keep_next=True)
    numbered(doc, [
        "Take the direct costs of each donor for the period from the accounts, not from the "
        "budget.",
        "Divide each donor’s direct costs by the total direct costs to find its share.",
        "Multiply the shared cost by each donor’s share.",
        "Record the calculation on the allocation sheet and post it to the accounts.",
    ])
    p = para(doc, "If Donor C’s agreement allows at most " + money("2000") + " for office costs, "
             "the remaining " + money("400") + " is paid from unrestricted funds. It is not "
             "added to the shares of Donor A or Donor B.")
    c.shade_paragraph(p)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(8)

    para(doc, "Documenting the allocation", style="Heading 2")
    bullets(doc, [
        "The allocation is calculated at least every quarter, with actual figures, and again "
        "at the end of the fiscal year.",
        "The " + FINANCE + " prepares and signs the allocation sheet; the " + DIRECTOR +
        " checks and signs it. The sheet is kept with the accounts and shown to auditors and "
        "donors when they ask.",
        "The same key is used for the whole fiscal year. A change needs a written reason and "
        "the approval of the " + DIRECTOR + ", and the " + GB + " is informed.",
        "Staff who are paid from more than one project fill in a timesheet every month. A "
        "budget is not a timesheet: the allocation follows the time actually worked.",
    ])


def indirect_costs(doc):
    para(doc, "5. Indirect costs", style="Heading 1")
    para(doc, "Indirect costs are the costs of running the organisation as a whole that cannot "
         "reasonably be linked to one project: for example, meetings of the " + GB + ", "
         "the organisation’s own audit and legal registration, and the core of the finance "
         "function. Many donors pay a fixed percentage of the direct costs to cover them, "
         "instead of paying for each cost separately.")
    para(doc, "Our standard indirect cost rate is {{ indirect_cost_rate|percent }} of direct "
         "costs. The " + GB + " sets the rate on the basis of the actual indirect costs of the "
         "last two years, and reviews it every year.")
    bullets(doc, [
        "Ask every donor for the standard rate. When a donor pays a lower rate, or none, the "
        "difference is covered from unrestricted funds.",
        "Record the indirect costs that each grant does not cover, so that the " + GB + " can "
        "see the real cost of every grant before accepting the next one.",
        "A cost that is paid through the indirect cost rate is never also charged to the same "
        "donor as a direct or a shared cost.",
        "Indirect cost income is recorded when the related direct costs are spent, not when "
        "the grant is received.",
    ])

    para(doc, "Reserves", style="Heading 2")
    para(doc, "Indirect cost income that is not spent in the year, and other unrestricted "
         "income, goes to the network’s reserves. The target is to hold reserves equal to "
         "{{ reserve_months }} months of core running costs, so that the network can continue "
         "its work and pay its staff when a grant is late or ends. The " + GB + " approves "
         "every use of the reserves.")


def procurement(doc, width):
    para(doc, "6. Procurement", style="Heading 1")
    para(doc, "Procurement means buying goods and services. Good procurement gets value for "
         "money, treats suppliers fairly, and protects the network and its staff from fraud and "
         "from any suspicion of favouritism.")

    para(doc, "Thresholds", style="Heading 2")
    para(doc, "The value of a purchase is its total value including taxes, for the whole "
         "contract, not for one invoice. Splitting a purchase into smaller parts to stay below "
         "a threshold is not allowed.", keep_next=True)
    data_table(doc, [Cm(4.6), width - Cm(9.4), Cm(4.8)],
               ["Value of the purchase", "What is needed", "Who approves the purchase"], [
        [["Up to ", money("procurement.single_quote_limit")],
         "One quote, price list or receipt that shows the price is reasonable.",
         "The budget holder"],
        [["Above ", money("procurement.single_quote_limit"), " and up to ",
          money("procurement.three_quotes_limit")],
         "At least three written quotes, compared on a simple form that shows why the supplier "
         "was chosen.",
         "The " + DIRECTOR],
        [["Above ", money("procurement.three_quotes_limit")],
         "A written call for offers, shared widely, with criteria fixed in advance. A panel of "
         "at least three people scores the offers and records its decision.",
         ["The " + DIRECTOR + "; the " + GB + " when the value is above ",
          money("approval.governing_body_limit")]],
    ], bold_first=True)
    spacer(doc)

    para(doc, "Choosing suppliers", style="Heading 2")
    bullets(doc, [
        "Value for money includes quality, reliability, delivery time and safety, not only "
        "price.",
        "Meeting venues and hotels must be places where sex workers, trans people and people "
        "living with HIV are welcome and safe. Ask about discrimination, privacy and security "
        "before you book. Safety may justify a higher price when the reason is written down.",
        "Where they offer fair value, prefer suppliers that are led by sex workers or by "
        "other key populations.",
        "Buying from one supplier without competition is allowed only when there is a written "
        "reason, for example an emergency or only one possible supplier, and the "
        + DIRECTOR + " approves it.",
        "When a donor’s procurement rules are stricter, follow the donor’s rules for that "
        "donor’s funds.",
    ])

    para(doc, "Conflicts of interest", style="Heading 2")
    para(doc, "Anyone who has a personal, family or business link with a supplier says so in "
         "writing before the supplier is chosen, and takes no part in the choice. The "
         + FINANCE + " keeps a register of these declarations. The network does not buy from "
         "its own staff, from members of the " + GB + " or from their relatives, unless the "
         + GB + " has approved it in advance, with the reasons recorded.")

    para(doc, "Contracts and payment", style="Heading 2")
    bullets(doc, [
        ["Every purchase above ", money("procurement.single_quote_limit"),
         " has a written contract or purchase order that states the price, what is delivered "
         "and when."],
        "Payment is made only after the budget holder has confirmed in writing that the goods "
        "or services were received as agreed.",
        "Payment in advance is made only where it is normal practice, for example a deposit for "
        "a venue, and the amount is kept as low as possible.",
    ])
    control(doc, "{#p anchor procurement_rules #}")


def cash(doc):
    para(doc, "7. Cash, petty cash and payments to community members", style="Heading 1")
    para(doc, "Pay by bank transfer wherever possible. Cash is risky for the people who carry "
         "it, and it is harder to account for. Mobile money may be used where it is safer or "
         "more practical than cash or a bank transfer; mobile money accounts are held in the "
         "network’s name and recorded like bank accounts.")

    para(doc, "Petty cash", style="Heading 2")
    numbered(doc, [
        ["Petty cash is for small, urgent payments. The most held at any time is ",
         money("petty_cash.float"), ", and one payment from petty cash may not be more than ",
         money("petty_cash.max_payment"), "."],
        "One named custodian keeps the cash box in a locked place. The custodian does not "
        "approve payments.",
        "Every payment has a voucher, signed by the person who receives the money and approved "
        "by the budget holder, with the receipt attached.",
        "The cash box is refilled only by the amount spent. The custodian hands in the "
        "vouchers, and the " + FINANCE + " refills the box with exactly their total.",
        "At the end of every month, a person other than the custodian counts the cash with the "
        "custodian. The cash and the vouchers must add up to the full amount. Both sign the "
        "count sheet, and any difference is reported to the " + DIRECTOR + " the same day.",
        "Petty cash is never used for salaries, loans or personal purposes, and never mixed "
        "with anyone’s own money.",
    ])

    para(doc, "Advances", style="Heading 2")
    para(doc, "A staff member may receive an advance for travel or for an activity. The "
         "advance is recorded in their name (account 1400) and accounted for, with receipts "
         "and the unspent cash, within {{ advance_days }} working days after the travel or the "
         "activity ends. No new advance is given to a person who has not accounted for the "
         "last one.")

    para(doc, "Payments to community members", style="Heading 2")
    para(doc, "Sex workers and other community members who take part in our work are paid "
         "fairly for their time and expertise, and their costs are refunded. Many of them cannot "
         "safely give their legal name, show an identity document, or receive money in a bank "
         "account in their own name. Our financial rules must not exclude them or put them at "
         "risk.")
    bullets(doc, [
        "Ask only for the information the payment needs. Do not copy identity documents unless "
        "the law or the donor requires it and the person agrees in writing.",
        "Where the donor accepts it, record participants by a code. The list that links codes "
        "to names is kept separately and encrypted, and only the " + FINANCE + " and the "
        + DIRECTOR + " can open it.",
        "Attendance and payment lists use the name that each person chooses. Never write "
        "“sex worker”, a health condition or HIV status on a financial document.",
        "Offer a choice of payment method, such as cash, mobile money or bank transfer, and "
        "respect the choice.",
        "Fees follow standard rates approved by the " + DIRECTOR + ", the same for everyone "
        "who does the same work.",
        "Auditors and donors may see the full records at the network’s office when they need "
        "to, under a written promise of confidentiality. Copies that show names are not sent "
        "out.",
    ])


def approvals(doc, width):
    para(doc, "8. Approvals, banking and signatories", style="Heading 1")
    para(doc, "Every payment passes through at least two people: one who prepares or requests "
         "it and one who approves it. No one approves a payment to themselves, their own "
         "expenses, or a payment to a relative or to an organisation in which they have an "
         "interest. These duties are always held by different people:")
    bullets(doc, [
        "the person who approves a payment and the person who records it in the accounts;",
        "the person who keeps petty cash and the person who counts it;",
        "the person who enters a payment in online banking and the person who releases it;",
        "the person who prepares the bank reconciliation and the person who checks it.",
    ])

    para(doc, "Who approves what", style="Heading 2")
    para(doc, "All limits apply to payments within the approved budget, unless the table says "
         "otherwise.", keep_next=True)
    t = c.make_table(doc, [Cm(5.6), Cm(4.2), width - Cm(9.8)], rows=1)
    c.header_row(t, ["Decision", "Prepared by", "Approved by"])
    table_row(t, [["A payment up to ", money("approval.director_limit")],
                  "The budget holder and the " + FINANCE, "The " + DIRECTOR])
    table_row(t, [["A payment above ", money("approval.director_limit")],
                  "The " + FINANCE, "The " + DIRECTOR + " and the " + TREASURER])
    table_row(t, [["A contract or commitment above ", money("approval.governing_body_limit"),
                   ", or for more than twelve months"],
                  "The " + DIRECTOR, "The " + GB])
    table_row(t, ["A payment outside the approved budget",
                  "The " + DIRECTOR,
                  ["The " + TREASURER + " up to ", money("approval.director_limit"),
                   "; above that, the " + GB]])
    table_row(t, ["Monthly salaries",
                  "The " + FINANCE,
                  "The " + DIRECTOR + ", within the salary scale approved by the " + GB])
    table_row(t, ["Salary, travel and expenses of the " + DIRECTOR,
                  "The " + FINANCE, "The " + TREASURER])
    table_row(t, ["A grant agreement with a donor",
                  "The " + DIRECTOR,
                  "The " + DIRECTOR + "; the " + GB + " is informed at its next meeting"])
    c.control_row(t, "{%tr if sections.subgrants %}")
    table_row(t, ["A sub-grant to a member organisation",
                  "The " + FINANCE,
                  ["The " + DIRECTOR + " up to ", money("subgrant.approval_limit"),
                   "; above that, the " + GB]])
    c.control_row(t, "{%tr endif %}")
    c.control_row(t, "{%tr if sections.fiscal_hosting %}")
    table_row(t, ["A payment request to the fiscal host",
                  "The " + FINANCE,
                  "The " + DIRECTOR + " (and the " + TREASURER + " above the limit), then the "
                  "fiscal host pays"])
    c.control_row(t, "{%tr endif %}")
    table_row(t, ["Opening or closing a bank account; changing signatories",
                  "The " + DIRECTOR, "The " + GB])
    table_row(t, ["Writing off a loss, a debt or lost equipment",
                  "The " + FINANCE, "The " + GB])
    spacer(doc)

    para(doc, "Bank accounts", style="Heading 2")
    bullets(doc, [
        "Every bank account is in the name of the organisation, never in the name of a person.",
        "Accounts are opened and closed only by decision of the " + GB + ". The " + FINANCE +
        " keeps a list of all accounts, and the list is part of the annual accounts.",
        "The network’s money is never moved through a personal account, not even for a short "
        "time or to save bank charges.",
    ])

    para(doc, "Signatories", style="Heading 2")
    para(doc, "Each bank account has at least three authorised signatories, chosen by the "
         + GB + " from among the staff and its own members. Every payment needs "
         "{{ bank.signatories_required }} "
         '{{ bank.signatories_required|plural(one="signature", other="signatures") }} '
         "from different people, and at least one of them does not work in finance.")
    bullets(doc, [
        "In online banking, one person enters a payment and another person releases it.",
        "Blank cheques are never signed, and cheques are never made out to “cash”.",
        "Passwords, PINs and security devices are personal. They are never shared or written "
        "down where others can see them.",
        "When a signatory leaves their role, the bank is told the same week and their access "
        "is removed.",
    ])

    para(doc, "Bank reconciliation", style="Heading 2")
    para(doc, "Within {{ bank.reconcile_days }} working days after the end of each month, the "
         + FINANCE + " compares every bank and mobile money account with the accounts and "
         "explains every difference. The " + DIRECTOR + " checks and signs the reconciliation, "
         "and the " + TREASURER + " reviews it every quarter. A difference that cannot be "
         "explained is investigated at once.")

    para(doc, "When a bank refuses or closes an account", style="Heading 2")
    para(doc, "Sex worker-led organisations are sometimes refused a bank account, or have an "
         "account closed, because of stigma or because a bank sees sex work as a risk. If this "
         "happens:")
    numbered(doc, [
        "Ask the bank for its decision and its reasons in writing, and keep them.",
        "Inform the " + GB + " and, where payments are affected, the donors concerned.",
        "Look for another bank, a fiscal host or a trusted registered partner that can hold "
        "the funds under a written agreement approved by the " + GB + ".",
        "Until a solution is found, keep funds only in accounts in the organisation’s name "
        "or the host’s name, never in a personal account.",
    ])
    control(doc, "{#p anchor banking_context #}")

    para(doc, "Suspected fraud or misuse", style="Heading 2")
    para(doc, "Report any suspicion of fraud, theft or misuse of funds at once to the "
         + DIRECTOR + " or, if the " + DIRECTOR + " may be involved, to the " + TREASURER +
         ". The concern is handled as the Code of Conduct describes: in confidence, fairly, "
         "and without retaliation against anyone who reports in good faith. The " + GB +
         " is informed, and donors are told when their agreements require it.")


def foreign_exchange(doc):
    para(doc, "9. Foreign exchange", style="Heading 1")
    para(doc, "The network’s accounts are kept in {{ currency }}. Many grants are paid in other "
         "currencies, and member organisations spend money in their own currencies. When "
         "exchange rates move, a budget can become larger or smaller than planned. For this "
         "reason exchange rates are recorded in the same way every time:")
    numbered(doc, [
        "Each amount received is recorded at the rate the bank actually applied on the day.",
        "Each payment in another currency is recorded at the actual rate. Where there is no "
        "actual rate, take the rate of the day of the payment from this source: "
        "{{ fx.rate_source }}.",
        "On the last day of each fiscal year, money held in other currencies is valued again "
        "at the rate of that day from the same source. Gains are recorded as other income "
        "(account 4300) and losses as exchange losses (account 6500).",
        "Each donor receives its reports in the currency and at the rates its agreement "
        "requires. The " + FINANCE + " records which rate was used for each report.",
    ])
    para(doc, "Good practice", style="Heading 2")
    bullets(doc, [
        "Exchange gains on a donor’s funds belong to that donor’s project, unless the "
        "agreement says otherwise. They are spent on the project’s aims, with the donor’s "
        "approval where it is needed.",
        "Exchange losses are reported to the donor as soon as they are known. Where the donor "
        "does not cover them, they are paid from unrestricted funds.",
        "Change money only when it is needed, and only through a bank or a licensed exchange "
        "office. Never change money through informal dealers.",
        "Where the official exchange system in a country does not work, ask the " + DIRECTOR +
        " for written advice before making any payment.",
    ])


def audit(doc):
    para(doc, "10. Financial reports and audit", style="Heading 1")
    para(doc, "Financial reports", style="Heading 2")
    bullets(doc, [
        "Monthly: budget holders receive the spending on their lines (section 3).",
        "Quarterly: the " + GB + " receives the financial report for the whole network, the "
        "allocation sheets and the bank reconciliations.",
        "For each donor: reports in the form and on the dates the agreement sets. The "
        + FINANCE + " keeps a calendar of all reporting dates and starts each report at least "
        "one month before it is due.",
        "Yearly: the annual financial statements are prepared after the end of the fiscal "
        "year, audited, approved by the " + GB + " and presented to the " + GA + ".",
    ])

    para(doc, "External audit", style="Heading 2")
    bullets(doc, [
        "The accounts are audited every year by an independent, qualified auditor appointed by "
        "the " + GB + ". The auditor has no personal or business link with any member of the "
        + GB + " or of the staff.",
        "The audit is completed within {{ audit.months }} months after the end of the fiscal "
        "year.",
        "The network invites offers from audit firms at least every {{ audit.rotation_years }} "
        "years, so that the auditor stays independent.",
        "The auditor’s letter to management is answered by the " + DIRECTOR + " with an action "
        "plan. The " + GB + " follows the plan until every point is resolved.",
        "Where a donor requires its own project audit, it is planned together with the annual "
        "audit to save costs.",
        "Auditors see records with personal information only at the network’s office, under "
        "the rules in section 7.",
    ])

    para(doc, "Internal checks", style="Heading 2")
    bullets(doc, [
        "Every quarter, the " + TREASURER + " checks a sample of payments against this manual "
        "and reports the result to the " + GB + ".",
        "Petty cash is also counted without warning, at least twice a year.",
        "Once a year, equipment is checked against the equipment register, and missing items "
        "are reported.",
    ])


def subgrants(doc):
    control(doc, "{%p if sections.subgrants %}")
    para(doc, "11. Sub-grants to member organisations", style="Heading 1")
    para(doc, "Passing funds to member organisations is one of the most important ways the "
         "network supports sex worker-led organising. Sub-grants must be fair, open to small and "
         "unregistered groups, and accountable to donors. The network remains responsible to "
         "its donors for the funds it passes on, so it also checks how they are used.")

    para(doc, "Selection", style="Heading 2")
    bullets(doc, [
        "Calls for proposals are open to all eligible members, use written criteria and are "
        "shared in the network’s working languages.",
        "Sex workers take part in choosing the grantees. A person who is linked to an "
        "applicant says so and does not score that application.",
        "Decisions and the reasons for them are recorded, and every applicant is told the "
        "result and the reasons.",
    ])

    para(doc, "Assessment and support", style="Heading 2")
    para(doc, "Before the first grant, the network assesses the member’s ability to manage the "
         "funds: its governance, its bank account or fiscal host, and its basic financial "
         "controls. The assessment is in proportion to the amount. A weakness is a reason to "
         "offer support, such as training, mentoring or smaller and more frequent payments; it "
         "is not in itself a reason to exclude a member. A group that cannot register or open "
         "a bank account may receive its grant through a fiscal host or through another member "
         "that agrees to act as its host.")

    para(doc, "The sub-grant agreement", style="Heading 2")
    para(doc, "Every sub-grant has a written agreement, in a language the member understands. "
         "It sets out:", keep_next=True)
    bullets(doc, [
        "the activities, the budget and the dates;",
        "the payment instalments and the conditions for each one;",
        "reports every {{ subgrant.report_months }} months, and what they contain;",
        "the rules of the donor agreement that also apply to the member;",
        "the indirect costs the member may include, up to {{ indirect_cost_rate|percent }} of "
        "the direct costs;",
        "how the member protects the personal information of community members;",
        "what happens to unspent funds, and the network’s right to check the records.",
    ])

    para(doc, "Approval, payment and reporting", style="Heading 2")
    bullets(doc, [
        ["Sub-grants up to ", money("subgrant.approval_limit"), " are approved by the "
         + DIRECTOR + "; larger sub-grants are approved by the " + GB + ". A member of the "
         + GB + " whose organisation has applied takes no part in the decision."],
        "Funds are paid in instalments. The next instalment is paid when the report on the "
        "last one has been accepted.",
        "A payment is recorded as a sub-grant advance (account 1600) until the member reports "
        "on it, and then as a sub-grant cost (account 5400).",
        "Members may report in their own language. The network checks the supporting documents "
        "of a sample of payments, on a visit or by video call.",
    ])

    para(doc, "When something goes wrong", style="Heading 2")
    para(doc, "A late report is first met with a reminder and an offer of help. If funds may "
         "have been misused, the network stops further payments, looks into the matter fairly, "
         "hears the member organisation, and informs the donor when the agreement requires it. "
         "Funds that were misused are recovered. A member organisation may appeal a decision to "
         "end its sub-grant to the " + GB + ".")
    control(doc, "{%p endif %}")


def annex(doc, width):
    h = para(doc, "Annex: Payment request and approval form", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "Use this form, on paper or as an electronic copy, for every payment that is not "
         "made from petty cash. Attach the documents listed in section 2.")

    form = c.make_table(doc, [Cm(5.2), width - Cm(5.2)], rows=1)
    c.header_row(form, ["Payment", "Details"])
    for label in ("Paid to", "Amount and currency", "What it is for",
                  "Account code (section 2)", "Donor or project", "Activity",
                  "Payment method", "Documents attached"):
        row = c.add_row(form)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], (label, B))
        c.cell_text(row.cells[1], "")
        c.row_height(row, 480)
    spacer(doc)

    para(doc, "Approvals", style="Heading 2")
    para(doc, "Nobody signs twice on the same form, and nobody approves a payment to "
         "themselves.", style="Note", keep_next=True)
    sig = c.make_table(doc, [Cm(5.4), Cm(4.4), Cm(3.6), width - Cm(13.4)], rows=1)
    c.header_row(sig, ["Step", "Name", "Signature", "Date"])
    for step in (
        ["Requested by the budget holder"],
        ["Checked by the " + FINANCE],
        ["Approved by the " + DIRECTOR],
        ["Second approval by the " + TREASURER + ", above ", money("approval.director_limit")],
    ):
        row = c.add_row(sig)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], *step)
        for cell in row.cells[1:]:
            c.cell_text(cell, "")
        c.row_height(row, 620)
        for cell in row.cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    spacer(doc)
    para(doc, "Keep the signed form with the payment documents for "
         "{{ records_retention_years }} years (section 2).", style="Note")


def build() -> None:
    doc, width = c.new_document()
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Financial Manual"],
        footer_parts=['Version {{ version }} · Effective {{ effective_date|date("long") }}'],
    )
    cover(doc, width)
    purpose(doc, width)
    accounting(doc, width)
    budgets(doc)
    shared_costs(doc, width)
    indirect_costs(doc)
    procurement(doc, width)
    cash(doc)
    approvals(doc, width)
    foreign_exchange(doc)
    audit(doc)
    subgrants(doc)
    control(doc, "{#p anchor regional_annex #}")
    annex(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Financial Manual",
        subject="Financial policies and procedures of a network of sex worker-led organisations",
        keywords="financial manual; chart of accounts; budget; shared costs; allocation key; "
                 "indirect costs; procurement; petty cash; banking; foreign exchange; "
                 "sub-grants; audit; sex worker-led organisations",
        category="manual",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
