"""The run-aware text model: what translation, terminology and rendering all stand on."""

from __future__ import annotations

from lxml import etree

from adaptkit.docx.model import (
    W_NS,
    iter_paragraph_texts,
    locate,
    merge_runs,
    paragraph_text,
    remove_noise,
)
from adaptkit.privacy import strip_rsid_attributes

NS = f'xmlns:w="{W_NS}"'


def xml(body: str) -> etree._Element:
    return etree.fromstring(f"<w:document {NS}><w:body>{body}</w:body></w:document>")


def runs(paragraph: etree._Element) -> list[tuple[str, bool]]:
    result = []
    for run in paragraph.iter(f"{{{W_NS}}}r"):
        text = "".join(t.text or "" for t in run.iter(f"{{{W_NS}}}t"))
        bold = run.find(f"{{{W_NS}}}rPr/{{{W_NS}}}b") is not None
        result.append((text, bold))
    return result


SPLIT = (
    '<w:p w:rsidR="00A1"><w:r w:rsidR="00B2"><w:t xml:space="preserve">Dear {{ na</w:t></w:r>'
    '<w:proofErr w:type="spellStart"/>'
    '<w:r><w:rPr><w:b/></w:rPr><w:t>me</w:t></w:r><w:proofErr w:type="spellEnd"/>'
    '<w:bookmarkStart w:id="0" w:name="x"/><w:r><w:t xml:space="preserve"> }}, welcome</w:t></w:r>'
    '<w:bookmarkEnd w:id="0"/></w:p>'
)


def test_paragraph_text_sees_through_runs_and_noise():
    paragraph = xml(SPLIT)[0][0]
    model = paragraph_text(paragraph)
    assert model.text == "Dear {{ name }}, welcome"
    assert [s.start for s in model.segments] == [0, 10, 12]


def test_replace_keeps_the_formatting_of_the_run_where_the_span_begins():
    paragraph = xml(SPLIT)[0][0]
    model = paragraph_text(paragraph)
    start = model.text.index("{{")
    end = model.text.index("}}") + 2
    model.replace([(start, end, "Amina")])
    assert model.text == "Dear Amina, welcome"
    # The bold run that held only tag characters is gone; "Amina" took the first run's format.
    assert runs(paragraph) == [("Dear Amina", False), (", welcome", False)]


def test_replace_span_starting_in_a_bold_run_is_bold():
    paragraph = xml(
        '<w:p><w:r><w:t xml:space="preserve">The </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Bo</w:t></w:r>'
        "<w:r><w:t>ard decides.</w:t></w:r></w:p>"
    )[0][0]
    model = paragraph_text(paragraph)
    model.replace([(4, 9, "Management Committee")])
    assert runs(paragraph) == [("The ", False), ("Management Committee", True), (" decides.", False)]


def test_text_box_paragraphs_belong_to_themselves():
    body = xml(
        "<w:p><w:r><w:t>Outer </w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>Inner</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></w:r><w:r><w:t>end</w:t></w:r></w:p>"
    )
    assert [p.text for p in iter_paragraph_texts(body)] == ["Outer end", "Inner"]


def test_noise_removal_and_run_merging():
    root = xml(SPLIT)
    remove_noise(root)
    strip_rsid_attributes(root)
    paragraph = root[0][0]
    merge_runs(paragraph)
    serialized = etree.tostring(paragraph).decode()
    assert "proofErr" not in serialized and "rsid" not in serialized
    assert "bookmarkStart" in serialized  # bookmarks carry meaning: kept, and runs are not merged across them
    assert runs(paragraph) == [("Dear {{ na", False), ("me", True), (" }}, welcome", False)]


def test_merge_runs_joins_equal_formatting_only():
    paragraph = xml(
        "<w:p><w:r><w:rPr><w:b/><w:lang w:val='en-GB'/></w:rPr><w:t>sex </w:t></w:r>"
        "<w:r><w:rPr><w:b/></w:rPr><w:t>worker-led</w:t></w:r><w:r><w:t> groups</w:t></w:r></w:p>"
    )[0][0]
    merge_runs(paragraph)
    assert runs(paragraph) == [("sex worker-led", True), (" groups", False)]


def test_locate_names_part_paragraph_words_and_cell():
    body = xml(
        "<w:p><w:pPr><w:pStyle w:val='Heading1'/></w:pPr><w:r><w:t>Budgets</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>Donor share for the year ahead of us all</w:t></w:r></w:p>"
        "</w:tc></w:tr></w:tbl><w:p/>"
    )
    cell_paragraph = list(body.iter(f"{{{W_NS}}}p"))[3]
    assert str(locate(cell_paragraph, "body")) == 'body ¶4 "Donor share for the year ahead…", table 1 row 2 cell 2'
    blank = list(body.iter(f"{{{W_NS}}}p"))[4]
    assert str(locate(blank, "body")) == 'body ¶5 (under "Budgets")'
