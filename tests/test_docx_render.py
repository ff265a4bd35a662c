"""What the engine promises beyond docxtpl: formatting kept, values literal, strict output, located errors."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docxfactory import DocBuilder, part_xml

from adaptkit.docx import render_docx
from adaptkit.errors import RenderError, TemplateError

B = {"bold": True}
I = {"italic": True}  # noqa: E741


def test_a_split_tag_takes_the_formatting_of_the_run_where_it_begins():
    data = DocBuilder().p(["Chair: ", ("{{ ch", B), ("air }}", I), " (elected)"]).build()
    out = docx.Document(io.BytesIO(render_docx(data, {"chair": "Amina K."}).data))
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in out.paragraphs[0].runs]
    assert runs == [("Chair: ", False, False), ("Amina K.", True, False), (" (elected)", False, False)]


def test_values_are_literal_text_in_the_xml():
    data = DocBuilder().p("{{ v }}").build()
    out = render_docx(data, {"v": "<w:r>A & B</w:r> \"q\" 'a'"}).data
    xml = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode()
    assert "&lt;w:r&gt;A &amp; B&lt;/w:r&gt;" in xml
    assert docx.Document(io.BytesIO(out)).paragraphs[0].text == "<w:r>A & B</w:r> \"q\" 'a'"


def test_newline_becomes_a_break_and_tab_a_tab():
    data = DocBuilder().p(["Address: ", ("{{ a }}", B)]).build()
    out = render_docx(data, {"a": "Line 1\nLine 2\tend"}).data
    paragraph = docx.Document(io.BytesIO(out)).paragraphs[0]
    assert paragraph.text == "Address: Line 1\nLine 2\tend"
    assert all(r.bold for r in paragraph.runs[1:])  # the break keeps the value's formatting


def test_literal_braces_in_text_stay_as_they_are():
    data = DocBuilder().p("Set notation { a, b } and a lone { brace").build()
    out = docx.Document(io.BytesIO(render_docx(data, {}).data))
    assert out.paragraphs[0].text == "Set notation { a, b } and a lone { brace"


def test_document_properties_render():
    def props(document):
        document.core_properties.title = "{{ org }} — Code of Conduct"
        document.core_properties.subject = "For {{ org }}"
        document.core_properties.keywords = "{{ kw }}"

    data = DocBuilder().p("x").do(props).build()
    out = docx.Document(io.BytesIO(render_docx(data, {"org": "Red & Co", "kw": "a, b"}).data))
    assert out.core_properties.title == "Red & Co — Code of Conduct"
    assert out.core_properties.subject == "For Red & Co"
    assert out.core_properties.keywords == "a, b"


def test_a_cell_emptied_by_a_paragraph_tag_still_holds_a_paragraph():
    data = DocBuilder().table([["{%p if show %}"], ["{%p endif %}"]]).build()
    out = render_docx(data, {"show": False}).data
    root = part_xml(out, "word/document.xml")
    for cell in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc"):
        assert cell[-1].tag.endswith("}p")
    docx.Document(io.BytesIO(out))  # and python-docx reads it


def test_an_expression_inside_a_replaced_row_is_an_error_not_lost_text():
    data = DocBuilder().table([["{%tr for x in xs %}", "{{ x }}"], ["{{ x }}", ""], ["{%tr endfor %}", ""]]).build()
    with pytest.raises(TemplateError, match=r"table 1 row 1 cell 2: \{\{ x \}\} sits in a table row"):
        render_docx(data, {"xs": [1]}, name="t.docx")


def test_errors_in_headers_and_footnotes_name_the_part():
    data = DocBuilder().p("Body").header(["Page for {{ missing }}"]).build()
    with pytest.raises(RenderError, match=r'^t.docx: header 1 ¶1 "Page for \{\{ missing \}\}"'):
        render_docx(data, {}, name="t.docx")
    data = DocBuilder().footnote(["Body"], ["Note {{ nope }}"]).build()
    with pytest.raises(RenderError, match=r"t.docx: footnotes ¶\d+ \"Note \{\{ nope \}\}\": .*'nope' is undefined"):
        render_docx(data, {}, name="t.docx")


def test_a_block_across_paragraphs_that_breaks_the_structure_is_located():
    data = DocBuilder().p("{% for x in xs %}a").table([["b{% endfor %}"]]).build()
    with pytest.raises(TemplateError, match=r'body ¶1 "\{% for x in xs %\}a": .* opens in one paragraph and closes'):
        render_docx(data, {"xs": [1, 2]}, name="t.docx")


def test_mismatched_structural_levels_are_refused():
    data = DocBuilder().table([["{%tr for x in xs %}"], ["{{ x }}"]]).p("{%p endfor %}").build()
    with pytest.raises(TemplateError, match="of another kind"):
        render_docx(data, {"xs": []})


def test_docxtpl_rich_text_and_subdoc_tags_insert_plain_text():
    data = DocBuilder().p(["Hello ", ("{{r name }}", B)]).p("{{p note }}").build()
    out = docx.Document(io.BytesIO(render_docx(data, {"name": "<b>Amina</b>", "note": "A & B"}).data))
    assert [p.text for p in out.paragraphs] == ["Hello <b>Amina</b>", "A & B"]
