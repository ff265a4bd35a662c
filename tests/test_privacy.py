"""Every output is scrubbed: no names, no comments, no revisions, no rsids.

The test document is what a model document looks like after a few people worked
on it in Word: an author and a last editor, a comment, tracked insertions and
deletions by a reviewer, a deleted paragraph mark, a formatting change,
revision-session ids, custom properties, document variables and an attached
template on someone's disk.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from lxml import etree

from adaptkit.errors import DocumentError
from adaptkit.privacy import scrub

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
AUTHOR = "Jane Secret"
EDITOR = "Max Editor"
REVIEWER = "Rev Iewer"
COMMENTER = "Cora Commenter"
COMPANY = "Hidden Collective"
MANAGER = "Boss Person"
TEMPLATE_PATH = r"C:\Users\janesecret\AppData\Roaming\Microsoft\Templates\Network.dotm"
NAMES = [AUTHOR, EDITOR, REVIEWER, COMMENTER, COMPANY, MANAGER, "janesecret"]


def _revision(tag: str, body: str, rid: int) -> str:
    return f'<w:{tag} {NS} w:id="{rid}" w:author="{REVIEWER}" w:date="2024-03-01T10:00:00Z">{body}</w:{tag}>'


def build_edited_docx() -> bytes:
    document = docx.Document()
    props = document.core_properties
    props.author = AUTHOR
    props.last_modified_by = EDITOR
    props.comments = "Model governance manual, version 3"
    props.title = "Governance manual"
    props.keywords = "governance; membership"
    props.revision = 17
    props.last_printed = dt.datetime(2024, 2, 2, 9, 30)

    intro = document.add_paragraph("Members elect the ")
    intro.add_run("management committee")
    intro.add_run(" every two years.")
    document.add_comment(intro.runs[1], text="Check this with the lawyers", author=COMMENTER, initials="CC")

    tracked = document.add_paragraph("Votes are ")
    tracked._p.append(parse_xml(_revision("ins", "<w:r><w:t xml:space='preserve'>counted in public </w:t></w:r>", 901)))
    tracked._p.append(parse_xml(_revision("del", "<w:r><w:delText>secretly tallied </w:delText></w:r>", 902)))
    tracked.add_run("by two members.")
    # A formatting change recorded with the reviewer's name
    run = tracked.runs[-1]
    run.bold = True
    run._r.get_or_add_rPr().append(parse_xml(
        f'<w:rPrChange {NS} w:id="903" w:author="{REVIEWER}" w:date="2024-03-01T10:00:00Z"><w:rPr/></w:rPrChange>'))
    # Revision-session ids, as Word writes them on every paragraph and run
    tracked._p.set(f"{{{W}}}rsidR", "00AB12CD")
    tracked._p.set(f"{{{W}}}rsidRDefault", "00AB12CD")
    run._r.set(f"{{{W}}}rsidRPr", "00EF3456")

    # The reviewer deleted the mark that ended this paragraph, joining it to the next.
    joined = document.add_paragraph("The assembly meets ")
    joined._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {NS}><w:del w:id="904" w:author="{REVIEWER}" w:date="2024-03-01T10:00:00Z"/></w:rPr>'))
    document.add_paragraph("once a year.")

    settings = document.settings.element
    settings.append(parse_xml(f'<w:docVars {NS}><w:docVar w:name="owner" w:val="{AUTHOR}"/></w:docVars>'))
    settings.append(parse_xml(f"<w:trackRevisions {NS}/>"))
    settings.insert(0, parse_xml(
        f'<w:attachedTemplate {NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'r:id="rIdTemplate"/>'))

    buffer = io.BytesIO()
    document.save(buffer)
    return _add_package_extras(buffer.getvalue())


def _add_package_extras(data: bytes) -> bytes:
    """What python-docx cannot write: custom.xml, app.xml company/manager, the template path."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["docProps/custom.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="Reviewer">'
        f"<vt:lpwstr>{REVIEWER}</vt:lpwstr></property></Properties>"
    ).encode()
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/docProps/custom.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    )
    members["_rels/.rels"] = members["_rels/.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdCustom" Target="docProps/custom.xml" '
        b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"/>'
        b"</Relationships>",
    )
    app = members["docProps/app.xml"]
    app = app.replace(b"<Company/>", f"<Company>{COMPANY}</Company>".encode())
    app = app.replace(b"<Manager/>", f"<Manager>{MANAGER}</Manager>".encode())
    members["docProps/app.xml"] = app.replace(b"Normal.dotm", b"Network.dotm")
    members["word/_rels/settings.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdTemplate" TargetMode="External" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
        f'Target="file:///{TEMPLATE_PATH}"/></Relationships>'
    ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zip_members(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def edited() -> bytes:
    return build_edited_docx()


@pytest.fixture(scope="module")
def scrubbed(edited: bytes):
    return scrub(members_of(edited))


def test_the_test_document_really_carries_the_names(edited: bytes):
    everything = b"".join(members_of(edited).values())
    for name in NAMES:
        assert name.encode() in everything, name
    for marker in (b"rsid", b"<w:ins ", b"<w:del ", b"docVars", b"custom.xml", b"comments.xml"):
        assert marker in everything, marker


def test_no_name_or_edit_trace_is_left_in_any_member(scrubbed):
    for member, content in scrubbed.members.items():
        for name in NAMES:
            assert name.encode() not in content, f"{name} left in {member}"
        assert b"rsid" not in content, member
        # "<w:ins" as an element; styles legitimately hold w:insideH borders
        assert not re.search(rb"<w:ins[\s>/]", content), member
        assert b"w:del " not in content and b"w:delText" not in content, member
        assert b"w:rPrChange" not in content, member
        assert b"docVars" not in content and b"trackRevisions" not in content, member
        assert b"attachedTemplate" not in content, member
        assert b"custom.xml" not in content and b"comments.xml" not in content, member
        assert b"commentRangeStart" not in content and b"commentReference" not in content, member


def test_removed_parts_are_gone_with_their_declarations(scrubbed):
    assert "docProps/custom.xml" not in scrubbed.members
    assert "word/comments.xml" not in scrubbed.members
    types = scrubbed.members["[Content_Types].xml"]
    assert b"custom-properties" not in types and b"comments+xml" not in types
    assert b"custom-properties" not in scrubbed.members["_rels/.rels"]
    assert b"relationships/comments" not in scrubbed.members["word/_rels/document.xml.rels"]


def test_insertions_are_kept_and_deletions_are_gone(scrubbed):
    document = docx.Document(io.BytesIO(zip_members(scrubbed.members)))
    texts = [p.text for p in document.paragraphs]
    assert "Votes are counted in public by two members." in texts
    assert not any("secretly" in text for text in texts)
    assert b"secretly" not in scrubbed.members["word/document.xml"]
    # the deleted paragraph mark joined the two paragraphs
    assert "The assembly meets once a year." in texts
    # the formatting change is accepted: the run stays bold
    votes = next(p for p in document.paragraphs if p.text.startswith("Votes"))
    assert votes.runs[-1].bold is True


def test_commented_text_stays_and_the_comment_goes(scrubbed):
    document = docx.Document(io.BytesIO(zip_members(scrubbed.members)))
    assert document.paragraphs[0].text == "Members elect the management committee every two years."
    assert list(document.comments) == []
    everything = b"".join(scrubbed.members.values())
    assert b"Check this with the lawyers" not in everything


def test_properties_keep_what_describes_the_document(scrubbed):
    props = docx.Document(io.BytesIO(zip_members(scrubbed.members))).core_properties
    assert props.author == "" and props.last_modified_by == ""
    assert props.last_printed is None
    assert props.revision == 1
    assert props.title == "Governance manual"
    assert props.keywords == "governance; membership"
    assert props.comments == ""  # Word's "Comments" field holds notes, not content
    app = scrubbed.members["docProps/app.xml"]
    for element in (b"<Company", b"<Manager", b"<Template", b"<TotalTime"):
        assert element not in app


def test_changed_parts_are_strict_xml_with_a_standalone_declaration(scrubbed, edited: bytes):
    before = members_of(edited)
    for member, content in scrubbed.members.items():
        if member.endswith((".xml", ".rels")) and content != before.get(member):
            assert content.startswith(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"), member
            etree.fromstring(content)  # strict parse, no recover


def test_the_notes_say_what_was_removed_without_repeating_it(scrubbed):
    notes = "\n".join(scrubbed.removed)
    assert "author" in notes and "comment" in notes and "custom document properties" in notes
    assert "tracked insertions accepted" in notes and "tracked deletions dropped" in notes
    assert "rsid" in notes and "docVars" in notes
    for name in NAMES:
        assert name not in notes


def test_scrubbing_twice_changes_nothing_more(scrubbed):
    again = scrub(dict(scrubbed.members))
    assert again.members == scrubbed.members
    assert again.removed == []


def test_a_damaged_part_is_an_error_naming_it(edited: bytes):
    members = members_of(edited)
    members["word/document.xml"] = members["word/document.xml"][:-40]
    with pytest.raises(DocumentError) as caught:
        scrub(members, source_name="manual.docx")
    assert str(caught.value).startswith("manual.docx: word/document.xml is not well-formed XML")


@pytest.mark.libreoffice
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="needs LibreOffice (soffice) and poppler-utils (pdftotext)")
def test_libreoffice_converts_the_scrubbed_document(scrubbed, tmp_path: Path):
    path = tmp_path / "scrubbed.docx"
    path.write_bytes(zip_members(scrubbed.members))
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=240,
    )
    pdf = tmp_path / "scrubbed.pdf"
    assert pdf.is_file(), "LibreOffice produced no PDF"
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    assert "Votes are counted in public by two members." in text
    assert "secretly" not in text
    assert "The assembly meets once a year." in text


def _move_and_rows_docx() -> bytes:
    document = docx.Document()
    source = document.add_paragraph("Keep this. ")
    source._p.append(parse_xml(f'<w:moveFromRangeStart {NS} w:id="1" w:author="{REVIEWER}" '
                               f'w:date="2024-03-01T10:00:00Z" w:name="move1"/>'))
    source._p.append(parse_xml(_revision("moveFrom", "<w:r><w:t>Moved sentence.</w:t></w:r>", 2)))
    source._p.append(parse_xml(f'<w:moveFromRangeEnd {NS} w:id="1"/>'))
    target = document.add_paragraph("Then: ")
    target._p.append(parse_xml(_revision("moveTo", "<w:r><w:t>Moved sentence.</w:t></w:r>", 3)))

    table = document.add_table(rows=3, cols=2)
    for index, row in enumerate(table.rows):
        row.cells[0].text = f"row {index + 1}"
    table.rows[1]._tr.get_or_add_trPr().append(parse_xml(_revision("del", "", 4)))
    table.rows[2]._tr.get_or_add_trPr().append(parse_xml(_revision("ins", "", 5)))

    header = document.sections[0].header.paragraphs[0]
    header.text = "Network "
    header._p.append(parse_xml(_revision("ins", "<w:r><w:t>manual</w:t></w:r>", 6)))
    header._p.set(f"{{{W}}}rsidR", "00112233")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_moves_rows_and_headers_are_accepted_everywhere():
    result = scrub(members_of(_move_and_rows_docx()))
    document = docx.Document(io.BytesIO(zip_members(result.members)))
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["Keep this. ", "Then: Moved sentence."]
    assert [row.cells[0].text for row in document.tables[0].rows] == ["row 1", "row 3"]
    assert document.sections[0].header.paragraphs[0].text == "Network manual"
    everything = b"".join(result.members.values())
    assert REVIEWER.encode() not in everything and b"rsid" not in everything
    assert b"moveFrom" not in everything and b"moveTo" not in everything


def _with_custom_xml(data: bytes) -> bytes:
    """Add two custom XML stores: one bound to a content control, one (SharePoint-like) not."""
    members = members_of(data)
    bound_id, loose_id = "{11111111-2222-3333-4444-555555555555}", "{99999999-8888-7777-6666-555555555555}"
    for number, item_id, body in (
        (2, bound_id, "<network><name>Model Network</name></network>"),
        (3, loose_id, f"<p:properties xmlns:p='urn:sharepoint'><Editor>{EDITOR}</Editor></p:properties>"),
    ):
        members[f"customXml/item{number}.xml"] = body.encode()
        members[f"customXml/itemProps{number}.xml"] = (
            f'<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" '
            f'ds:itemID="{item_id}"/>'
        ).encode()
        members[f"customXml/_rels/item{number}.xml.rels"] = (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'customXmlProps" Target="itemProps{number}.xml"/></Relationships>'
        ).encode()
        members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
            b"</Types>",
            f'<Override PartName="/customXml/itemProps{number}.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>'.encode(),
        )
        members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
            b"</Relationships>",
            f'<Relationship Id="rIdX{number}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships/customXml" Target="../customXml/item{number}.xml"/></Relationships>'.encode(),
        )
    control = (
        f'<w:sdt><w:sdtPr><w:dataBinding w:xpath="/network[1]/name[1]" w:storeItemID="{bound_id}"/>'
        "</w:sdtPr><w:sdtContent><w:r><w:t>Model Network</w:t></w:r></w:sdtContent></w:sdt>"
    )
    members["word/document.xml"] = members["word/document.xml"].replace(
        b"<w:body>", f"<w:body><w:p>{control}</w:p>".encode(), 1)
    return zip_members(members)


def test_custom_xml_goes_unless_a_content_control_shows_it():
    result = scrub(members_of(_with_custom_xml(docx_bytes_with_text("Body"))))
    assert "customXml/item2.xml" in result.members and "customXml/itemProps2.xml" in result.members
    assert "customXml/item3.xml" not in result.members and "customXml/itemProps3.xml" not in result.members
    assert "customXml/_rels/item3.xml.rels" not in result.members
    assert b"item3.xml" not in result.members["word/_rels/document.xml.rels"]
    assert b"itemProps3" not in result.members["[Content_Types].xml"]
    assert EDITOR.encode() not in b"".join(result.members.values())
    assert b"<w:t>Model Network</w:t>" in result.members["word/document.xml"]
    docx.Document(io.BytesIO(zip_members(result.members)))  # still opens


def docx_bytes_with_text(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
