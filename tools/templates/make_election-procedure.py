"""Generate template_library/election-procedure/template.docx.

    python tools/templates/make_election-procedure.py

The model Election Procedure of the network: how the assembly of member
organisations elects the governing body. The timetable, the membership classes
and the regional seats are table rows repeated with ``{%tr for ... %}``. Three
optional sections (``tiered_membership``, ``regional_seats``,
``online_voting``) and two anchors (``eligibility_rules``, ``regional_annex``)
are declared in template.yaml next to the .docx. Three tags (the subtitle, a
postal-voting step and the online voting section's ``{%p if %}``) are written
across several runs with different formatting on purpose, as Word does when a person
formats part of a tag, so that the template exercises the engine.
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
OUT = ROOT / "template_library" / "election-procedure" / "template.docx"

B = {"b": True}
I = {"i": True}
LABEL = {"b": True, "color": c.MUTED}

GB = "{{ governing_body }}"
ASSEMBLY = "{{ assembly_name }}"
EFFECTIVE = '{{ effective_date|date("long") }}'
ELECTION_DAY = '{{ election.assembly_date|date("long") }}'
RO_EMAIL = "{{ returning_officer.email }}"


# --------------------------------------------------------------------------
# Helpers of this template (common.py is shared and stays as it is)
# --------------------------------------------------------------------------


def lead(text):
    """A bold lead-in for a list item: ("Secret ballot. ", bold)."""
    return (text, B)




def simple_table(doc, widths, labels, rows, *, first_bold=True):
    """A table with a repeated header row and fixed body rows of plain text."""
    t = c.make_table(doc, widths, rows=1)
    c.header_row(t, labels)
    for values in rows:
        row = c.add_row(t)
        c.set_row_flags(row)
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            parts = value if isinstance(value, list) else [value]
            if i == 0 and first_bold:
                parts = [(p, B) if isinstance(p, str) else p for p in parts]
            c.cell_text(cell, *parts)
    return t


def spacer(doc):
    """A small empty paragraph between the parts of a form."""
    p = para(doc, "")
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(8)
    return p


def form_block(doc, width, title, fields):
    """One part of a form: a shaded title row, then label | space-to-write rows."""
    t = c.make_table(doc, [Cm(6.2), width - Cm(6.2)], rows=1)
    head = t.rows[0]
    c.set_row_flags(head)
    merged = head.cells[0].merge(head.cells[1])
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    c.shade_cell(merged, c.TINT_HEX)
    c.cell_text(merged, (title, {"b": True, "color": c.ACCENT_DARK}))
    for label in fields:
        row = c.add_row(t)
        c.set_row_flags(row)
        c.row_height(row, 460)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], "")
        for cell in row.cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    return t


# --------------------------------------------------------------------------
# The document
# --------------------------------------------------------------------------


def cover(doc, width):
    para(doc, "Election Procedure", style="Title")
    # split tag: bold start, plain end
    para(doc, ("{{ org.", B), "name }}", style="Subtitle")

    info = c.make_table(doc, [Cm(4.0), width - Cm(4.0)], rows=0, borders=False)
    rows = [
        ("Applies to", "Elections to the " + GB + " of {{ org.short_name }}, held by the " + ASSEMBLY),
        ("Approved by", "The " + ASSEMBLY + ", on the proposal of the " + GB),
        ("Effective from", EFFECTIVE),
        ("Version", "{{ version }}"),
        ("Next election", "At the " + ASSEMBLY + " on " + ELECTION_DAY),
        ("Returning officer", RO_EMAIL),
    ]
    for label, value in rows:
        row = c.add_row(info)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], value)
    para(doc, "")

    box = c.make_table(doc, [width], rows=1, borders=False)
    cell = box.rows[0].cells[0]
    c.shade_cell(cell, c.TINT_HEX)
    c.cell_text(cell, ("This procedure in brief", {"b": True, "color": c.ACCENT}), style="Callout")
    bullets(cell, [
        "Sex workers lead this network. Its member organisations choose their leaders in free, "
        "fair and secret elections.",
        "An independent returning officer runs every election, with deputies who cover the "
        "network’s languages.",
        "Each candidate is proposed by one member organisation and seconded by another, and "
        "writes a short statement that every member receives in its working language.",
        "Members vote in person at the " + ASSEMBLY + " or by post"
        "{% if sections.online_voting %}, or online on a secure platform{% endif %}. "
        "Every voting member has an equal say, and votes only once.",
        "Votes are counted in front of scrutineers. Ties, recounts and challenges follow fixed "
        "rules, and the returning officer reports on the whole election to the " + ASSEMBLY + ".",
        "Terms are staggered, so that the " + GB + " always keeps experienced members.",
    ])
    para(doc, "")


def purpose(doc, width):
    para(doc, "1. Purpose and principles", style="Heading 1")
    para(doc, "{{ org.short_name }} is a network of sex worker-led organisations. Its leaders are chosen by its members. "
         "The way we choose them must show the values we ask of others: leadership by sex "
         "workers, fairness, openness and safety. This procedure explains, step by step, how "
         "the members of the " + GB + " are elected, so that every member organisation can "
         "take part, whatever its size, its language, its legal status or the country it "
         "works in.")

    para(doc, "Principles", style="Heading 2")
    para(doc, "Everyone who has a role in an election — the returning officer, the deputies, "
         "the scrutineers, the candidates, the secretariat and the delegates of member "
         "organisations — follows these principles:", keep_next=True)
    bullets(doc, [
        [lead("Sex worker leadership. "),
         "Elections are how member organisations hold their leaders to account and bring new "
         "leaders forward. Sex workers decide who leads their network."],
        [lead("An equal say. "),
         "Every voting member organisation has the same number of votes, whatever its size or "
         "its budget."],
        [lead("A secret ballot. "),
         "No one may find out how a member organisation voted, and no one may ask."],
        [lead("Safety and confidentiality. "),
         "Many candidates and delegates live where sex work, or parts of their lives, are "
         "criminalised. Personal information is collected only where it is needed, shared "
         "only with consent, and protected at every step."],
        [lead("Access for all. "),
         "Information comes in the network’s working languages, with interpretation at "
         "meetings and more than one way to vote, so that members who cannot travel can "
         "still take part."],
        [lead("Independence. "),
         "The election is run by people who are not candidates and who gain nothing from "
         "the result."],
        [lead("Openness. "),
         "The rules, the timetable and the results are shared with all members, and any "
         "member may challenge a result it believes is wrong."],
    ])
    para(doc, "The " + ASSEMBLY + " aims for a " + GB + " that reflects the communities the "
         "network serves: female, male, trans and gender-diverse sex workers; migrant sex "
         "workers; sex workers who use drugs; sex workers living with HIV; and sex workers "
         "from every part of the region. Member organisations are asked to keep this in mind "
         "when they nominate candidates and when they vote. The network’s work with other "
         "key populations is strongest when its own leadership is diverse.")

    para(doc, "What this procedure covers", style="Heading 2")
    para(doc, "The " + GB + " has {{ governing_body_seats }} elected "
         "{{ governing_body_seats|plural(one=\"seat\", other=\"seats\") }}. This procedure "
         "applies to every election of its members by the " + ASSEMBLY + ", and to the "
         "election of any other office that the " + ASSEMBLY + " fills, such as the chair, "
         "unless the constitution of {{ org.short_name }} says otherwise. Where this "
         "procedure and the constitution differ, the constitution applies, and the " + GB +
         " proposes a change to bring them into line.")

    para(doc, "Words used in this procedure", style="Heading 2")
    para(doc, "Some words have a fixed meaning in this procedure:", keep_next=True)
    simple_table(doc, [Cm(4.4), width - Cm(4.4)], ["Word", "Meaning"], [
        ("Voting member", "A member organisation that has the right to vote in the election "
                          "(see section 2)."),
        ("Delegate", "The person a voting member appoints to cast its vote. One delegate "
                     "for each voting member."),
        ("Ballot", "One vote for one group of seats. Each ballot has its own ballot paper."),
        ("Returning officer", "The independent person who runs the election, helped by one "
                              "or more deputy returning officers."),
        ("Scrutineer", "A person who watches the count on behalf of a candidate or of the "
                       + ASSEMBLY + ", to make sure it is fair."),
        ("Proposer and seconder", "The two voting members that support a nomination: the "
                                  "proposer puts the candidate forward, the seconder agrees."),
        ("Regular election", "The election held at each ordinary " + ASSEMBLY + " for the "
                             "seats whose term ends."),
        ("Casual vacancy", "A seat that becomes empty before the end of its term, for example "
                           "when a member of the " + GB + " resigns."),
        ("Working days", "Monday to Friday, except public holidays in the country of the "
                         "secretariat."),
    ])
    para(doc, "")


def voters_and_candidates(doc, width):
    para(doc, "2. Who may vote and who may stand", style="Heading 1")

    para(doc, "Voting members and delegates", style="Heading 2")
    para(doc, "Every member organisation that is a voting member on the day the notice of "
         "election is sent, and whose membership is not suspended, has a vote in each ballot "
         "in which it may take part. In a ballot for several seats, a voting member has as "
         "many votes as there are seats, and may give no more than one vote to any candidate.")
    para(doc, "A voting member casts its votes through one delegate, whom it names in writing "
         "to the returning officer before the register of voters closes. The delegate may use "
         "the name by which they are known in the movement. The returning officer needs only "
         "enough information to confirm that the delegate speaks for the member organisation. "
         "A member may replace its delegate at any time before voting starts.")

    para(doc, "The register of voters", style="Heading 2")
    para(doc, "The secretariat prepares a register of voting members and their delegates when "
         "the notice of election is sent, and gives it to the returning officer. Each member "
         "organisation may see its own entry and ask for a correction until nominations close. "
         "Because membership of a sex worker-led organisation can itself be a risk in some "
         "countries, the register is confidential: it is used only for the election, it is "
         "never published, and copies are destroyed after the election (section 11).")

    control(doc, "{%p if sections.tiered_membership %}")
    para(doc, "Voting rights by membership class", style="Heading 2")
    para(doc, "In {{ org.short_name }}, only member organisations that are sex worker-led "
         "vote, propose or second candidates. Other members take full part in the " + ASSEMBLY +
         ": they receive all election papers, may speak, and may put questions to the "
         "candidates, but they do not vote. The membership classes are:", keep_next=True)
    t = c.make_table(doc, [Cm(4.2), Cm(2.0), width - Cm(6.2)], rows=1)
    c.header_row(t, ["Membership class", "Votes", "Who it is for"],
                 aligns=[None, ALIGN.CENTER, None])
    c.control_row(t, "{%tr for mc in membership_classes %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ mc.name }}", B))
    c.cell_text(row.cells[1], "{% if mc.votes %}Yes{% else %}No{% endif %}", align=ALIGN.CENTER)
    c.cell_text(row.cells[2], "{{ mc.description }}")
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")
    para(doc, "A member organisation is sex worker-led when current or former sex workers make "
         "up most of the people who govern it and take its decisions. If the class of a member "
         "is unclear, the returning officer asks the " + GB + " to confirm it before the "
         "register of voters closes. A member organisation may ask to change its class at any "
         "time, but a change made after the notice of election applies from the next election.")
    control(doc, "{%p endif %}")

    para(doc, "Who may stand", style="Heading 2")
    para(doc, "A person may stand for election to the " + GB + " when all of these are true:",
         keep_next=True)
    numbered(doc, [
        "They are nominated by a voting member and seconded by another voting member, as "
        "section 5 describes.",
        "They are active in a member organisation of {{ org.short_name }} — as a member, a "
        "volunteer, a staff member or a leader.",
        "They are not paid staff of the secretariat or a consultant under contract with it. A "
        "staff member or consultant who is elected ends that work before taking the seat.",
        "They have not served {{ max_consecutive_terms }} full "
        "{{ max_consecutive_terms|plural(one=\"term\", other=\"terms\") }} in a row "
        "immediately before this election.",
        "They agree to follow the network’s Code of Conduct and to declare any conflict of "
        "interest.",
    ])
    para(doc, "Most of the elected members of the " + GB + " must be current or former sex "
         "workers. No candidate has to prove this, and no one may ask a candidate about their "
         "work or their history in public. Each candidate tells the returning officer, in "
         "confidence on the nomination form, whether they are a current or former sex worker. "
         "The returning officer uses this information only to apply the rule in section 9, "
         "and shares it with no one.")
    # where region plugins insert their own rules on voting rights and eligibility
    control(doc, "{#p anchor eligibility_rules #}")


def timetable(doc, width):
    para(doc, "3. Election timetable", style="Heading 1")
    para(doc, "The " + GB + " sets the date of each regular election when it calls the " +
         ASSEMBLY + ". The returning officer then publishes a timetable with exact dates and "
         "sends it to all members with the notice of election. Members have at least "
         "{{ nomination_period_days }} days to make nominations.")
    para(doc, "The timetable for the next election, which ends at the " + ASSEMBLY + " on " +
         ELECTION_DAY + ", is:", keep_next=True)

    t = c.make_table(doc, [Cm(7.2), Cm(3.6), width - Cm(10.8)], rows=1)
    c.header_row(t, ["Step", "By", "Who is responsible"])
    c.control_row(t, "{%tr for step in timetable %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ step.step }}", B))
    c.cell_text(row.cells[1], '{{ step.date|date("long") }}')
    c.cell_text(row.cells[2], "{{ step.who }}")
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")
    para(doc, "A deadline that falls on a day that is not a working day moves to the next "
         "working day. The returning officer may extend a deadline, for example after an "
         "internet shutdown, a disaster or a wave of arrests in a country, but only for all "
         "members equally, and never shortens one. Every change is sent to all members and "
         "explained in the returning officer’s report.")


def returning_officer(doc):
    para(doc, "4. The returning officer and deputies", style="Heading 1")

    para(doc, "Appointment", style="Heading 2")
    para(doc, "The " + GB + " appoints a returning officer before the notice of election is "
         "sent. The returning officer is a trusted person who knows the sex workers’ rights "
         "movement and is independent of the election. They may come from an allied "
         "organisation or from a sister network in another region. The returning officer "
         "must not be:")
    bullets(doc, [
        "a candidate, a proposer or a seconder;",
        "a member of the " + GB + " whose seat is up for election;",
        "the partner, a close family member or the employer of a candidate;",
        "a person who has any other interest in the result.",
    ])
    para(doc, "The " + GB + " also appoints {{ deputy_count }} deputy returning "
         "{{ deputy_count|plural(one=\"officer\", other=\"officers\") }} under the same "
         "conditions. Together, the returning officer and the deputies should cover the "
         "network’s working languages and its sub-regions. A deputy takes over any task of "
         "the returning officer when the returning officer cannot do it or has a conflict of "
         "interest. The names of the returning officer and the deputies are sent to all "
         "members with the notice of election.")

    para(doc, "Duties", style="Heading 2")
    para(doc, "The returning officer is responsible for the whole election. In particular, "
         "the returning officer:", keep_next=True)
    numbered(doc, [
        "publishes the timetable and sends the notice of election and the call for "
        "nominations;",
        "receives and checks nominations, and publishes the list of valid candidates;",
        "sends candidates’ statements and ballot papers to all voting members;",
        "organises voting in person, by post"
        "{% if sections.online_voting %} and online{% endif %}, and keeps ballots secure "
        "until they are counted;",
        "runs the count in front of the scrutineers and declares the result;",
        "decides questions about the conduct of the election that this procedure does not "
        "answer, in the spirit of its principles, and records each such decision;",
        "reports on the election to the " + ASSEMBLY + " (section 11).",
    ])

    para(doc, "Independence and contact", style="Heading 2")
    para(doc, "The returning officer acts under this procedure only, and takes no instructions "
         "about the election from the " + GB + ", the secretariat or any candidate. The "
         "secretariat gives practical help — translation, mailing, meeting rooms, travel — "
         "and pays the reasonable costs of the election. If the returning officer or a deputy "
         "finds during the election that they have a conflict of interest, they say so at once "
         "and step aside from the tasks concerned.")
    para(doc, "Members, candidates and delegates write to the returning officer at " +
         RO_EMAIL + ". Only the returning officer and the deputies can read this mailbox. "
         "Messages may be written in any of the network’s working languages.")


def nominations(doc, width):
    para(doc, "5. Nominations", style="Heading 1")

    para(doc, "Call for nominations", style="Heading 2")
    para(doc, "The returning officer sends the call for nominations to all members together "
         "with the notice of election. The call says which seats are to be filled, who may "
         "stand, how to nominate, and when nominations close. Nominations stay open for "
         "{{ nomination_period_days }} days. The nomination form is in the annex to this "
         "procedure, in every working language.")

    para(doc, "Proposer and seconder", style="Heading 2")
    numbered(doc, [
        "Each candidate is proposed by one voting member and seconded by another voting "
        "member. The proposer may be the candidate’s own organisation.",
        "Where possible, the seconder works in a different country from the proposer. This "
        "shows that the candidate has support beyond their own organisation.",
        "In each ballot, a voting member may propose only one candidate and second only one "
        "candidate.",
        "The proposer and the seconder each sign the nomination form, through their delegate "
        "or another person entitled to act for the organisation. A scan or a clear photo of "
        "the signed form is accepted.",
        "The candidate signs the form to agree to stand, to confirm that they meet the "
        "conditions in section 2, and to accept the fair campaigning rules in section 6.",
        "The complete form reaches the returning officer, by email to " + RO_EMAIL + " or "
        "in another secure way the returning officer offers, before nominations close.",
    ])

    para(doc, "Checking nominations", style="Heading 2")
    para(doc, "The returning officer checks each nomination within three working days of "
         "receiving it. If something is missing or wrong and can be put right — a signature, "
         "a date, an unclear name — the returning officer tells the candidate and the "
         "proposer, who have three working days to correct it, even if nominations have "
         "closed in the meantime. A nomination that is still not valid is rejected, with the "
         "reasons in writing. The candidate may challenge the decision under section 10.")
    para(doc, "After nominations close, the returning officer publishes the list of valid "
         "candidates to all members. A candidate may withdraw by writing to the returning "
         "officer at any time before voting starts. If ballot papers have already been sent, "
         "votes for that candidate are not counted.")

    para(doc, "The safety of candidates", style="Heading 2")
    bullets(doc, [
        "A candidate chooses the name they stand under, which may be the name by which they "
        "are known in the movement. The returning officer must know who the candidate is, "
        "but does not publish their legal name without their consent.",
        "A candidate decides whether a photo of them is shared, and with whom.",
        "The returning officer publishes nothing about a candidate’s work, health, HIV "
        "status, gender identity, sexuality, drug use or migration status, unless the "
        "candidate includes it in their own statement.",
        "Candidates’ contact details go only to the returning officer and the deputies.",
    ])

    control(doc, "{%p if sections.regional_seats %}")
    para(doc, "Regional seats", style="Heading 2")
    para(doc, "So that every part of the region has a voice on the " + GB + ", "
         "{{ seats_per_subregion }} {{ seats_per_subregion|plural(one=\"seat is\", "
         "other=\"seats are\") }} reserved for each sub-region: {{ subregions|format_list }}. "
         "The other elected seats are open seats, for which all voting members vote.",
         keep_next=True)
    t = c.make_table(doc, [Cm(5.0), Cm(3.0), width - Cm(8.0)], rows=1)
    c.header_row(t, ["Sub-region", "Reserved seats", "Who proposes, seconds and votes"],
                 aligns=[None, ALIGN.CENTER, None])
    c.control_row(t, "{%tr for sr in subregions %}")
    row = c.add_row(t)
    c.set_row_flags(row)
    c.cell_text(row.cells[0], ("{{ sr }}", B))
    c.cell_text(row.cells[1], "{{ seats_per_subregion }}", align=ALIGN.CENTER)
    c.cell_text(row.cells[2], "The voting members based in this sub-region")
    c.control_row(t, "{%tr endfor %}")
    para(doc, "")
    bullets(doc, [
        "A member organisation belongs to the sub-region in which it is based. An "
        "organisation that works in several sub-regions chooses one when it joins.",
        "A candidate for a regional seat is active in a member organisation of that "
        "sub-region, and is proposed and seconded by voting members of that sub-region.",
        "Each regional seat is a separate ballot, in which only the voting members of that "
        "sub-region vote.",
        "A candidate may stand for a regional seat and an open seat at the same time. "
        "Regional ballots are counted first; a candidate elected to a regional seat is then "
        "left out of the count for the open seats.",
        "If no valid candidate stands for a regional seat, the seat is a casual vacancy "
        "(section 12). The " + GB + " fills it only after consulting the voting members "
        "of that sub-region.",
    ])
    control(doc, "{%p endif %}")


def statements(doc):
    para(doc, "6. Candidate statements and campaigning", style="Heading 1")

    para(doc, "Candidate statements", style="Heading 2")
    para(doc, "Each candidate may send the returning officer a statement of no more than "
         "{{ statement_word_limit }} words, in any of the network’s working languages, by the "
         "date in the timetable. A statement usually says:", keep_next=True)
    bullets(doc, [
        "who the candidate is in the movement, and which organisation they come from;",
        "what experience and skills they bring;",
        "what they want to achieve as a member of the " + GB + ";",
        "how much time they can give, and which languages they work in.",
    ])
    para(doc, "The secretariat translates every statement into the other working languages, "
         "and where possible the candidate checks the translation. The returning officer "
         "does not edit statements, but asks the candidate to remove anything that breaks "
         "the Code of Conduct, that reveals private information about another person, or "
         "that attacks another candidate. Statements go to all members with the ballot "
         "papers and are placed in the members-only area of the network’s website. They are "
         "never published on open websites or social media, because this could put "
         "candidates at risk.")

    para(doc, "Meeting the candidates", style="Heading 2")
    para(doc, "Before voting starts, the returning officer organises at least one online "
         "meeting at which members can put questions to the candidates, with interpretation "
         "into the working languages. Questions may be sent in advance, also anonymously. "
         "Every candidate has the same time to speak. Candidates who cannot join, for example "
         "because of an unsafe connection, may answer in writing, and their answers are read "
         "out.")

    para(doc, "Fair campaigning", style="Heading 2")
    para(doc, "Candidates may talk to members about their ideas and share their statement. "
         "During the election, candidates and their supporters must not:", keep_next=True)
    bullets(doc, [
        "use the network’s money, staff time, equipment, mailing lists or social media "
        "accounts for a campaign; messages to all members go only through the returning "
        "officer;",
        "offer money, gifts, jobs, grants, travel or any other advantage to a member "
        "organisation or a delegate, or promise one in return for a vote;",
        "put pressure on a delegate, ask how a member voted, or ask to see a ballot paper;",
        "spread false information about another candidate, attack them personally, or "
        "reveal or threaten to reveal private information about them;",
        "as members of the " + GB + " or staff, use their position to gain an advantage in "
        "the election.",
    ])
    para(doc, "If a candidate breaks these rules, the returning officer first warns them in "
         "writing. In a serious case, or after a warning is ignored, the returning officer "
         "refers the matter to the election appeals panel (section 10), which may disqualify "
         "the candidate.")


def voting(doc):
    para(doc, "7. Voting", style="Heading 1")
    para(doc, "Voting is secret. Each voting member may vote in person at the " + ASSEMBLY +
         ", by post{% if sections.online_voting %} or online{% endif %}, but only once in "
         "each ballot. A member that has voted by post"
         "{% if sections.online_voting %} or online{% endif %} cannot vote again in person.")

    para(doc, "The ballot paper", style="Heading 2")
    para(doc, "There is a separate ballot paper for each ballot. It lists the candidates under "
         "the names they stand under, in an order drawn by lot in front of at least one "
         "deputy. It shows the number of seats to be filled and the number of votes each "
         "voter may cast, in every working language. Ballot papers for postal voting are "
         "marked so that they cannot be copied.")

    para(doc, "Voting in person at the " + ASSEMBLY, style="Heading 2")
    numbered(doc, [
        "The delegate registers at the election desk and receives the ballot papers of their "
        "organisation. The returning officer marks the register, so that no organisation "
        "receives papers twice.",
        "The delegate marks the ballot papers alone, in a private place.",
        "The delegate folds the papers and puts them into the sealed ballot box, which stays "
        "in view of the scrutineers at all times.",
        "A delegate who needs help to read or mark the ballot paper may bring a person of "
        "their choice, or ask a deputy returning officer for help. The helper keeps the vote "
        "secret.",
    ])
    para(doc, "So that members from every country can vote in person, the network pays the "
         "travel costs of one delegate from each voting member, up to "
         "{{ delegate_support_limit|currency(currency) }} per delegate, as far as funds allow. "
         "Support is offered to all voting members on the same terms and never depends on "
         "how a member votes.")

    para(doc, "Voting by post", style="Heading 2")
    para(doc, "The returning officer sends ballot packs to all voting members as soon as the "
         "list of candidates is final. Each pack contains the ballot papers, the candidates’ "
         "statements, a small inner envelope with no marks on it, a return envelope, and a "
         "declaration for the delegate to sign.")
    numbered(doc, [
        "The delegate marks the ballot papers and seals them in the inner envelope.",
        "The delegate signs the declaration and puts it, with the inner envelope, in the "
        "return envelope.",
        # tag split over two runs with different formatting
        ["The return envelope must reach the returning officer at least ",
         ("{{ postal_", B), ("deadline_days }}", {"b": True, "i": True}),
         " days before the " + ASSEMBLY + ". Later envelopes are kept unopened and are not "
         "counted."],
        "The returning officer keeps the return envelopes unopened, in a locked place, until "
        "the count.",
    ])
    para(doc, "A member that cannot safely receive post at its own address may ask the "
         "returning officer for its ballot pack to be sent to another address, or to be "
         "collected from the secretariat. The network pays the cost of returning postal "
         "ballots by a tracked service.")

    # split paragraph tag: plain start, bold end
    para(doc, "{%p if sections.", ("online_voting %}", B), style="Template Control")
    para(doc, "Secure online voting", style="Heading 2")
    para(doc, "Where travel is difficult and post is slow or unsafe, voting members may vote "
         "online. Online voting must be at least as secret and as safe as voting on paper:",
         keep_next=True)
    bullets(doc, [
        "The returning officer chooses a voting platform that keeps who voted apart from how "
        "they voted, stores data encrypted, can be checked afterwards, and works on a basic "
        "mobile phone and a slow connection, in every working language.",
        "Each voting member receives a unique, single-use voting code for each ballot, sent "
        "to its delegate through the channel the member has chosen as safe.",
        "The online ballot is open for {{ online_ballot_hours }} hours and closes before the "
        "ballot box opens at the " + ASSEMBLY + ", so that no member can vote twice.",
        "Before the real ballot, members may try the platform with a test ballot. The "
        "deputies run a help line; they can never see a member’s vote.",
        "If a code is lost or may have been seen by someone else, the returning officer "
        "cancels it and sends a new one.",
        "The platform does not record the location, device or address of voters beyond what "
        "it needs to work, and all voting data is deleted when the time for challenges has "
        "passed.",
        "If the platform fails, or its security is in doubt, the returning officer may "
        "extend the online ballot or stop it and offer another way to vote. Any such step is "
        "explained in the report to the " + ASSEMBLY + ".",
    ])
    control(doc, "{%p endif %}")


def uncontested(doc):
    para(doc, "8. Uncontested seats", style="Heading 1")
    para(doc, "A ballot is uncontested when, after nominations close, the number of valid "
         "candidates is the same as the number of seats, or lower. There is then no ordinary "
         "ballot. Instead, the voting members confirm each candidate with a yes or no vote, in "
         "the same ways and at the same time as other ballots. A candidate is elected when "
         "more votes are cast for yes than for no. This keeps the members’ right to refuse "
         "a candidate even when no one else stands.")
    para(doc, "A seat that stays empty, because there was no candidate or because a candidate "
         "was not confirmed, may be filled at the same " + ASSEMBLY + " from nominations made "
         "at the meeting, if the candidate, the proposer and the seconder are present and sign "
         "the nomination form, and if the " + ASSEMBLY + " agrees. Otherwise the seat is a "
         "casual vacancy (section 12).")


def counting(doc):
    para(doc, "9. Counting the votes", style="Heading 1")

    para(doc, "Scrutineers", style="Heading 2")
    para(doc, "Each candidate may appoint one scrutineer. In addition, the " + ASSEMBLY +
         " appoints two scrutineers who are not candidates, proposers or seconders, at least "
         "one of them from a sex worker-led member organisation. Scrutineers watch every step "
         "of the count and may point out errors to the returning officer. They do not touch "
         "ballot papers unless the returning officer asks them to, and they keep what they "
         "see confidential. A scrutineer may follow the count online where the returning "
         "officer makes this possible.")

    para(doc, "Participation", style="Heading 2")
    para(doc, "An election is valid when at least {{ quorum_share|percent }} of the voting "
         "members have voted, in any of the ways this procedure allows. If fewer have voted, "
         "the returning officer reports this to the " + ASSEMBLY + ", which may keep postal"
         "{% if sections.online_voting %} and online{% endif %} voting open for up to 30 more "
         "days or decide to hold the election again.")

    para(doc, "How the count works", style="Heading 2")
    numbered(doc, [
        "The count starts as soon as voting closes, at a place announced in advance.",
        "The returning officer opens the postal return envelopes, checks each declaration "
        "against the register of voters, and puts the unopened inner envelopes together, so "
        "that no one can tell which envelope came from which member. Inner envelopes are "
        "then opened.",
        "The ballot boxes are opened, and the number of ballot papers is checked against the "
        "number of voters marked in the register.",
        "Invalid ballot papers are set aside, and the reason is noted for each.",
        "The votes for each candidate are counted twice, by different people. "
        "{% if sections.online_voting %}The results from the online platform are then added, "
        "after the scrutineers have checked the platform’s report. {% endif %}"
        "{% if sections.regional_seats %}The ballots for the regional seats are counted "
        "before the ballot for the open seats. {% endif %}",
        "The candidates with the most votes are elected, up to the number of seats. If this "
        "would leave the " + GB + " without a majority of current or former sex workers "
        "(section 2), the returning officer declares elected, in place of the lowest-placed "
        "other candidates, the sex worker candidates with the most votes.",
        "The returning officer writes the result on a results sheet, which the returning "
        "officer and the scrutineers sign.",
    ])

    para(doc, "Invalid ballot papers", style="Heading 2")
    para(doc, "A ballot paper is invalid when it:", keep_next=True)
    bullets(doc, [
        "is not an official ballot paper of this election;",
        "gives more votes than the number of seats, or more than one vote to a candidate;",
        "shows who the voter is;",
        "does not show clearly who the voter wanted to vote for.",
    ])
    para(doc, "A ballot paper is not invalid only because it is marked with a tick, a circle or "
         "another sign instead of a cross, or because it gives fewer votes than the number of "
         "seats, as long as the voter’s choice is clear. In case of doubt, the returning "
         "officer decides, after hearing the scrutineers.")


def ties_and_challenges(doc):
    para(doc, "10. Ties, recounts and challenges", style="Heading 1")

    para(doc, "Ties", style="Heading 2")
    para(doc, "When two or more candidates have the same number of votes for the last seat "
         "to be filled, the delegates present at the " + ASSEMBLY + " vote again, on those "
         "candidates only. If the votes are still equal, or if a second vote cannot be held, "
         "the returning officer draws lots in front of the scrutineers and of the candidates "
         "concerned or their scrutineers.")

    para(doc, "Recounts", style="Heading 2")
    para(doc, "Before the result is declared, a candidate or a scrutineer may ask for a recount "
         "of a ballot. The returning officer agrees when the difference between the last "
         "candidate elected and the first candidate not elected is small, or when there is "
         "another good reason to believe there was an error. There is one recount for each "
         "ballot, unless the recount itself shows a new error.")

    para(doc, "Challenges", style="Heading 2")
    para(doc, "When the " + GB + " appoints the returning officer, it also appoints an "
         "election appeals panel of three people who take no other part in the election. At "
         "least two of them are current or former sex workers. Any voting member or any "
         "candidate may challenge a decision of the returning officer or the result of the "
         "election, on the grounds that:", keep_next=True)
    bullets(doc, [
        "this procedure was not followed in a way that could have changed the result;",
        "there was fraud, pressure on voters or a breach of the fair campaigning rules; or",
        "a nomination was wrongly accepted or rejected.",
    ])
    para(doc, "A challenge is made in writing to the panel, through the secretariat or the "
         "returning officer, within {{ challenge_days }} "
         "{{ challenge_days|plural(one=\"day\", other=\"days\") }} after the result is "
         "declared, or after the decision that is challenged. The panel:", keep_next=True)
    numbered(doc, [
        "acknowledges the challenge within five working days;",
        "hears the member or candidate who made it, the returning officer, and anyone else "
        "concerned, who may each be accompanied by a person of their choice;",
        "decides within 30 days, in writing and with reasons;",
        "may confirm the result, order a recount, or order a new ballot for the seats "
        "concerned.",
    ])
    para(doc, "The panel’s decision is final and is sent to all members. While a challenge is "
         "open, the candidates declared elected take up their seats, unless the panel decides "
         "otherwise.")


def results(doc):
    para(doc, "11. Declaring the result and reporting to the " + ASSEMBLY, style="Heading 1")

    para(doc, "Declaring the result", style="Heading 2")
    para(doc, "The returning officer declares the result to the " + ASSEMBLY + " as soon as "
         "the count is complete. For each ballot, the declaration gives the number of valid "
         "and invalid ballot papers, the votes for each candidate, and who is elected and for "
         "how long. The result is sent to all members within seven days, through the network’s "
         "members-only channels. The number of votes for each candidate is not published "
         "outside the membership.")

    para(doc, "The returning officer’s report", style="Heading 2")
    para(doc, "The returning officer reports in writing on the whole election. The report is "
         "presented to the " + ASSEMBLY + " that receives the result or, if this is not "
         "possible, sent to all members within 30 days and recorded at the next " + ASSEMBLY +
         ". It covers:", keep_next=True)
    bullets(doc, [
        "whether the timetable was kept, and every change to it;",
        "the number of voting members, and how many voted in person, by post"
        "{% if sections.online_voting %} and online{% endif %};",
        "the number of candidates and of valid nominations for each ballot;",
        "warnings, recounts, challenges and the decisions taken on them;",
        "problems with post, travel, interpretation"
        "{% if sections.online_voting %} or the online platform{% endif %}, and how they "
        "were solved;",
        "recommendations for the next election.",
    ])

    para(doc, "Records and personal data", style="Heading 2")
    para(doc, "The returning officer keeps the ballot papers, envelopes and results sheets "
         "sealed for {{ ballot_retention_days }} days after the result is declared, and then "
         "destroys them, unless a challenge is still open. Nomination forms are kept by the "
         "secretariat in a secure place while the person elected holds office, and then "
         "destroyed. The register of voters and the candidates’ contact details are destroyed "
         "when the time for challenges has passed.")
    para(doc, "Where the law of the country in which {{ org.short_name }} is registered "
         "requires new members of the " + GB + " to be reported to an authority, the "
         "secretariat does so and gives only the information the law requires. Candidates "
         "are told before they stand what this information is, so that they can weigh the "
         "risks.")


def terms(doc):
    para(doc, "12. Terms of office and staggered terms", style="Heading 1")

    para(doc, "Length of terms", style="Heading 2")
    para(doc, "Members of the " + GB + " are elected for {{ term_years }} "
         "{{ term_years|plural(one=\"year\", other=\"years\") }}. A term starts at the close "
         "of the " + ASSEMBLY + " that elects the member and ends at the close of the " +
         ASSEMBLY + " that elects their successor. A member may serve no more than "
         "{{ max_consecutive_terms }} full "
         "{{ max_consecutive_terms|plural(one=\"term\", other=\"terms\") }} in a row, and may "
         "stand again after a break of at least one full term.")

    para(doc, "Staggered terms", style="Heading 2")
    para(doc, "To keep experience on the " + GB + ", not all seats are elected at the same "
         "time. The seats are divided into two groups of about the same size, which are "
         "elected at alternate regular elections. At each regular election, therefore, about "
         "half of the seats are filled, and the other members continue."
         "{% if sections.regional_seats %} The regional seats are divided between the two "
         "groups so that each sub-region keeps at least one member in office where it has "
         "more than one seat.{% endif %}")
    para(doc, "If all seats are filled at the same election — the first election under this "
         "procedure, or a new election of the whole " + GB + " — the candidates elected with "
         "the most votes serve a full term, and the others serve a shorter first term that "
         "ends at the next regular election. When this would split candidates with the same "
         "number of votes, the returning officer draws lots.")

    para(doc, "Casual vacancies", style="Heading 2")
    para(doc, "When a seat becomes empty before the end of its term, the " + GB + " may offer "
         "it to the candidate who came next in the last ballot for that seat, if that person "
         "is still willing and able to serve. Otherwise the " + GB + " may appoint a suitable "
         "person who meets the conditions in section 2, keeping a majority of current or "
         "former sex workers. The person appointed serves until the next regular election, "
         "at which the seat is elected for the rest of its term.")
    control(doc, "{#p anchor regional_annex #}")


def review(doc):
    para(doc, "13. Review of this procedure", style="Heading 1")
    para(doc, "The " + GB + " reviews this procedure after each regular election, taking into "
         "account the returning officer’s report and the views of member organisations. "
         "Changes are approved by the " + ASSEMBLY + ". A change does not apply to an election "
         "for which the notice of election has already been sent.")
    para(doc, "This version of the procedure takes effect on " + EFFECTIVE + ". It replaces "
         "all earlier versions.")


def nomination_form(doc, width):
    h = para(doc, "Annex: Nomination form", style="Heading 1")
    h.paragraph_format.page_break_before = True
    para(doc, "Use one form for each candidate. Send the completed and signed form to the "
         "returning officer at " + RO_EMAIL + " before nominations close. Read section 5 of "
         "the Election Procedure of {{ org.name }} before you fill it in.")

    form_block(doc, width, "1. The candidate and the seat", [
        "Name to be published",
        "Member organisation and country",
        "Working languages",
        "Safe contact (returning officer only)",
        "Open seat, or regional seat for which sub-region",
    ])
    spacer(doc)
    for title in ("2. Proposer", "3. Seconder"):
        form_block(doc, width, title, [
            "Voting member organisation",
            "Name and role of the person signing",
            "Signature and date",
        ])
        spacer(doc)

    para(doc, "4. Declaration of the candidate", style="Heading 2", keep_next=True)
    p = para(doc, "I agree to stand for election to the " + GB + " of {{ org.short_name }}. "
             "I meet the conditions in section 2 of the Election Procedure, version "
             "{{ version }}. I will follow the Code of Conduct and the fair campaigning rules, "
             "and I will declare any conflict of interest. For the returning officer only, "
             "in confidence: I am a current or former sex worker  ☐ yes   ☐ no   "
             "☐ I prefer not to say.", keep_next=True)
    c.shade_paragraph(p)
    para(doc, "", keep_next=True)
    sig = c.make_table(doc, [Cm(5.2), width - Cm(5.2)], rows=0, borders=False)
    for label in ("Signature of the candidate", "Place and date"):
        row = c.add_row(sig)
        c.set_row_flags(row)
        c.row_height(row, 680)
        c.cell_text(row.cells[0], (label, LABEL))
        c.cell_text(row.cells[1], "")
        c.set_cell_bottom_border(row.cells[1])
        for cell in row.cells:
            cell.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM
    para(doc, "")
    para(doc, "This form contains personal data. The returning officer and the deputies use it "
         "only for the election. The secretariat keeps it in a secure place while the person "
         "elected holds office, and then destroys it; the forms of candidates who are not "
         "elected are destroyed when the time for challenges has passed.", style="Note")


def build() -> None:
    doc, width = c.new_document()
    c.set_header_footer(
        doc.sections[0],
        title_parts=["{{ org.short_name }} — Election Procedure"],
        footer_parts=["Version {{ version }} · Effective " + EFFECTIVE],
    )
    cover(doc, width)
    purpose(doc, width)
    voters_and_candidates(doc, width)
    timetable(doc, width)
    returning_officer(doc)
    nominations(doc, width)
    statements(doc)
    voting(doc)
    uncontested(doc)
    counting(doc)
    ties_and_challenges(doc)
    results(doc)
    terms(doc)
    review(doc)
    nomination_form(doc, width)
    c.set_metadata(
        doc,
        title="{{ org.name }} Election Procedure",
        subject="How the assembly of member organisations elects the governing body",
        keywords="election; returning officer; nominations; secret ballot; postal voting; "
                 "online voting; staggered terms; sex worker-led organisations",
        category="manual",
    )
    c.save(doc, OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
