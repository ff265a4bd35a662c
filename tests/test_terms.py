"""Terminology: what a region's glossary does to the words of a model document."""

from __future__ import annotations

import io
from pathlib import Path
from textwrap import dedent

import docx
import pytest
from lxml import etree

from adaptkit.docx.package import DocxPackage
from adaptkit.terms import (
    Glossary,
    GlossaryError,
    TermSet,
    apply_terms,
    lint_parts,
    load_glossary,
)

GOVERNANCE = """\
id: swan.governance
level: error
locale: en
swap:
  board: management committee
  committee: panel
  Board of Directors: Management Committee
forbid:
  prostitute: sex worker
  commercial sex worker: sex worker
exceptions: [Red Brasileña de Prostitutas]
boundary: word
"""


def write(tmp_path: Path, text: str, name: str = "glossary.yaml") -> Path:
    path = tmp_path / name
    path.write_text(dedent(text), encoding="utf-8")
    return path


def terms_from(tmp_path: Path, *texts: str, locale: str = "en") -> TermSet:
    glossaries = [load_glossary(write(tmp_path, text, f"layer{i}.yaml")) for i, text in enumerate(texts)]
    return TermSet.from_layers(glossaries, locale)


@pytest.fixture
def terms(tmp_path: Path) -> TermSet:
    return terms_from(tmp_path, GOVERNANCE)


def swapped(terms: TermSet, text: str) -> str:
    return terms.swap(text)[0]


# --------------------------------------------------------------------------- swapping


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the board decides", "the management committee decides"),
        ("Board decisions", "Management Committee decisions"),
        ("BOARD DECISIONS", "MANAGEMENT COMMITTEE DECISIONS"),
    ],
)
def test_case_of_the_text_is_kept(terms: TermSet, text: str, expected: str):
    assert swapped(terms, text) == expected


def test_a_case_variant_written_in_the_glossary_wins(tmp_path: Path):
    terms = terms_from(tmp_path, """\
        id: t
        swap:
          board: management committee
          BOARD: MC
          Board: Committee of Management
    """)
    assert swapped(terms, "BOARD, Board and board") == "MC, Committee of Management and management committee"


def test_the_longest_term_wins_where_terms_overlap(terms: TermSet):
    assert swapped(terms, "The Board of Directors and the board") == (
        "The Management Committee and the management committee"
    )
    assert swapped(terms, "the board of directors") == "the management committee"


def test_replacements_are_never_scanned_again(terms: TermSet):
    # board -> management committee, committee -> panel: "management panel" would be nonsense
    assert swapped(terms, "Board members and the committee") == "Management Committee members and the panel"


def test_each_swap_is_recorded_with_place_and_rule(terms: TermSet):
    text, swaps = terms.swap("Ask the Board.")
    assert text == "Ask the Management Committee."
    [swap] = swaps
    assert (swap.start, swap.end, swap.before, swap.after) == (8, 13, "Board", "Management Committee")
    assert (swap.glossary, swap.level) == ("swan.governance", "error")


def test_exception_phrases_are_never_rewritten_or_flagged(tmp_path: Path):
    terms = terms_from(tmp_path, GOVERNANCE, """\
        id: plaperts.es
        swap: {prostitutas: personas que ejercen el trabajo sexual}
    """)
    text = "Red Brasileña de Prostitutas met a prostitute and prostitutas."
    assert swapped(terms, text) == (
        "Red Brasileña de Prostitutas met a prostitute and personas que ejercen el trabajo sexual."
    )
    findings = terms.lint(text)
    assert [(f.text, f.suggestion, f.level) for f in findings] == [("prostitute", "sex worker", "error")]
    assert findings[0].message == '"prostitute" is not used (glossary swan.governance) — write "sex worker"'


def test_template_tags_are_left_alone(terms: TermSet):
    text = "{{ board }} {%p if board.size %}{# the board #} and the board {{ org.board|upper }}"
    assert swapped(terms, text) == (
        "{{ board }} {%p if board.size %}{# the board #} and the management committee {{ org.board|upper }}"
    )


def test_urls_and_email_addresses_are_left_alone(terms: TermSet):
    text = "See https://example.org/board, www.board.net or board@nswp.org; the board agrees."
    assert swapped(terms, text) == (
        "See https://example.org/board, www.board.net or board@nswp.org; the management committee agrees."
    )


def test_protected_spans_are_left_alone(terms: TermSet):
    text = "board and board"
    assert swapped(terms, text) == "management committee and management committee"
    assert terms.swap(text, protected=[(0, 5)])[0] == "board and management committee"


def test_terms_do_not_match_inside_words(terms: TermSet):
    assert swapped(terms, "cardboard boards onboard board's") == "cardboard boards onboard management committee's"


