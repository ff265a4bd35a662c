"""Generate template_library/membership-policy/template.docx.

    python tools/templates/make_membership-policy.py

The text is the model Membership Policy of the network: who can become a
member, the classes of membership and who votes, how to apply, how an
application is verified and decided, the yearly update of focal points, the
rights and duties of members, suspension, and leaving the network, with an
application form and a yearly update form as annexes. Variables, optional
sections and anchors are declared in template.yaml next to the .docx.

The classes of membership come from the build's ``membership_classes`` (a list
of name, votes, description, given by the region plugins) and are rendered as a
table row per class with ``{%tr for c in membership_classes %}``. A few tags are
written across several runs with different formatting on purpose, as Word does
when a person formats part of a tag, so that the template exercises the engine.
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
OUT = ROOT / "template_library" / "membership-policy" / "template.docx"

B = {"b": True}
I = {"i": True}
U = {"u": True}
LABEL = {"b": True, "color": c.MUTED}

GB = "{{ governing_body }}"
GA = "{{ assembly_name }}"
CONTACT = "{{ membership_contact.role }}"
EFFECTIVE = '{{ effective_date|date("long") }}'


# --------------------------------------------------------------------------
# Small helpers of this script (common.py is shared and left as it is)
# --------------------------------------------------------------------------




def label_value_table(doc, width, rows, *, label_width=Cm(4.0)):
    """A borderless two-column table of bold grey labels and values (cover block)."""
    t = c.make_table(doc, [label_width, width - label_width], rows=0, borders=False)
    for label, value in rows:
        row = c.add_row(t)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], *value)
    return t


def form_table(doc, width, questions, *, first=Cm(6.2), height=740, head=None):
    """A form: question on the left, an empty ruled answer cell on the right.

    A question is text, a list of parts, or ("{%tr ... %}",) for a control row.
    """
    t = c.make_table(doc, [first, width - first], rows=1 if head else 0)
    if head:
        c.header_row(t, head)
    for q in questions:
        if isinstance(q, tuple) and len(q) == 1:
            c.control_row(t, q[0])
            continue
        parts = [q] if isinstance(q, str) else list(q)
        row = c.add_row(t)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], *parts)
        c.shade_cell(row.cells[0], "F7F7F7")
        c.cell_text(row.cells[1], "")
        c.row_height(row, height)
        for cell in row.cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.TOP
    return t


def signature_block(doc, width, labels):
    """Labelled signature lines that stay together on one page."""
    sig = c.make_table(doc, [Cm(5.0), width - Cm(5.0)], rows=0, borders=False)
    for i, label in enumerate(labels):
        row = c.add_row(sig)
        c.set_row_flags(row)
        keep = i < len(labels) - 1
        c.cell_text(row.cells[0], (label, LABEL)).paragraph_format.keep_with_next = keep
        c.cell_text(row.cells[1], "").paragraph_format.keep_with_next = keep
        c.set_cell_bottom_border(row.cells[1])
        c.row_height(row, 620)
        for cell in row.cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
    return sig


# --------------------------------------------------------------------------
# The text
# --------------------------------------------------------------------------


def cover(doc, width):
    para(doc, "Membership Policy", style="Title")
    # split tag: bold start, plain end
    para(doc, ("{{ org.", B), "name }}", style="Subtitle")

    label_value_table(doc, width, [
        ("Applies to", ["Member organisations of {{ org.short_name }}, organisations that apply "
                        "to join, and the secretariat"]),
        ("Approved by", ["The " + GA + ", on the proposal of the " + GB]),
        ("Effective from", [EFFECTIVE]),
        ("Version", ["{{ version }}"]),
        ("Next review", ["Within {{ review_period_months }} months of the effective date"]),
    ])
    para(doc, "")

    box = c.make_table(doc, [width], rows=1, borders=False)
    cell = box.rows[0].cells[0]
    c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(cell, ("This policy in brief", {"b": True, "color": c.ACCENT}), style="Callout")
    bullets(cell, [
        "Groups and organisations that share the network’s aims and work for the rights of sex "
        "workers can become members. An organisation does not need to be legally registered.",
        "Sex workers lead this network. The classes of membership in section 3 say which "
        "members vote at the " + GA + ".",
        "To apply, send the form in Annex A. The " + GB + " decides within "
        "{{ decision_days }} days of receiving a complete application.",
        "Every year, each member confirms who its focal points are and how to reach them "
        "safely.",
        "Members have rights and duties. A member that seriously breaks the rules may be "
        "suspended, but only after a fair hearing, and it can appeal.",
        "A member can leave the network at any time by telling the secretariat in writing.",
    ])
    para(doc, "")


def purpose(doc, width):
    para(doc, "1. Purpose and principles", style="Heading 1")
    # Word-style split: the first brace alone in a bold run, the rest of the tag bold
    # in a run with its own colour
    para(doc, ("{", B), ("{ org.name }}", {"b": True, "color": c.TEXT}),
         " ({{ org.short_name }}) is a network of sex worker-led organisations. Its members "
         "decide together what the network works for and how it works. Membership is how an "
         "organisation takes part in those decisions, receives information and support from the "
         "network, and adds its voice to the voices of sex workers in other places.")
    para(doc, "This policy explains who can become a member, which classes of membership exist "
         "and who may vote, how to apply and how applications are decided, what members can "
         "expect from the network and what the network expects from them, and how membership "
         "is suspended or ends. It is written for the member organisations, for the "
         "organisations that want to join, and for the staff of the secretariat who handle "
         "membership.")

    para(doc, "Our principles", style="Heading 2")
    para(doc, "The network applies this policy in line with five principles:", keep_next=True)
    bullets(doc, [
        [("Sex worker leadership. ", B), "Sex workers are the experts on their own lives and "
         "work. Decisions about the network are taken by sex workers and their organisations."],
        [("Open to all sex workers. ", B), "The network welcomes organisations of sex workers of "
         "every gender, of migrant sex workers, of sex workers who use drugs and of sex workers "
         "living with HIV, and organisations of other key populations that share its aims."],
        [("Safety first. ", B), "Many members work where sex work is criminalised. The network "
         "asks only for the information it needs, and protects the identity of members and "
         "of the people in them."],
        [("Fairness. ", B), "Every application is handled in the same way, within set time "
         "limits, and every decision is explained in writing. A member is always heard "
         "before a decision is taken against it."],
        [("Access. ", B), "Lack of money, of legal registration or of English is never a reason "
         "to refuse a member. The secretariat helps organisations to apply and to take part."],
    ])

    para(doc, "Words used in this policy", style="Heading 2")
    t = c.make_table(doc, [Cm(4.6), width - Cm(4.6)], rows=1)
    c.header_row(t, ["Word", "What it means in this policy"])
    terms = [
        ("Member", "A group, organisation or network that has been admitted under this policy "
                   "and has not left or been excluded."),
        ("Sex worker-led organisation",
         "An organisation in which sex workers make the decisions: sex workers form the "
         "majority of its decision-making body, hold its leading roles and decide its "
         "priorities, its budget and who speaks for it. \u201cSex workers\u201d includes people "
         "who have done sex work in the past."),
        ("Key populations", "The communities most affected by HIV and by criminalisation, "
                            "including sex workers, gay men and other men who have sex with men, "
                            "trans people, people who use drugs and people in prisons."),
        ("Focal point", "The person a member names to communicate with the network on its "
                        "behalf. A member may also name a deputy focal point."),
        ("Secretariat", "The staff who run the daily work of the network."),
        ("The " + GB, "The body that governs the network between meetings of the " + GA + "."),
        ("The " + GA, "The meeting of all members, and the highest decision-making body of the "
                      "network."),
        ("Days", "Calendar days, unless the policy says \u201cworking days\u201d."),
    ]
    for word, meaning in terms:
        row = c.add_row(t)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], (word, B))
        c.cell_text(row.cells[1], meaning)
    para(doc, "")


def eligibility(doc):
    para(doc, "2. Who can become a member", style="Heading 1")
    para(doc, "A group, organisation or network can become a member of {{ org.short_name }} "
         "when it meets all of the following conditions:", keep_next=True)
    numbered(doc, [
        "It works in the area that the network covers, or represents sex workers who live "
        "or work there.",
        "It supports the aims of the network, including the full decriminalisation of sex "
        "work and the right of sex workers to decide about their own lives, bodies and work.",
        "It respects the leadership of sex workers, and it does not describe all sex work as "
        "violence or all sex workers as victims.",
        "It accepts the network’s Code of Conduct, and agrees to follow it in all its work "
        "with the network.",
        "It names at least one focal point whom the network can contact safely.",
        "It fits one of the classes of membership described in section 3.",
    ])
    para(doc, "Where the classes in section 3 include individual supporters, a person can "
         "also join in that class. The conditions above apply to them as far as they fit a "
         "person rather than an organisation.")

    para(doc, "Legal registration is not required", style="Heading 2")
    para(doc, "In many countries sex workers cannot register an organisation, or can do so "
         "only by hiding the purpose of their work. The network therefore accepts informal "
         "groups, collectives and community networks on the same terms as registered "
         "organisations. An applicant never has to send registration documents, and it is "
         "never asked to explain why it is not registered.")

    para(doc, "Who cannot become a member", style="Heading 2")
    para(doc, "The network does not admit:", keep_next=True)
    bullets(doc, [
        "organisations that campaign for laws that punish sex workers, their clients or the "
        "people they work with;",
        "organisations that take part in raids, forced \u201crescue\u201d or forced "
        "rehabilitation of sex workers, or that make services depend on leaving sex work;",
        "government bodies, political parties and businesses run for private profit;",
        "organisations whose leaders have been found, after a fair process, to have "
        "exploited or abused sex workers or other members of key populations.",
    ])
    para(doc, "An organisation that was refused or excluded may apply again when the reason "
         "for the decision no longer applies. It explains in its new application what has "
         "changed.")

    # split paragraph tag: plain start, bold end
    para(doc, "{%p if sections.", ("fiscal_hosting %}", B), style="Template Control")
    para(doc, "Members hosted by another organisation", style="Heading 2")
    para(doc, "Some members are not legal entities of their own and receive their funds "
         "through a fiscal host: another organisation that signs contracts, holds a bank "
         "account and reports to donors for them. Such a group can become a member in its "
         "own right. The following rules apply:")
    numbered(doc, [
        "The hosted group is the member, not its fiscal host. The host does not become a "
        "member, has no vote through the hosted group and cannot speak for it in the network.",
        "The hosted group names its own focal points and takes its own decisions about its "
        "membership, including whether to leave the network.",
        "With its application, the hosted group tells the network the name of its fiscal "
        "host and the name of a contact person there, so that the network can send funds "
        "safely. It does not have to send the agreement with its host.",
        "The fiscal host receives only the financial information it needs. Membership lists, "
        "the content of network discussions and the personal data of the group’s members are "
        "not shared with the host unless the hosted group agrees in writing.",
        "When a hosted group changes its fiscal host, or registers as a legal entity of its "
        "own, it tells the secretariat within 30 days. Its membership continues without a "
        "new application.",
        "A fiscal host that is itself eligible may apply for membership separately. Its "
        "application is decided on its own merits.",
    ])
    control(doc, "{%p endif %}")
    # where region plugins add their own eligibility rules or legal context
    control(doc, "{#p anchor eligibility_context #}")


def classes(doc, width):
    para(doc, "3. Classes of membership and who may vote", style="Heading 1")
    para(doc, "The network has the classes of membership listed below. The class of a member "
         "decides whether it votes at the " + GA + " and whether it can nominate people for "
         "election to the " + GB + ". When an organisation applies, it says which class it "
         "applies for; the " + GB + " may admit it in another class and explains why.",
         keep_next=True)

    t = c.make_table(doc, [Cm(4.2), Cm(3.8), width - Cm(8.0)], rows=1)
    c.header_row(t, ["Class of membership", ["Votes at the ", GA], "Who it is for"],
                 aligns=[None, c.ALIGN.CENTER, None])
    c.control_row(t, "{%tr for c in membership_classes %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ c.name }}", B))
    c.cell_text(row.cells[1], "{% if c.votes %}Yes{% else %}No{% endif %}", align=c.ALIGN.CENTER)
    c.cell_text(row.cells[2], "{{ c.description }}")
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")

    para(doc, "Voting", style="Heading 2")
    para(doc, "Each member in a class that votes has one vote at the " + GA + ", whatever its "
         "size. The vote is cast by the member’s focal point, or by another representative "
         "whom the member names in writing before the meeting. A member can give its vote to "
         "another voting member from the same country or sub-region if it cannot attend; the "
         "secretariat must receive that proxy in writing before the vote.")
    para(doc, "Members in a class that does not vote take part fully in the life of the "
         "network: they attend the " + GA + ", speak, make proposals, join working groups and "
         "receive information and support. They do not vote and they cannot stand for "
         "election to the " + GB + ".")

    para(doc, "{%p if sections.", ("tiered_membership %}", B), style="Template Control")
    para(doc, "Tiered membership: why only sex worker-led organisations vote",
         style="Heading 2")
    para(doc, "This network uses tiered membership. Only sex worker-led organisations are "
         "voting members. Allied organisations, service providers and supporters are "
         "welcome as members without a vote. This protects the principle that sex workers "
         "decide about the issues that affect them: even when allies are many, well funded or "
         "experienced, the direction of the network stays in the hands of sex workers.")
    para(doc, "To decide whether an applicant is sex worker-led, the " + GB + " looks at how "
         "the organisation works in practice, not only at its papers. It asks:",
         keep_next=True)
    bullets(doc, [
        "Do sex workers form the majority of the body that takes the organisation’s "
        "decisions?",
        "Are the leading roles — chair, director, coordinator, spokesperson — held by sex "
        "workers?",
        "Do sex workers decide the organisation’s priorities, its budget and who speaks for "
        "it in public?",
        "Is the organisation accountable to the sex workers it works with, for example "
        "through regular community meetings?",
    ])
    para(doc, "Having sex workers as staff, peer educators or volunteers is not enough on its "
         "own. An applicant does not have to say which of its people are sex workers, and "
         "the network never asks for names. A short description in the organisation’s own "
         "words, and the confirmation of the references, are enough.")
    para(doc, "A member without a vote that becomes sex worker-led can ask to move to a voting "
         "class at any time. It writes to the " + CONTACT + ", and the " + GB + " decides in the "
         "same way as for a new application. In the same way, a voting member that is no "
         "longer led by sex workers tells the secretariat, and the " + GB + " moves it to a "
         "class without a vote after talking with it.")
    control(doc, "{%p endif %}")
    # where region plugins add their own voting rules (seats by sub-region, quorum)
    control(doc, "{#p anchor voting_rules #}")


def applying(doc):
    para(doc, "4. How to apply", style="Heading 1")
    para(doc, "Applying is free and can be done in any of the network’s working languages. "
         "The steps are:", keep_next=True)
    # the e-mail tag split over three runs with different formatting
    numbered(doc, [
        "Read this policy and the network’s Code of Conduct, and discuss them within your "
        "organisation.",
        "Fill in the application form in Annex A. You may answer in writing, or ask the "
        "secretariat to fill in the form with you during a call.",
        ["Send the form to the " + CONTACT + " at ", "{{", (" membership_contact.email ", U),
         ("}}", I), ". Use a safe channel, and tell us how we can reply to you safely."],
        "Give the names of two references: member organisations, or other organisations of "
        "sex workers that know your work. If there is no member in your country yet, the "
        "secretariat helps you to find another reference.",
        "Take part in a short conversation with the secretariat, by phone or video, so that "
        "we can get to know your organisation and answer your questions.",
    ])

    para(doc, "What you do not need to send", style="Heading 2")
    para(doc, "To protect you and the people in your organisation, please do not send:",
         keep_next=True)
    bullets(doc, [
        "registration certificates, statutes or other legal documents (unless you want to);",
        "lists of your members, or the names, photos or health information of any sex worker;",
        "the legal name of your focal point, if they prefer to use another name.",
    ])
    para(doc, "If the network ever needs more information to decide on an application, the "
         "secretariat explains why it is needed, who will see it, and how long it will be "
         "kept.")

    para(doc, "Getting help", style="Heading 2")
    para(doc, "The secretariat can help with every step: explaining this policy, translating "
         "or interpreting, filling in the form, and finding references. Ask the " + CONTACT +
         ". Asking for help never counts against an application.")


def deciding(doc):
    para(doc, "5. Verification and decision", style="Heading 1")
    para(doc, "The secretariat confirms that it has received an application within "
         "{{ acknowledge_days }} working days. It then checks the application, in this "
         "order:", keep_next=True)
    numbered(doc, [
        "It checks that the form is complete and asks the applicant for anything that is "
        "missing. The application is complete when the secretariat has all the answers "
        "it needs.",
        "It contacts the two references in confidence and asks them whether they know the "
        "applicant, what it does and how sex workers take part in it.",
        "It holds the conversation with the applicant described in section 4.",
        "It checks, with the applicant’s agreement, any public information about the "
        "applicant’s work, taking care not to draw attention to it.",
        "It writes a short recommendation to the " + GB + ": to admit the applicant, and in "
        "which class; to ask for more information; or to refuse, with the reasons.",
    ])

    para(doc, "The decision", style="Heading 2")
    para(doc, "The " + GB + " decides on every application within {{ decision_days }} "
         '{{ decision_days|plural(one="day", other="days") }} of the date on which the '
         "application is complete. Members of the " + GB + " who have a conflict of interest, "
         "for example because they belong to the applicant or to an organisation in conflict "
         "with it, do not take part in the decision. The decision is one of these:",
         keep_next=True)
    bullets(doc, [
        [("Admitted. ", B), "The applicant becomes a member from the date of the decision, in "
         "the class it applied for."],
        [("Admitted in another class. ", B), "The " + GB + " explains why, and the applicant "
         "can accept the other class or withdraw its application."],
        [("More information needed. ", B), "The " + GB + " says exactly what it needs. The time "
         "limit starts again when the information arrives."],
        [("Refused. ", B), "The " + GB + " gives its reasons in writing, and says what would "
         "have to change for a new application to succeed."],
    ])
    para(doc, "The " + CONTACT + " tells the applicant the decision in writing within ten "
         "working days of the decision. If the " + GB + " cannot decide in time, the applicant "
         "is told why and when it will decide.")

    para(doc, "If you do not agree with the decision", style="Heading 2")
    para(doc, "An applicant that is refused, or admitted in another class than the one it "
         "applied for, can ask the " + GB + " to look at the application again, within "
         "{{ appeal_days }} days of being told the decision. It explains why it disagrees "
         "and may add new information. If the " + GB + " keeps its decision, the applicant "
         "can ask for the matter to be put to the next " + GA + ", which takes the final "
         "decision.")

    para(doc, "Confidentiality of applications", style="Heading 2")
    para(doc, "Applications, references and notes of conversations are confidential. Only "
         "the secretariat staff who handle membership and the members of the " + GB + " see "
         "them. The network never confirms to anyone outside the network that an "
         "organisation has applied or has been refused.")
    para(doc, "The network publishes the names of its members only with each member’s "
         "consent. A member can choose to be listed by name, to be listed without its name "
         "(for example \u201ca sex worker-led organisation in one country of the region\u201d), "
         "or not to be listed at all, and it can change its choice at any time.")


def focal_points(doc):
    para(doc, "6. Focal points and the yearly update", style="Heading 1")
    para(doc, "Each member names at least one focal point, and preferably a deputy who can "
         "act when the focal point is away. The focal point:", keep_next=True)
    bullets(doc, [
        "receives information from the network and shares it within the member "
        "organisation;",
        "consults the member’s own community before important votes and decisions;",
        "represents the member at the " + GA + " and casts its vote, where the member votes;",
        "tells the secretariat about changes that affect the membership.",
    ])
    para(doc, "A focal point may use the name they prefer rather than a legal name. Where "
         "possible, the member gives a role e-mail address (for example one shared by the "
         "focal point and the deputy), so that messages still arrive when people change.")

    para(doc, "The yearly update", style="Heading 2")
    para(doc, "Once a year, the secretariat sends every member the update form in Annex B. "
         "The member returns it within {{ focal_point_update_days }} days. In the update, "
         "the member:", keep_next=True)
    numbered(doc, [
        "confirms or changes its focal point and deputy, and the safe ways to reach them;",
        "confirms that it still meets the conditions of section 2 and belongs in the same "
        "class of membership;",
        "confirms or changes its choice about being listed in public;",
        "if it wishes, tells the network about its work, its needs and any risks it faces.",
    ])
    para(doc, "When a focal point changes between two updates, the member tells the "
         "secretariat as soon as possible, and in any case before the next meeting of the "
         + GA + ". If a focal point leaves the member in a conflict, only the member’s "
         "leadership can name a new one: the secretariat does not accept a change that "
         "comes from the person leaving.")

    para(doc, "Members that do not reply", style="Heading 2")
    para(doc, "If a member does not return the update form, the secretariat reminds it at "
         "least twice, using every safe way of contact it has, and asks other members in "
         "the same country whether the member is safe. A member that has not replied to two "
         "yearly updates in a row becomes an inactive member: it keeps its membership but "
         "does not vote, and it is not counted for the quorum of the " + GA + ". It becomes "
         "active again as soon as it returns the form. The " + GB + " may end the membership "
         "of a member that has been inactive for a further year, after a last written "
         "notice.")

    para(doc, "Keeping contact details safe", style="Heading 2")
    para(doc, "The secretariat keeps members’ contact details in one secure place, gives "
         "access only to the staff who need it, and deletes old contact details when a "
         "focal point changes. Contact details are never shared with donors, partners or "
         "authorities without the member’s consent.")


def rights(doc, width):
    para(doc, "7. Rights and duties of members", style="Heading 1")
    para(doc, "Every member has the same rights and duties, except where the table below "
         "shows a difference between members that vote and members that do not.",
         keep_next=True)
    t = c.make_table(doc, [width - Cm(6.4), Cm(3.2), Cm(3.2)], rows=1)
    c.header_row(t, ["Right", "Members that vote", "Members that do not vote"],
                 aligns=[None, c.ALIGN.CENTER, c.ALIGN.CENTER])
    table_rows = [
        (["Receive information about the network’s work, finances and decisions"], "Yes", "Yes"),
        (["Attend the ", GA, ", speak and make proposals"], "Yes", "Yes"),
        (["Vote at the ", GA, " and in elections"], "Yes", "No"),
        (["Nominate candidates and stand for election to the ", GB], "Yes", "No"),
        (["Join working groups, trainings and exchanges"], "Yes", "Yes"),
        (["Apply for funds and support that the network offers to members"], "Yes", "Yes"),
        (["Be listed as a member, if it wishes"], "Yes", "Yes"),
        (["Be heard before any decision is taken against it, and appeal"], "Yes", "Yes"),
    ]
    for right, voting, other in table_rows:
        row = c.add_row(t)
        c.set_row_flags(row)
        c.cell_text(row.cells[0], *right)
        c.cell_text(row.cells[1], voting, align=c.ALIGN.CENTER)
        c.cell_text(row.cells[2], other, align=c.ALIGN.CENTER)
        if other == "No":
            c.shade_cell(row.cells[2], "F2F2F2")
    para(doc, "")

    para(doc, "Duties of members", style="Heading 2")
    para(doc, "Every member agrees to:", keep_next=True)
    bullets(doc, [
        "follow the network’s Code of Conduct in all its work with the network;",
        "keep confidential what it learns about other members and the people in them;",
        "respect the decisions of the " + GA + " and of the " + GB + ", and raise disagreement "
        "through the network’s own channels;",
        "speak for the network in public only when the network has asked it to;",
        "return the yearly update, and tell the secretariat about changes that affect its "
        "membership;",
        "use any funds it receives through the network honestly and report on them as "
        "agreed.",
    ])

    para(doc, "Membership contribution", style="Heading 2")
    control(doc, "{%p if annual_fee %}")
    para(doc, "Each member contributes {{ annual_fee|currency(currency) }} a year to the "
         "network. The contribution is due within three months of the start of the "
         "network’s financial year. A member that cannot pay tells the secretariat, and the "
         "contribution is waived: the member does not have to give a reason, and it keeps "
         "all its rights. Not paying is never, on its own, a reason for suspension.")
    control(doc, "{%p else %}")
    para(doc, "Membership is free. The network does not charge a membership fee, so that "
         "cost is never a barrier for organisations of sex workers, whose funds are often "
         "small and uncertain.")
    control(doc, "{%p endif %}")


def suspension(doc):
    para(doc, "8. Suspension", style="Heading 1")
    para(doc, "Suspension is a serious step. The network uses it only when talking with the "
         "member has not solved a problem, or when the problem is too serious to wait. The "
         + GB + " can suspend a member for one of these reasons:", keep_next=True)
    bullets(doc, [
        "a serious breach of the Code of Conduct, or repeated breaches after a warning;",
        "putting sex workers or other members at risk, for example by revealing their "
        "identities without consent;",
        "misusing funds received through the network;",
        "acting in public against the aims of the network, for example by supporting laws "
        "that punish sex workers or their clients;",
        "no longer meeting the conditions of section 2.",
    ])

    para(doc, "How a suspension is decided", style="Heading 2")
    numbered(doc, [
        "The " + GB + " receives a concern about a member, from anyone. It first checks "
        "whether the concern can be solved by talking with the member.",
        "If not, the " + GB + " tells the member in writing what the concern is and which "
        "facts it is based on. It protects the identity of anyone who raised the concern "
        "or may be at risk.",
        "The member has {{ response_days }} days to reply, in writing or in a meeting. It can "
        "bring a person of its choice and use its own language, with interpretation paid by "
        "the network.",
        "The " + GB + " decides after hearing the member. Members of the " + GB + " who have a "
        "conflict of interest do not take part.",
        "The " + GB + " tells the member its decision in writing, with the reasons, how long "
        "the suspension lasts, and what the member must do for it to end.",
        "At the end of that period, the " + GB + " looks at the matter again and either ends "
        "the suspension or proposes to the " + GA + " that the member be excluded.",
    ])

    para(doc, "When someone is in danger", style="Heading 2")
    para(doc, "When what a member does puts people at immediate risk, the chair of the "
         + GB + " and one other member of the " + GB + " may suspend the member at once, for "
         "up to {{ response_days }} days, while the steps above take place. The member is "
         "told immediately and in writing.")

    para(doc, "What suspension means", style="Heading 2")
    para(doc, "While it is suspended, a member cannot vote, stand for election, represent the "
         "network or receive new funds from it. It still receives general information, and "
         "it is still bound by the Code of Conduct and by confidentiality. A member that is "
         "suspended can appeal to the " + GA + " within {{ appeal_days }} days of being "
         "told the decision; the suspension continues while the appeal is heard.")


def leaving(doc):
    para(doc, "9. Leaving the network", style="Heading 1")
    para(doc, "Membership ends when:", keep_next=True)
    bullets(doc, [
        "the member resigns;",
        "the member organisation closes or merges with another organisation (the new "
        "organisation may apply to become a member);",
        "the " + GB + " ends the membership of a member that has been inactive, as described in "
        "section 6; or",
        "the " + GA + " excludes the member.",
    ])

    para(doc, "Resigning", style="Heading 2")
    para(doc, "A member can resign at any time, without giving a reason, by telling the "
         + CONTACT + " in writing. The notice must come from the member’s leadership or its "
         "focal point. The secretariat confirms the resignation within "
         "{{ acknowledge_days }} working days, and removes the member from any public list "
         "within 30 days. If the member wishes, the secretariat invites it to a short "
         "conversation about why it is leaving, so that the network can learn from it.")

    para(doc, "Exclusion", style="Heading 2")
    para(doc, "Only the " + GA + " can exclude a member, on a proposal of the " + GB + ". The "
         "member receives the proposal and the reasons at least 30 days before the meeting, "
         "and it can speak at the meeting before the vote. The member concerned does not "
         "vote. An excluded member may apply again when the reasons for its exclusion no "
         "longer apply, but not earlier than two years after the decision.")

    para(doc, "After membership ends", style="Heading 2")
    bullets(doc, [
        "The secretariat deletes the former member’s contact details, except what the law "
        "or a donor agreement requires it to keep, and keeps that separately and securely.",
        "The former member reports on any funds received through the network, as agreed "
        "when the funds were given.",
        "The former member still keeps confidential what it learnt about other members and "
        "the people in them.",
        "The network does not comment in public on why a member has left, unless the member "
        "agrees or the safety of others requires it.",
    ])
    # where region plugins add their own procedures (before the review and the annexes)
    control(doc, "{#p anchor regional_annex #}")


def review(doc):
    para(doc, "10. Review of this policy", style="Heading 1")
    para(doc, "The " + GB + " reviews this policy at least every ",
         ("{{ review_period", B), ("_months }}", I),
         " months, and sooner if members ask for it or the law changes in a way that affects "
         "them. Members are consulted on every review. Changes to the conditions of "
         "membership, to the classes of membership or to who may vote are approved by the "
         + GA + "; the " + GB + " may approve other changes and reports them to the next "
         + GA + ".")
    para(doc, "This version of the policy was approved by the " + GA + " and takes effect on "
         + EFFECTIVE + ". It replaces all earlier versions. Applications received before that "
         "date are decided under this version, unless the earlier rules are better for the "
         "applicant.")


def annex_application(doc, width):
    h = para(doc, "Annex A. Membership application form", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "Please answer in your own words, in any of the network’s working languages. "
         "Short answers are fine. Do not give the names of sex workers, other than your "
         "focal points. Send the form to the " + CONTACT + " at "
         "{{ membership_contact.email }}.")
    form_table(doc, width, [
        [("Name of the organisation", B), " (as you want the network to use it)"],
        [("Countries and places", B), " where you work"],
        [("Year you started", B), " and whether you are registered (registration is not "
         "required)"],
        ("{%tr if sections.fiscal_hosting %}",),
        [("Fiscal host", B), " (if you receive funds through another organisation): its name, "
         "and a contact person there"],
        ("{%tr endif %}",),
        [("Your work", B), ": what you do, and with whom"],
        [("How sex workers lead", B), " your organisation: who takes decisions, and how"],
        [("Class of membership", B), " you apply for (see section 3)"],
        [("Focal point", B), ": the name they use, their role, and safe ways to contact them"],
        [("Deputy focal point", B), " (if any), with the same details"],
        [("Two references", B), ": organisations that know your work, with a contact"],
        [("Public listing", B), ": listed by name / listed without name / not listed"],
    ], head=["Question", "Your answer"])
    para(doc, "")
    p = para(doc, "We have read the Membership Policy and the Code of Conduct of {{ org.name }}. "
             "We share the aims of the network, we accept the Code of Conduct, and we agree to "
             "the duties of members in section 7 of this policy.")
    c.shade_paragraph(p)
    p.paragraph_format.keep_with_next = True
    para(doc, "", keep_next=True)
    signature_block(doc, width, ("Name and role", "For the organisation", "Place and date"))


def annex_update(doc, width):
    h = para(doc, "Annex B. Yearly update of focal points", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "Return this form to the secretariat within {{ focal_point_update_days }} days "
         "of receiving it. Only change what is new; write \u201cno change\u201d for the rest.")
    form_table(doc, width, [
        [("Member", B), ": name of the organisation"],
        [("Focal point", B), ": the name they use, role, e-mail, phone or messaging app"],
        [("Deputy focal point", B), ": the same details"],
        [("Safe contact", B), ": what the network should avoid (for example, calling at "
         "certain times, or naming the organisation in a message)"],
        [("Conditions of membership", B), ": do you still meet the conditions of section 2? "
         "Has anything changed in who leads your organisation?"],
        [("Public listing", B), ": listed by name / listed without name / not listed"],
        [("News", B), " (optional): your work, your needs, and any risks you face"],
    ], head=["Question", "Your answer"], height=900)
    para(doc, "", keep_next=True)
    signature_block(doc, width, ("Completed by", "Role and date"))
    para(doc, "")
    para(doc, "The completed forms in Annex A and Annex B contain personal data. The "
         "secretariat keeps them in a secure place, shares them only with the people who "
         "decide on membership, and destroys earlier versions when a new update arrives.",
         style="Note")


def build() -> None:
    doc, width = c.new_document()
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Membership Policy"],
        footer_parts=["Version {{ version }} · Effective " + EFFECTIVE],
    )
    cover(doc, width)
    purpose(doc, width)
    eligibility(doc)
    classes(doc, width)
    applying(doc)
    deciding(doc)
    focal_points(doc)
    rights(doc, width)
    suspension(doc)
    leaving(doc)
    review(doc)
    annex_application(doc, width)
    annex_update(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Membership Policy",
        subject="Membership policy of a network of sex worker-led organisations",
        keywords="membership; eligibility; voting; tiered membership; focal points; "
                 "suspension; sex worker-led organisations",
        category="manual",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
