"""Regenerate the bad-input corpus: ``python tests/corpus/make_corpus.py``.

Each case in ``cases.yaml`` names its input file and the one-line error a user
must see. The .docx inputs are made here so that their content is reviewable.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

HERE = Path(__file__).parent


def document(*paragraphs: str, table: list[str] | None = None) -> bytes:
    doc = docx.Document()
    doc.core_properties.author = ""
    doc.core_properties.comments = ""
    doc.add_heading("Membership and voting", 1)
    for text in paragraphs:
        doc.add_paragraph(text)
    if table:
        grid = doc.add_table(rows=len(table), cols=2)
        for index, text in enumerate(table):
            grid.cell(index, 0).text = text
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def main() -> None:
    files = {
        "not-a-zip.docx": b"This is a plain text file that someone renamed to .docx.\n",
        "unbalanced-for.docx": document("Members:", "{%p for m in members %}", "{{ m.name }}"),
        "unbalanced-tr.docx": document("Budget", table=["{%tr for line in lines %}", "{{ line.name }}"]),
        "tr-outside-table.docx": document("{%tr for line in lines %}", "{{ line }}", "{%tr endfor %}"),
        "undefined-variable.docx": document("The assembly meets once a year.", "Chair: {{ chair.name }}"),
        "syntax-error.docx": document("Quorum is {{ quorum * }} members."),
        "sandbox-escape.docx": document("{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        "good.docx": document("Network: {{ name }}"),
    }
    good = files["good.docx"]
    files["truncated.docx"] = good[: len(good) // 2]
    with io.BytesIO() as buffer:
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("notes.txt", "a zip archive, but not a Word document")
        files["zip-not-docx.docx"] = buffer.getvalue()
    files["bad.yaml"] = b"name: Example\n  members: [unclosed\n"
    files["bad.json"] = b'{"name": "Example",}\n'
    for name, data in files.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