def test_spaces_and_apostrophes_are_matched_loosely(tmp_path: Path):
    terms = terms_from(tmp_path, """\
        id: t
        swap: {"sex workers' rights": rights of sex workers}
    """)
    assert swapped(terms, "for sex\u00a0workers\u2019 rights") == "for rights of sex workers"


def test_thai_matches_inside_running_text_automatically(tmp_path: Path):
    thai = """\
        id: apnsw.th
        locale: th
        swap: {กรรมการ: คณะกรรมการบริหาร}
    """
    # Thai does not put spaces between words: the term sits inside a longer "word".
    assert swapped(terms_from(tmp_path, thai, locale="th"), "ประชุมกรรมการทุกปี") == "ประชุมคณะกรรมการบริหารทุกปี"
    assert swapped(terms_from(tmp_path, thai.replace("locale: th", "boundary: word"), locale="en"),
                   "ประชุมกรรมการทุกปี") == "ประชุมกรรมการทุกปี"


def test_pattern_terms(tmp_path: Path):
    terms = terms_from(tmp_path, r"""
        id: t
        swap:
          "re:sex[- ]work(er)?s?[- ]led groups?": sex worker-led organisations
          groups: collectives
    """)
    assert swapped(terms, "Sex-worker-led groups and other groups") == (
        "Sex worker-led organisations and other collectives"
    )


def test_later_layers_override_and_forbids_and_exceptions_accumulate(tmp_path: Path):
    terms = terms_from(
        tmp_path,
        GOVERNANCE,
        """\
        id: eswa.governance
        level: warning
        swap: {board: Board of Directors}
        forbid: [sex trade]
        exceptions: [Board of Trustees Act]
        """,
    )
    assert swapped(terms, "the board and the committee") == "the Board of Directors and the panel"
    assert swapped(terms, "the Board of Trustees Act") == "the Board of Trustees Act"
    found = {(f.text, f.glossary, f.level) for f in terms.lint("a prostitute in the sex trade")}
    assert found == {("prostitute", "swan.governance", "error"), ("sex trade", "eswa.governance", "warning")}
    assert terms.glossaries == ("swan.governance", "eswa.governance")


def test_glossaries_for_another_language_are_skipped(tmp_path: Path):
    french = "id: fr\nlocale: fr\nswap: {board: conseil}\n"
    assert terms_from(tmp_path, french, locale="en").swap("board")[0] == "board"
    assert terms_from(tmp_path, french, locale="fr_CA").swap("board")[0] == "conseil"


def test_outside_english_one_capitalised_word_gives_sentence_case(tmp_path: Path):
    terms = terms_from(tmp_path, "id: t\nswap: {junta: comité de gestión}\n", locale="es")
    assert swapped(terms, "La Junta y la junta") == "La Comité de gestión y la comité de gestión"


def test_a_thousand_terms_match_like_ten(tmp_path: Path):
    lines = ["id: big", "swap:"] + [f"  term number {i}: replacement {i}" for i in range(1000)]
    terms = terms_from(tmp_path, "\n".join(lines) + "\n")
    assert swapped(terms, "see term number 7 and term number 999.") == "see replacement 7 and replacement 999."


# --------------------------------------------------------------------------- errors


def error_for(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(GlossaryError) as caught:
        load_glossary(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    return message


def test_invalid_yaml_names_file_and_line(tmp_path: Path):
    message = error_for(tmp_path, "id: t\nswap:\n  board: management committee\n  chair: co-chair: deputy\n")
    assert "line 4: not valid YAML (mapping values are not allowed here)" in message


def test_an_empty_term_names_its_line(tmp_path: Path):
    message = error_for(tmp_path, 'id: t\nswap:\n  board: committee\n  "": panel\n')
    assert "line 4" in message and "empty term" in message


def test_an_empty_replacement_names_its_line(tmp_path: Path):
    message = error_for(tmp_path, "id: t\nswap:\n  board:\n")
    assert "line 3" in message and "'board' has an empty replacement" in message


@pytest.mark.parametrize(
    ("rules", "cycle"),
    [
        ("  board: committee\n  committee: board\n", "board → committee → board"),
        ("  a: b\n  b: c\n  c: A\n", "a → b → c → a"),
    ],
)
def test_swap_cycles_are_refused_naming_the_terms(tmp_path: Path, rules: str, cycle: str):
    message = error_for(tmp_path, "id: t\nswap:\n" + rules)
    assert cycle in message and "line 3" in message


def test_a_term_swapped_to_itself_in_another_case_is_not_a_cycle(tmp_path: Path):
    terms = terms_from(tmp_path, "id: t\nswap: {ngo: NGO}\n")
    assert swapped(terms, "an ngo") == "an NGO"


def test_a_cycle_across_layers_is_refused(tmp_path: Path):
    global_ = load_glossary(write(tmp_path, "id: g\nswap: {board: committee}\n", "global.yaml"))
    region = load_glossary(write(tmp_path, "id: r\nswap:\n  committee: board\n", "region.yaml"))
    with pytest.raises(GlossaryError) as caught:
        TermSet.from_layers([global_, region], "en")
    assert "committee → board → committee" in str(caught.value) or "board → committee → board" in str(caught.value)
    assert ".yaml: line " in str(caught.value)


def test_a_bad_pattern_names_line_and_regex_error(tmp_path: Path):
    message = error_for(tmp_path, 'id: t\nforbid:\n  - prostitute\n  - "re:(sex work"\n')
    assert "line 4" in message and "does not compile: missing ), unterminated subpattern" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: t\nlevel: fatal\n", "line 2: unknown level 'fatal' — use one of: suggestion, warning, error"),
        ("id: t\nboundary: words\n", "line 2: unknown boundary 'words'"),
        ("id: t\nswaps: {a: b}\n", "line 2: unknown key 'swaps'"),
        ("id: t\nswap:\n  board: a\n  board: b\n", "line 4: term 'board' is given twice in swap (lines 3 and 4)"),
        ("id: t\nswap: [board]\n", "line 2: swap must be a mapping"),
        ('id: t\nswap: {"re:a*": b}\n', "matches empty text"),
    ],
)
def test_other_bad_glossaries(tmp_path: Path, text: str, expected: str):
    assert expected in error_for(tmp_path, text)


