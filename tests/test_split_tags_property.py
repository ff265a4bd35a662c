"""Property: however Word splits a paragraph into runs, adaptkit renders the same text.

A paragraph holding expression and block tags is cut at random points into
1-8 runs with random bold/italic/rsid, with random Word noise between the
runs (proofErr, bookmarks, lastRenderedPageBreak, empty runs) and sometimes a
bookmark spanning several runs.  The rendered paragraph must read exactly as
the expected string, and as the rendering of the same paragraph in one run.

Run:  python -m pytest tests/test_split_tags_property.py -q
"""

from __future__ import annotations

import functools
import io
from typing import Any

import docx
from docxfactory import (
    EMPTY_RUN,
    GRAM_END,
    GRAM_START,
    LAST_RENDERED_PAGE_BREAK,
    SPELL_END,
    SPELL_START,
    DocBuilder,
    Noise,
    bookmark,
    bookmark_end,
    bookmark_start,
    docx_paragraphs,
    iter_xml_text,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TEXT = (
    "Dear {{ name }}, your {{ org.role }} at {{ place }} starts "
    "{% if soon %}soon{% else %}later{% endif %}."
)
CONTEXT: dict[str, Any] = {
    "name": "Ada",
    "org": {"role": "outreach worker"},
    "place": "Yangon",
}


def expected(soon: bool) -> str:
    return f"Dear Ada, your outreach worker at Yangon starts {'soon' if soon else 'later'}."


# cut points splitting "{{", "}}", "{%", "%}" or falling right beside them
DELIMITER_CUTS = sorted(
    {
        j
        for i, ch in enumerate(TEXT)
        if ch in "{}%"
        for j in (i, i + 1)
        if 0 < j < len(TEXT)
    }
)
LOCATIONS = ("body", "table", "header", "footnote")
RSIDS = ("00A1B2C3", "00D4E5F6", "0012AB34")
GAP_NOISE: list[Noise] = [
    SPELL_START,
    SPELL_END,
    GRAM_START,
    GRAM_END,
    LAST_RENDERED_PAGE_BREAK,
    EMPTY_RUN,
]


def build(runs: list[Any], location: str) -> bytes:
    """Body: "Before", [target], "After"; the target paragraph where asked."""
    b = DocBuilder().p("Before")
    if location == "body":
        b.p(runs)
    elif location == "table":
        b.table([["cell", [runs]]])
    elif location == "header":
        b.header([runs])
    elif location == "footnote":
        b.footnote("Noted", [runs])
    return b.p("After").build()


def target_paragraphs(data: bytes, location: str) -> list[str]:
    if location == "body":
        return docx_paragraphs(data, ("body",))
    if location == "table":
        return docx_paragraphs(data, ("body",))
    if location == "header":
        return docx_paragraphs(data, ("headers",))
    return docx_paragraphs(data, ("footnotes",))


def expected_paragraphs(text: str, location: str) -> list[str]:
    return {
        "body": ["Before", text, "After"],
        "table": ["Before", "cell", text, "After"],
        "header": [text],
        "footnote": [text],
    }[location]


def render(data: bytes, soon: bool):
    from adaptkit.docx import render_docx

    return render_docx(data, {**CONTEXT, "soon": soon})


@functools.lru_cache(maxsize=None)
def unsplit(soon: bool, location: str) -> list[str]:
    return target_paragraphs(render(build([TEXT], location), soon).data, location)


@st.composite
def split_runs(draw: st.DrawFn) -> list[Any]:
    """TEXT as 1-8 run specs with random formatting and noise between them."""
    n = len(TEXT)
    k = draw(st.integers(0, 7))  # number of cuts: 1-8 runs
    # half the cuts fall on or next to a delimiter character, the worst places
    position = st.one_of(st.integers(1, n - 1), st.sampled_from(DELIMITER_CUTS))
    cuts = sorted(draw(st.sets(position, min_size=k, max_size=k)))
    bounds = [0, *cuts, n]
    pieces = [TEXT[a:b] for a, b in zip(bounds, bounds[1:])]
    # noise in each gap: before piece 0, between pieces, after the last one
    gaps: list[list[Noise]] = []
    for g in range(len(pieces) + 1):
        noise = draw(st.lists(st.sampled_from(GAP_NOISE), max_size=2))
        if draw(st.integers(0, 4)) == 0:
            noise.append(bookmark(f"_Hlt{g}", 10 + g))  # zero-length bookmark
        gaps.append(noise)
    # sometimes a bookmark spanning several runs
    if draw(st.booleans()):
        start = draw(st.integers(0, len(pieces)))
        end = draw(st.integers(start, len(pieces)))
        gaps[start].append(bookmark_start("_Ref1", 1))
        gaps[end].append(bookmark_end(1))
    runs: list[Any] = []
    for i, piece in enumerate(pieces):
        runs.extend(gaps[i])
        fmt: dict[str, Any] = {}
        if draw(st.booleans()):
            fmt["bold"] = True
        if draw(st.booleans()):
            fmt["italic"] = True
        if draw(st.booleans()):
            fmt["rsid"] = draw(st.sampled_from(RSIDS))
        if draw(st.integers(0, 9)) == 0:
            fmt["lrpb"] = True
        runs.append((piece, fmt))
    runs.extend(gaps[-1])
    return runs


def test_split_runs_strategy_rebuilds_text() -> None:
    """The factory keeps the text intact however it is split (no engine involved)."""
    runs = [
        ("Dear {{ na", {"bold": True}),
        SPELL_START,
        ("me }}", {}),
        SPELL_END,
        bookmark(),
        ("!", {}),
    ]
    data = build(runs, "body")
    assert docx_paragraphs(data) == ["Before", "Dear {{ name }}!", "After"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(runs=split_runs(), soon=st.booleans(), location=st.sampled_from(LOCATIONS))
def test_split_tags_render_like_one_run(
    runs: list[Any], soon: bool, location: str
) -> None:
    data = build(runs, location)
    # the template reads as TEXT, whatever the split
    assert target_paragraphs(data, location) == expected_paragraphs(TEXT, location)

    result = render(data, soon)
    want = expected_paragraphs(expected(soon), location)
    got = target_paragraphs(result.data, location)
    assert got == want
    assert got == unsplit(soon, location)
    assert result.warnings == []
    for name, xml in iter_xml_text(result.data):
        assert "{{" not in xml and "{%" not in xml, name
    if location == "body":
        document = docx.Document(io.BytesIO(result.data))
        assert document.paragraphs[1].text == expected(soon)
