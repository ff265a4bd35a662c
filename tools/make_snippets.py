"""Turn plugin snippet sources (``plugins/**/snippets/*.yaml``) into the .docx blocks rules insert.

A source is a YAML list; each item is a paragraph, either plain text or a
one-entry mapping ``{Style Name: text}``::

    - Heading 2: Working safely in Central Asia
    - Police in several countries of the region ...
    - List Bullet: Keep membership lists encrypted ...

Run from the repository root: ``python tools/make_snippets.py``. Output is
reproducible, and carries no author or dates.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import yaml

ROOT = Path(__file__).resolve().parents[1]


def make_snippet(source: Path) -> Path:
    items = yaml.safe_load(source.read_text(encoding="utf-8"))
    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = properties.comments = ""
    properties.created = properties.modified = dt.datetime(2025, 1, 1)
    properties.revision = 1
    for item in items:
        if isinstance(item, dict):
            (style, text), = item.items()
            document.add_paragraph(str(text), style=style)
        else:
            document.add_paragraph(str(item))
    buffer = io.BytesIO()
    document.save(buffer)
    target = source.with_suffix(".docx")
    target.write_bytes(_reproducible(buffer.getvalue()))
    return target


def _reproducible(data: bytes) -> bytes:
    """Fixed zip timestamps, and no thumbnail or custom parts from python-docx's default template."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            stamped = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            stamped.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stamped, source.read(info.filename))
    return out.getvalue()


def main() -> None:
    for source in sorted(ROOT.glob("plugins/**/snippets/*.yaml")):
        print(f"wrote {make_snippet(source).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