def test_words_yaml_would_turn_into_booleans_stay_words(tmp_path: Path):
    glossary = load_glossary(write(tmp_path, "id: t\nswap:\n  no: none\n  on: upon\n"))
    assert glossary.swaps == {"no": "none", "on": "upon"}


def test_glossary_without_id_takes_its_file_name(tmp_path: Path):
    assert load_glossary(write(tmp_path, "swap: {a: b}\n", "swan.governance.yaml")).id == "swan.governance"


# --------------------------------------------------------------------------- documents


def test_swaps_in_a_document_keep_the_formatting_of_split_runs(terms: TermSet):
    document = docx.Document()
    first = document.add_paragraph("The ")
    for piece in ("Bo", "ard"):  # Word split the bold word in two runs
        first.add_run(piece).bold = True
    first.add_run(" meets in {{ city }}.")
    document.add_paragraph("")
    document.add_paragraph("Ask {{ board.chair }} or the board.")
    document.sections[0].header.paragraphs[0].text = "Board manual"
    buffer = io.BytesIO()
    document.save(buffer)

    package = DocxPackage.open(buffer.getvalue())
    changes = apply_terms(package.text_parts, terms)
    data = package.to_bytes({
        p.name: etree.tostring(p.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        for p in package.text_parts
    })

    result = docx.Document(io.BytesIO(data))
    paragraph = result.paragraphs[0]
    assert paragraph.text == "The Management Committee meets in {{ city }}."
    # the replacement went into the bold run where "Board" began; the emptied "ard" run is gone
    assert [(run.text, bool(run.bold)) for run in paragraph.runs] == [
        ("The ", False), ("Management Committee", True), (" meets in {{ city }}.", False)]
    assert result.paragraphs[2].text == "Ask {{ board.chair }} or the management committee."
    assert result.sections[0].header.paragraphs[0].text == "Management Committee manual"

    assert [(c.part, c.paragraph, c.before, c.after) for c in changes] == [
        ("body", 1, "The Board meets in {{ city }}.", "The Management Committee meets in {{ city }}."),
        ("body", 3, "Ask {{ board.chair }} or the board.", "Ask {{ board.chair }} or the management committee."),
        ("header 1", 1, "Board manual", "Management Committee manual"),
    ]
    assert str(changes[1].location) == 'body ¶3 "Ask {{ board.chair }} or the…"'


def test_forbidden_terms_are_reported_with_their_place(terms: TermSet):
    document = docx.Document()
    document.add_paragraph("Introduction")
    document.add_paragraph("No commercial sex worker is turned away.")
    buffer = io.BytesIO()
    document.save(buffer)
    package = DocxPackage.open(buffer.getvalue())
    [finding] = lint_parts(package.text_parts, terms)
    assert (finding.part, finding.paragraph, finding.text, finding.suggestion) == (
        "body", 2, "commercial sex worker", "sex worker")


def test_an_empty_term_set_changes_nothing():
    terms = TermSet.from_layers([Glossary(id="empty")], "en")
    assert terms.swap("the board") == ("the board", [])
    assert terms.lint("a prostitute") == []


def test_a_term_set_can_go_to_worker_processes(terms: TermSet):
    import pickle

    copy = pickle.loads(pickle.dumps(terms))
    assert copy.swap("The Board") == terms.swap("The Board")
