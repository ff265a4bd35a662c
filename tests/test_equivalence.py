"""adaptkit renders docxtpl-syntax templates: its output text must match docxtpl's.

Every case builds a template in memory (``docxfactory``), renders it with
docxtpl 0.20 and with adaptkit, and compares the visible text
(``docx_text``).  Each case also states the expected paragraphs explicitly, so
a failure says what is wrong, not only that the two engines disagree; the
``docxtpl`` half of every test checks that the expectation really is docxtpl's
behaviour (or, where docxtpl is wrong, pins what docxtpl does instead).

Where docxtpl does not render a part at all (endnotes, comments) only the
parts it renders are compared, and a separate adaptkit-only test asserts the
expected text of the rest.  Where docxtpl is clearly wrong, the case says so
and only adaptkit is held to the expected text.

Run:  python -m pytest tests/test_equivalence.py -q
      python -m pytest tests/test_equivalence.py -q -k docxtpl   # reference half only
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, Callable

import docx
import pytest
from docxfactory import (
    ALL_PARTS,
    GRAM_END,
    GRAM_START,
    LAST_RENDERED_PAGE_BREAK,
    NSMAP,
    SPELL_END,
    SPELL_START,
    DocBuilder,
    P,
    Tbl,
    bookmark,
    bookmark_end,
    bookmark_start,
    docx_paragraphs,
    docx_text,
    iter_xml_text,
    part_paragraphs,
    part_text,
    part_xml,
    w,
)
from docxtpl import DocxTemplate

B = {"bold": True}
I = {"italic": True}  # noqa: E741
U = {"underline": True}

# --------------------------------------------------------------------------- #
# Engines
# --------------------------------------------------------------------------- #


def render_docxtpl(data: bytes, context: dict[str, Any]) -> bytes:
    tpl = DocxTemplate(io.BytesIO(data))
    tpl.render(context, autoescape=True)
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


def render_adaptkit(data: bytes, context: dict[str, Any]):
    # Imported here so that the docxtpl half still runs if the engine does not import.
    from adaptkit.docx import render_docx

    return render_docx(data, context)


def render(engine: str, data: bytes, context: dict[str, Any]) -> bytes:
    if engine == "docxtpl":
        return render_docxtpl(data, context)
    return render_adaptkit(data, context).data


ENGINES = ["docxtpl", "adaptkit"]

TAG_MARKERS = ("{{", "}}", "{%", "%}", "{#", "#}")


def leftover_tags(data: bytes) -> list[str]:
    """Parts (of the ones an engine should render) still holding template tags."""
    return [
        name
        for name, xml in iter_xml_text(data)
        if name.startswith("word/") and any(m in xml for m in TAG_MARKERS)
    ]


# --------------------------------------------------------------------------- #
# Cases
# --------------------------------------------------------------------------- #


@dataclass
class Case:
    id: str
    build: Callable[[], bytes]
    context: dict[str, Any]
    expected: list[str]  # docx_paragraphs(output, parts)
    parts: tuple[str, ...] = ALL_PARTS  # the parts docxtpl renders and we compare
    # None: docxtpl gets `expected`.  Otherwise what docxtpl wrongly produces
    # (the case is then adaptkit-only; see the comment at the case).
    docxtpl_gets: list[str] | None = None

    def __str__(self) -> str:
        return self.id


PEOPLE = [
    {"name": "Ada", "role": "Lead", "group": "Team A", "color": "FF0000"},
    {"name": "Bo", "role": "Dev", "group": "Team A", "color": "00FF00"},
    {"name": "Cy", "role": "QA", "group": "Team A", "color": "0000FF"},
]
GROUPS = [
    {"name": "North", "members": ["Ann", "Ben"]},
    {"name": "South", "members": ["Cid"]},
]
CTX = {
    "name": "Ada",
    "title": "Guide",
    "org": {"role": "outreach worker", "name": "Rights Org"},
    "place": "Yangon",
    "people": PEOPLE,
    "groups": GROUPS,
    "items": ["one", "two", "three"],
    "cols": ["Q1", "Q2", "Q3"],
    "ncols": 3,
    "n": 5,
    "color": "00FF00",
}


def ctx(**kw: Any) -> dict[str, Any]:
    return {**CTX, **kw}


CASES: list[Case] = []


def case(
    id: str,
    build: Callable[[], bytes],
    context: dict[str, Any],
    expected: list[str],
    **kw: Any,
) -> None:  # noqa: A002
    CASES.append(Case(id, build, context, expected, **kw))


# -- tags split across runs, with Word noise ------------------------------- #

case(
    "split-2-runs-proofErr",
    lambda: (
        DocBuilder()
        .p([("Dear {{ na", B), SPELL_START, ("me }}, welcome.", I), SPELL_END])
        .build()
    ),
    ctx(),
    ["Dear Ada, welcome."],
)

case(
    "split-3-runs-bookmark-rsid",
    lambda: (
        DocBuilder()
        .p(
            P(
                [
                    ("Your role: {{ org", {"bold": True, "rsid": "00A1B2C3"}),
                    bookmark_start("_GoBack", 0),
                    (".ro", {"italic": True, "rsid": "00D4E5F6", "color": "FF0000"}),
                    GRAM_START,
                    ("le }} in {{ place }}.", {"underline": True, "rsid": "00A1B2C3"}),
                    GRAM_END,
                    bookmark_end(0),
                ],
                rsid="00C0FFEE",
            )
        )
        .build()
    ),
    ctx(),
    ["Your role: outreach worker in Yangon."],
)

case(
    "split-braces-and-block-tag",
    # "{" | "{ name }" | "}" and "{% i" | "f x %}" -- every delimiter itself split.
    lambda: (
        DocBuilder()
        .p(
            [
                ("Hi {", B),
                SPELL_START,
                ("{ name }", I),
                SPELL_END,
                bookmark("_Hlt1", 1),
                ("}! {", U),
                LAST_RENDERED_PAGE_BREAK,
                ("% if n > 3 %}many{% el", {"lrpb": True}),
                ("se %}few{% end", B),
                ("if %}.", {}),
            ]
        )
        .build()
    ),
    ctx(),
    ["Hi Ada! many."],
)

# -- table rows ------------------------------------------------------------ #

TR_FOR_TABLE = [
    ["Name", "Role"],
    ["{%tr for p in people %}"],
    ["{{ p.name }}", [[("{{ p.ro", B), SPELL_START, ("le }}", I), SPELL_END]]],
    ["{%tr endfor %}"],
]

case(
    "tr-for",
    lambda: DocBuilder().p("Staff").table(TR_FOR_TABLE).p("End").build(),
    ctx(),
    ["Staff", "Name", "Role", "Ada", "Lead", "Bo", "Dev", "Cy", "QA", "End"],
)

case(
    "tr-for-empty",
    lambda: DocBuilder().p("Staff").table(TR_FOR_TABLE).p("End").build(),
    ctx(people=[]),
    ["Staff", "Name", "Role", "End"],
)

case(
    "tr-for-inline-for",
    # An inline {% for %} inside a cell of a {%tr for %} row.
    lambda: (
        DocBuilder()
        .table(
            [
                ["Group", "Members"],
                ["{%tr for g in groups %}"],
                [
                    "{{ g.name }}",
                    "{% for m in g.members %}{{ m }}{% if not loop.last %}, {% endif %}{% endfor %}",
                ],
                ["{%tr endfor %}"],
            ]
        )
        .build()
    ),
    ctx(),
    ["Group", "Members", "North", "Ann, Ben", "South", "Cid"],
)

case(
    "tr-for-nested-table",
    # A {%tr for %} over the rows of a table nested in a cell of an outer {%tr for %}.
    lambda: (
        DocBuilder()
        .table(
            [
                ["Group", "Members"],
                ["{%tr for g in groups %}"],
                [
                    "{{ g.name }}",
                    Tbl(
                        [
                            ["{%tr for m in g.members %}"],
                            ["{{ loop.index }}. {{ m }}"],
                            ["{%tr endfor %}"],
                        ]
                    ),
                ],
                ["{%tr endfor %}"],
            ]
        )
        .build()
    ),
    ctx(),
    # the "" is the paragraph Word requires after a table at the end of a cell
    ["Group", "Members", "North", "1. Ann", "2. Ben", "", "South", "1. Cid", ""],
)

# -- paragraphs ------------------------------------------------------------ #


def _p_if() -> bytes:
    return (
        DocBuilder()
        .paragraphs(
            "Before",
            "{%p if flag %}",
            ["Yes, ", ("{{ na", B), SPELL_START, ("me }}", I), SPELL_END],
            "{%p else %}",
            "No",
            "{%p endif %}",
            "After",
        )
        .build()
    )


case("p-if-true", _p_if, ctx(flag=True), ["Before", "Yes, Ada", "After"])
case("p-if-false", _p_if, ctx(flag=False), ["Before", "No", "After"])

case(
    "p-for",
    lambda: (
        DocBuilder()
        .paragraphs(
            "Items:",
            "{%p for x in items %}",
            [("{{ loop.index }}", B), ". {{ x }}"],
            "{%p endfor %}",
            "End",
        )
        .build()
    ),
    ctx(),
    ["Items:", "1. one", "2. two", "3. three", "End"],
)

case(
    "p-for-split-tag",
    # the {%p ... %} tag itself split across runs with noise
    lambda: (
        DocBuilder()
        .paragraphs(
            "Items:",
            [("{%p for x in it", B), SPELL_START, ("ems %}", {}), SPELL_END],
            "{{ x }}",
            [("{%p end", I), ("for %}", U)],
            "End",
        )
        .build()
    ),
    ctx(),
    ["Items:", "one", "two", "three", "End"],
)

# -- inline if, comments, runs, trimming ----------------------------------- #


def _inline_if() -> bytes:
    return (
        DocBuilder()
        .p(
            [
                ("Status: {% if act", B),
                ("ive %}on", {}),
                ("{% else %}off{% endif %}.", I),
            ]
        )
        .p("{{ name }} is {% if active %}in{% else %}out{% endif %}.")
        .build()
    )


case("inline-if-true", _inline_if, ctx(active=True), ["Status: on.", "Ada is in."])
case("inline-if-false", _inline_if, ctx(active=False), ["Status: off.", "Ada is out."])

case(
    "jinja-comment",
    lambda: (
        DocBuilder()
        .paragraphs(
            "Keep {# drop this #}this.",
            [("Split {# com", B), SPELL_START, ("ment #}kept", {}), SPELL_END],
            "A",
            "{#p a whole paragraph that disappears #}",
            "B",
        )
        .build()
    ),
    ctx(),
    ["Keep this.", "Split kept", "A", "B"],
)


def _r_if() -> bytes:
    return (
        DocBuilder()
        .p(["Hello", "{%r if vip %}", (" dear", B), "{%r endif %}", " friend"])
        .build()
    )


case("r-if-true", _r_if, ctx(vip=True), ["Hello dear friend"])
case("r-if-false", _r_if, ctx(vip=False), ["Hello friend"])

# "{%-" / "-%}".  In docxtpl these are not Jinja whitespace control: they
# mean "merge this tag with the previous / next paragraph's text" (docxtpl
# docs, "Split and merge text"); docxtpl deletes the XML between the tag and
# the neighbouring w:t and removes the dash, so surrounding spaces are KEPT.
# The cases below have no whitespace next to a dash inside a paragraph, so
# they hold whether or not an engine also trims there.


def _dash_merge() -> bytes:
    # the example from docxtpl's documentation
    return (
        DocBuilder()
        .paragraphs(
            "My house is located",
            "{%- if living_in_town -%}",
            " in urban area",
            "{%- else -%}",
            " in countryside",
            "{%- endif -%}",
            " and I love it.",
            "Next paragraph",
        )
        .build()
    )


case(
    "dash-merge-paragraphs-true",
    _dash_merge,
    ctx(living_in_town=True),
    ["My house is located in urban area and I love it.", "Next paragraph"],
)
case(
    "dash-merge-paragraphs-false",
    _dash_merge,
    ctx(living_in_town=False),
    ["My house is located in countryside and I love it.", "Next paragraph"],
)

case(
    "dash-own-runs",
    # dashed tags in runs of their own, inside one paragraph
    lambda: (
        DocBuilder()
        .p(["Total:", ("{%- if n %}", B), "{{ n }}", ("{%- endif %}", I), "!"])
        .p(["[", "{% if n -%}", ("{{ n }}", B), "{% endif -%}", "]"])
        .build()
    ),
    ctx(),
    ["Total:5!", "[5]"],
)

case(
    "dash-same-run",
    # dashed tags sharing a run with text.
    #
    # docxtpl is WRONG here.  "{%-" is rewritten by deleting everything from
    # the last </w:t> before it -- which is in the *previous paragraph* when
    # the tag is not at the start of its run -- so "Total:" is lost and the
    # paragraph is glued onto "Intro".  "-%}" is rewritten by deleting
    # everything up to the next <w:t ...> when no tag comes first, so the "!"
    # after it in the same run is lost.
    lambda: (
        DocBuilder()
        .paragraphs(
            "Intro",
            "Total:{%- if n %}{{ n }}{% endif %}!",
            ["{% if n %}on{% endif -%}!", " tail"],
        )
        .build()
    ),
    ctx(),
    ["Intro", "Total:5!", "on! tail"],
    docxtpl_gets=["Intro5!", "on tail"],
)

# -- tc loops and table helpers ------------------------------------------- #

case(
    "tc-for",
    lambda: (
        DocBuilder()
        .table(
            [
                [
                    "Item",
                    "{%tc for c in cols %}",
                    [[("{{ c", B), SPELL_START, (" }}", {}), SPELL_END]],
                    "{%tc endfor %}",
                ],
                ["Sales", "{%tc for c in cols %}", "{{ c|lower }}", "{%tc endfor %}"],
            ]
        )
        .build()
    ),
    ctx(),
    ["Item", "Q1", "Q2", "Q3", "Sales", "q1", "q2", "q3"],
)

VM_TABLE = [
    ["Group", "Name"],
    ["{%tr for p in people %}"],
    ["{{ p.group }}{% vm %}", "{{ p.name }}"],
    ["{%tr endfor %}"],
]
case(
    "vm",
    lambda: DocBuilder().table(VM_TABLE).build(),
    ctx(),
    ["Group", "Name", "Team A", "Ada", "", "Bo", "", "Cy"],
)

HM_TABLE = [
    ["Label", "{%tc for c in cols %}", "Quarters{% hm %}", "{%tc endfor %}"],
    ["Item", "{%tc for c in cols %}", "{{ c }}", "{%tc endfor %}"],
]
case(
    "hm",
    lambda: DocBuilder().table(HM_TABLE).build(),
    ctx(),
    ["Label", "Quarters", "Item", "Q1", "Q2", "Q3"],
)

COLSPAN_TABLE = [["{% colspan ncols %}Title {{ title }}"], ["a", "b", "c"]]
case(
    "colspan",
    lambda: DocBuilder().table(COLSPAN_TABLE).build(),
    ctx(),
    ["Title Guide", "a", "b", "c"],
)

CELLBG_TABLE = [
    ["{% cellbg 'FF0000' %}Alert", "{% cellbg color %}Dynamic"],
    ["{%tr for p in people %}"],
    ["{% cellbg p.color %}{{ p.name }}", "{{ p.role }}"],
    ["{%tr endfor %}"],
]
case(
    "cellbg",
    lambda: DocBuilder().table(CELLBG_TABLE).build(),
    ctx(),
    ["Alert", "Dynamic", "Ada", "Lead", "Bo", "Dev", "Cy", "QA"],
)

# -- headers, footers, footnotes, text boxes ------------------------------- #

case(
    "headers-footers",
    lambda: (
        DocBuilder()
        .p("Body {{ name }}")
        .header([[("Header {{ ti", B), SPELL_START, ("tle }}", I), SPELL_END]])
        .header(
            ["First page {{ title }}", "{% if n %}second line{% endif %}"], kind="first"
        )
        .footer(["Footer {{ org.name }}"])
        .footer(["First footer {{ place }}"], kind="first")
        .build()
    ),
    ctx(),
    # body, headers (in sectPr reference order), footers
    [
        "Body Ada",
        "Header Guide",
        "First page Guide",
        "second line",
        "Footer Rights Org",
        "First footer Yangon",
    ],
)

case(
    "footnotes",
    lambda: (
        DocBuilder()
        .footnote(
            ["See {{ name }}"],
            [
                " Note for ",
                ("{{ na", B),
                SPELL_START,
                ("me }}", I),
                SPELL_END,
                " in {{ place }}.",
            ],
        )
        .footnote("Second", [["{% if n %}Two{% endif %}"], ["paragraphs {{ title }}"]])
        .build()
    ),
    ctx(),
    ["See Ada", "Second", " Note for Ada in Yangon.", "Two", "paragraphs Guide"],
)

case(
    "text-box",
    # docxtpl renders text boxes in the body: they are inside document.xml.
    lambda: (
        DocBuilder()
        .text_box(
            "Anchor {{ name }}",
            [
                "Box {{ title }}",
                [("{{ org", B), SPELL_START, (".role }}", I), SPELL_END],
            ],
        )
        .build()
    ),
    ctx(),
    # the anchoring paragraph, then the text box's paragraphs
    ["Anchor Ada", "Box Guide", "outreach worker"],
)

case(
    "text-box-vml-fallback",
    lambda: (
        DocBuilder()
        .text_box("Anchor", ["In box: {{ name }}"], vml_fallback=True)
        .build()
    ),
    ctx(),
    ["Anchor", "In box: Ada"],
)


def _endnote_doc() -> bytes:
    return (
        DocBuilder()
        .endnote(
            "See the end {{ name }}",
            [("End {{ na", B), SPELL_START, ("me }}", {}), SPELL_END],
        )
        .build()
    )


def _comment_doc() -> bytes:
    return (
        DocBuilder()
        .comment(
            ["Hello ", ("{{ name }}", B), "!"],
            1,  # the comment is anchored on the "{{ name }}" run
            [["Check ", ("{{ na", B), ("me }}", I)], "for {{ place }}"],
        )
        .build()
    )


# Endnotes: docxtpl does not render word/endnotes.xml -- compare the other
# parts here; test_endnotes_adaptkit checks the endnote text.
case(
    "endnotes-body",
    _endnote_doc,
    ctx(),
    ["See the end Ada"],
    parts=("body", "headers", "footers", "footnotes"),
)

# Comments: docxtpl does not render word/comments.xml (and docx_text does not
# read it) -- compare the body here; test_comments_adaptkit checks the comment.
case("comments-body", _comment_doc, ctx(), ["Hello Ada!"])


# --------------------------------------------------------------------------- #
# The tests
# --------------------------------------------------------------------------- #

_template_cache: dict[str, bytes] = {}


def template(c: Case) -> bytes:
    if c.id not in _template_cache:
        _template_cache[c.id] = c.build()
    return _template_cache[c.id]


@pytest.mark.parametrize("c", CASES, ids=str)
def test_docxtpl_reference(c: Case) -> None:
    """docxtpl produces the expected text (or, for a docxtpl bug, what it is known to produce)."""
    out = render_docxtpl(template(c), c.context)
    want = c.expected if c.docxtpl_gets is None else c.docxtpl_gets
    assert docx_paragraphs(out, c.parts) == want


@pytest.mark.parametrize("c", CASES, ids=str)
def test_adaptkit_expected(c: Case) -> None:
    result = render_adaptkit(template(c), c.context)
    assert docx_paragraphs(result.data, c.parts) == c.expected
    assert leftover_tags(result.data) == []
    assert result.warnings == []


@pytest.mark.parametrize("c", [c for c in CASES if c.docxtpl_gets is None], ids=str)
def test_equivalent(c: Case) -> None:
    data = template(c)
    theirs = render_docxtpl(data, c.context)
    ours = render_adaptkit(data, c.context).data
    assert docx_text(ours, c.parts) == docx_text(theirs, c.parts)


# -- parts docxtpl leaves alone -------------------------------------------- #


def test_endnotes_docxtpl_does_not_render() -> None:
    out = render_docxtpl(_endnote_doc(), ctx())
    assert part_paragraphs(out, "word/endnotes.xml") == ["End {{ name }}"]


def test_endnotes_adaptkit() -> None:
    out = render_adaptkit(_endnote_doc(), ctx()).data
    assert part_text(out, "word/endnotes.xml") == "End Ada"
    assert docx_paragraphs(out) == ["See the end Ada", "End Ada"]
    # the separators and the reference survive
    root = part_xml(out, "word/endnotes.xml")
    assert [n.get(w("id")) for n in root.findall(w("endnote"))] == ["-1", "0", "1"]
    assert part_xml(out).findall(f".//{w('endnoteReference')}")


def test_comments_docxtpl_does_not_render() -> None:
    out = render_docxtpl(_comment_doc(), ctx())
    assert part_paragraphs(out, "word/comments.xml") == [
        "Check {{ name }}",
        "for {{ place }}",
    ]


def test_comments_adaptkit() -> None:
    # Assumption: adaptkit renders tags in comments like any other story.
    out = render_adaptkit(_comment_doc(), ctx()).data
    assert part_paragraphs(out, "word/comments.xml") == ["Check Ada", "for Yangon"]
    body = part_xml(out)
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert body.findall(f".//{w(tag)}"), tag


@pytest.mark.parametrize("engine", ENGINES)
def test_footnotes_survive(engine: str) -> None:
    """Separator notes, note ids and references are kept as they were."""
    data = template(next(c for c in CASES if c.id == "footnotes"))
    out = render(engine, data, ctx())
    root = part_xml(out, "word/footnotes.xml")
    assert [n.get(w("id")) for n in root.findall(w("footnote"))] == [
        "-1",
        "0",
        "1",
        "2",
    ]
    refs = part_xml(out).findall(f".//{w('footnoteReference')}")
    assert [r.get(w("id")) for r in refs] == ["1", "2"]


@pytest.mark.parametrize("engine", ENGINES)
def test_text_box_fallback_rendered_too(engine: str) -> None:
    """The VML fallback copy of a text box is rendered as well (docx_text skips it)."""
    data = template(next(c for c in CASES if c.id == "text-box-vml-fallback"))
    out = render(engine, data, ctx())
    fallback = part_xml(out).findall(".//mc:Fallback//w:txbxContent", NSMAP)
    assert len(fallback) == 1
    texts = [
        "".join(t.text or "" for t in p.iter(w("t"))) for p in fallback[0].iter(w("p"))
    ]
    assert texts == ["In box: Ada"]


# -- table helpers: the XML ------------------------------------------------ #


def _tables(out: bytes) -> list[Any]:
    return part_xml(out).findall(f"{w('body')}/{w('tbl')}")


def _cells(tr: Any) -> list[Any]:
    return tr.findall(w("tc"))


def _tcpr_val(tc: Any, prop: str, attr: str = "val") -> str | None:
    el = tc.find(f"{w('tcPr')}/{w(prop)}")
    return None if el is None else el.get(w(attr), "")


@pytest.mark.parametrize("engine", ENGINES)
def test_vm_xml(engine: str) -> None:
    out = render(engine, DocBuilder().table(VM_TABLE).build(), ctx())
    (tbl,) = _tables(out)
    rows = tbl.findall(w("tr"))
    assert len(rows) == 1 + len(PEOPLE)
    merged = [_tcpr_val(_cells(tr)[0], "vMerge") for tr in rows[1:]]
    assert merged == ["restart", "continue", "continue"]
    assert _tcpr_val(_cells(rows[0])[0], "vMerge") is None
    assert all(_tcpr_val(_cells(tr)[1], "vMerge") is None for tr in rows)


@pytest.mark.parametrize("engine", ENGINES)
def test_hm_xml(engine: str) -> None:
    out = render(engine, DocBuilder().table(HM_TABLE).build(), ctx())
    (tbl,) = _tables(out)
    head, body = tbl.findall(w("tr"))
    assert len(_cells(head)) == 2
    assert _tcpr_val(_cells(head)[1], "gridSpan") == "3"
    assert len(_cells(body)) == 4
    assert all(_tcpr_val(tc, "gridSpan") is None for tc in _cells(body))
    assert len(tbl.findall(f"{w('tblGrid')}/{w('gridCol')}")) == 4


@pytest.mark.parametrize("engine", ENGINES)
def test_colspan_xml(engine: str) -> None:
    out = render(engine, DocBuilder().table(COLSPAN_TABLE).build(), ctx())
    (tbl,) = _tables(out)
    first, second = tbl.findall(w("tr"))
    (title,) = _cells(first)
    assert _tcpr_val(title, "gridSpan") == "3"
    assert len(title.findall(f"{w('tcPr')}/{w('gridSpan')}")) == 1
    assert all(_tcpr_val(tc, "gridSpan") is None for tc in _cells(second))


@pytest.mark.parametrize("engine", ENGINES)
def test_cellbg_xml(engine: str) -> None:
    out = render(engine, DocBuilder().table(CELLBG_TABLE).build(), ctx())
    (tbl,) = _tables(out)
    rows = tbl.findall(w("tr"))
    fills = [[_tcpr_val(tc, "shd", "fill") for tc in _cells(tr)] for tr in rows]
    assert fills == [
        ["FF0000", "00FF00"],
        ["FF0000", None],
        ["00FF00", None],
        ["0000FF", None],
    ]


# Children of w:tcPr in the order ECMA-376 (CT_TcPr) requires.
TCPR_ORDER = [
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
]


@pytest.mark.parametrize(
    "table",
    [VM_TABLE, HM_TABLE, COLSPAN_TABLE, CELLBG_TABLE],
    ids=["vm", "hm", "colspan", "cellbg"],
)
def test_table_helpers_tcpr_schema_order_adaptkit(table: list[Any]) -> None:
    """adaptkit only: docxtpl inserts w:gridSpan ({% colspan %}) and w:shd
    ({% cellbg %}) as the *first* child of w:tcPr, before w:tcW, which the
    schema forbids (strict validators and some readers reject it)."""
    out = render_adaptkit(DocBuilder().table(table).build(), ctx()).data
    for tcpr in part_xml(out).iter(w("tcPr")):
        names = [child.tag.split("}")[1] for child in tcpr]
        assert names == sorted(names, key=TCPR_ORDER.index), names


# -- hostile values -------------------------------------------------------- #

HOSTILE = {
    "amp": "A & B",
    "lt": "<select>",
    "quotes": "\"quoted\" and 'single'",
    "cyrillic": "Секс-работники",
    "thai": "พนักงานบริการ",
    "burmese": "လိင်လုပ်သား",
    "cjk": "性工作者",
    "newline": "line1\nline2",
    "vtab": "x\x0by",
}
HOSTILE_EXPECTED = {
    **HOSTILE,
    "vtab": "xy",
}  # XML 1.0 cannot hold U+000B: adaptkit drops it


def _hostile_doc() -> bytes:
    b = DocBuilder()
    for key in HOSTILE:
        b.p([("{{ v.", B), SPELL_START, (key + " }}", I), SPELL_END])
    b.table([["{{ v.amp }} | {{ v.lt }}", "{{ v.quotes }}"]])
    b.header(["{{ v.cjk }} {{ v.thai }}"])
    b.footnote("note", ["{{ v.burmese }} {{ v.cyrillic }}"])
    return b.build()


@pytest.fixture(scope="module")
def hostile_doc() -> bytes:
    return _hostile_doc()


def test_hostile_values_adaptkit(hostile_doc: bytes) -> None:
    result = render_adaptkit(hostile_doc, {"v": HOSTILE})
    out = result.data
    want = list(HOSTILE_EXPECTED.values())
    paras = docx_paragraphs(out)
    assert paras[: len(want)] == want
    assert paras[len(want) :] == [
        "A & B | <select>",  # table
        "\"quoted\" and 'single'",
        "note",  # the paragraph holding the footnote reference
        "性工作者 พนักงานบริการ",  # header
        "လိင်လုပ်သား Секс-работники",  # footnote
    ]
    # read back with python-docx too
    document = docx.Document(io.BytesIO(out))
    assert [p.text for p in document.paragraphs] == want + ["note"]
    assert document.sections[0].header.paragraphs[0].text == "性工作者 พนักงานบริการ"
    # "\n" became a w:br, not a literal newline in w:t
    newline_p = (
        part_xml(out).find(w("body")).findall(w("p"))[list(HOSTILE).index("newline")]
    )
    assert newline_p.findall(f".//{w('br')}")
    assert all("\n" not in (t.text or "") for t in newline_p.iter(w("t")))
    # the dropped character is reported
    assert len(result.warnings) >= 1
    assert any(
        "\\x0b" in wmsg or "U+000B" in wmsg.upper() or "control" in wmsg.lower()
        for wmsg in result.warnings
    ), result.warnings


@pytest.mark.parametrize("key", [k for k in HOSTILE if k != "vtab"])
def test_hostile_values_equivalent(hostile_doc: bytes, key: str) -> None:
    ctx_ = {"v": HOSTILE}
    i = list(HOSTILE).index(key)
    theirs = docx_paragraphs(render_docxtpl(hostile_doc, ctx_))
    assert theirs[i] == HOSTILE[key]  # docxtpl (autoescape=True) gets these right
    ours = docx_paragraphs(render_adaptkit(hostile_doc, ctx_).data)
    assert ours[i] == theirs[i]


def test_hostile_values_docxtpl_full_text(hostile_doc: bytes) -> None:
    """Reference: docxtpl's text for everything, once the vertical tab is gone."""
    out = render_docxtpl(hostile_doc, {"v": HOSTILE_EXPECTED})
    assert docx_paragraphs(out) == list(HOSTILE_EXPECTED.values()) + [
        "A & B | <select>",
        "\"quoted\" and 'single'",
        "note",
        "性工作者 พนักงานบริการ",
        "လိင်လုပ်သား Секс-работники",
    ]


def test_hostile_vtab_docxtpl_corrupts_the_part(hostile_doc: bytes) -> None:
    """docxtpl BUG (pinned, adaptkit must not copy it): a U+000B in one value
    goes into the XML unchecked; docxtpl then re-parses the body with lxml's
    recover=True parser, which silently drops the character -- and with it
    other escaped text in the same part: the table cell "{{ v.amp }} | {{ v.lt }}"
    comes out as "A  B | select" (lxml 6.1), not "A & B | <select>"."""
    paras = docx_paragraphs(render_docxtpl(hostile_doc, {"v": HOSTILE}))
    assert paras[list(HOSTILE).index("vtab")] == "xy"
    assert paras[len(HOSTILE)] != "A & B | <select>"
