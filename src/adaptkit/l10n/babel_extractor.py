"""``pybabel extract`` support for Word templates (entry point ``babel.extractors``: ``adaptkit_docx``).

With a mapping file such as::

    # babel.cfg
    [adaptkit_docx: **.docx]

``pybabel extract -F babel.cfg -o messages.pot template_library`` extracts the
same units as ``adaptkit i18n extract``. Locations are paragraph numbers in the
part (body paragraphs, then headers, footers and notes, numbered on).
"""

from __future__ import annotations

from typing import IO, Any, Iterator


def extract_docx(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
                 ) -> Iterator[tuple[int, str | None, str, list[str]]]:
    from adaptkit.docx.package import DocxPackage
    from adaptkit.l10n.units import extract_units

    package = DocxPackage.open(fileobj.read(), name=getattr(fileobj, "name", "template.docx"))
    offset = 0
    for part in package.text_parts:
        if part.kind == "core":
            continue
        units = extract_units(part)
        for unit in units:
            comments = [f"{unit.part_label} ¶{unit.number}"] + ([f"style: {unit.style}"] if unit.style else [])
            yield offset + unit.number, None, unit.msgid, comments
        offset += 10_000  # keep line numbers of different parts apart
