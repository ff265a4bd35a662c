"""Generate the side-by-side benchmark template with python-docx.

``make_template(paragraphs, path)`` writes a .docx template to *path* and returns
the context that renders it. The template's shape is given below for
``paragraphs=2000``; every count is scaled proportionally to *paragraphs*:

* 2,000 body paragraphs of ~16 words (12-20) of generated prose; every 5th
  paragraph has a bold run in the middle; a Heading 1 every 100 paragraphs;
* 20 tables of 20 rows x 4 columns of plain text, spread through the body;
* one table whose rows come from a docxtpl ``{%tr for r in rows %}`` loop
  (header row, a row holding only ``{%tr for r in rows %}``, a data row
  ``{{ r.a }}`` ``{{ r.b }}`` ``{{ r.c }}`` ``{{ r.d }}``, a row holding
  ``{%tr endfor %}``) rendering 200 rows;
* 10 blocks of ``{%p if flags.fN %}`` / body paragraph / ``{%p endif %}``,
  alternately true and false;
* a header and a footer, each with a ``{{ }}`` variable;
* 500 ``{{ var_N }}`` occurrences in the body paragraphs (250 distinct names,
  each used about twice), 20% of them split across 2 or 3 runs the way Word
  splits them: e.g. ``{{ var`` | ``_12 `` (bold or italic) | ``}}``. The
  concatenated run text always reads ``{{ var_12 }}``.

The random seed is fixed, so the same *paragraphs* always gives the same
template and context. Values contain ``&``, ``<``, ``>`` and quotes so the
output also exercises XML escaping (render with autoescape on).

Run it directly to write one template::

    python benchmarks/make_template.py 2000 /tmp/bench-2000.docx
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

from docx import Document

SEED = 20240611
BASE_PARAGRAPHS = 2000

# Per 2,000 paragraphs.
TABLES = 20
TABLE_ROWS = 20
TABLE_COLS = 4
LOOP_ROWS = 200
IF_BLOCKS = 10
VAR_OCCURRENCES = 500
SPLIT_SHARE = 0.20
HEADING_EVERY = 100
BOLD_EVERY = 5

WORDS = (
    "the a of and to in for on with by from as at is are was be this that which "
    "programme project budget donor partner region district community health water "
    "sanitation education training report annual quarterly review plan strategy "
    "objective outcome output indicator baseline target activity resource staff "
    "field office national local government ministry agreement contract grant "
    "procurement monitoring evaluation risk mitigation safeguard policy guidance "
    "procedure approval committee meeting schedule milestone delivery support "
    "capacity assessment survey data analysis results lessons learned recommendation "
    "implementation coordination stakeholder beneficiary household village school "
    "clinic road market season harvest rainfall drought flood response recovery "
    "reconstruction allocation expenditure audit compliance finance transfer "
    "shall will may should must within before after during under between across"
).split()


def _scaled(per_base: int, paragraphs: int, minimum: int = 1) -> int:
    return max(minimum, round(per_base * paragraphs / BASE_PARAGRAPHS))


def _sentence(rng: random.Random, lo: int = 12, hi: int = 20) -> list[str]:
    words = rng.choices(WORDS, k=rng.randint(lo, hi))
    words[0] = words[0].capitalize()
    words[-1] += "."
    return words


def _phrase(rng: random.Random, lo: int = 2, hi: int = 5) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(lo, hi))).capitalize()


def _spread(count: int, total: int, offset: float = 0.5) -> list[int]:
    """*count* positions in [0, total) spread evenly, distinct where possible."""
    return [min(total - 1, int((k + offset) * total / count)) for k in range(count)]


class _Runs:
    """Accumulates (text, fmt) runs; consecutive same-format text merges unless told not to."""

    def __init__(self) -> None:
        self.runs: list[list[Any]] = []

    def add(self, text: str, fmt: str | None = None, *, new: bool = False) -> None:
        if self.runs and not new and self.runs[-1][1] == fmt:
            self.runs[-1][0] += text
        else:
            self.runs.append([text, fmt])


def _add_body_paragraph(
    doc: Any,
    rng: random.Random,
    *,
    bold_middle: bool,
    tags: list[tuple[str, str]],
) -> None:
    """One prose paragraph; *tags* are (tag text, split kind) to insert, kind in {"", "2", "3"}."""
    words = _sentence(rng)
    n = len(words)
    bold_span = (0, 0)
    if bold_middle:
        width = rng.randint(2, 3)
        start = n // 2 - width // 2
        bold_span = (start, start + width)
    # Tag insertion points (before word index i), never inside the bold span.
    allowed = [i for i in range(n + 1) if not (bold_span[0] < i < bold_span[1])]
    inserts: dict[int, list[tuple[str, str]]] = {}
    for tag in tags:
        inserts.setdefault(rng.choice(allowed), []).append(tag)

    out = _Runs()
    first = True

    def sep(fmt: str | None) -> None:
        nonlocal first
        if not first:
            out.add(" ", fmt)
        first = False

    for i in range(n + 1):
        for tag, kind in inserts.get(i, ()):
            sep(None)
            if kind == "3":
                # e.g. "{{ var" | "_12 " (bold or italic) | "}}"
                name = tag[len("{{ ") : -len(" }}")]
                cut = name.index("_")
                out.add("{{ " + name[:cut], None)
                out.add(name[cut:] + " ", rng.choice("bi"), new=True)
                out.add("}}", None, new=True)
            elif kind == "2":
                # Cut anywhere strictly inside, keeping "{{" and "}}" whole.
                cut = rng.randrange(3, len(tag) - 2)
                out.add(tag[:cut], None)
                out.add(tag[cut:], None, new=True)
            else:
                out.add(tag, None)
        if i == n:
            break
        fmt = "b" if bold_span[0] <= i < bold_span[1] else None
        sep(fmt if bold_span[0] < i < bold_span[1] else None)
        out.add(words[i], fmt)

    p = doc.add_paragraph()
    for text, fmt in out.runs:
        r = p.add_run(text)
        if fmt == "b":
            r.bold = True
        elif fmt == "i":
            r.italic = True


def _add_plain_table(doc: Any, rng: random.Random, number: int) -> None:
    table = doc.add_table(rows=TABLE_ROWS, cols=TABLE_COLS)
    table.style = "Table Grid"
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            if r == 0:
                cell.text = f"Table {number} column {c + 1}"
            elif c == 0:
                cell.text = f"{number}.{r}"
            elif c == TABLE_COLS - 1:
                cell.text = f"{rng.randint(100, 99999):,}"
            else:
                cell.text = _phrase(rng)


def _add_loop_table(doc: Any) -> None:
    table = doc.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    rows = table.rows
    for c, head in enumerate(("Code", "Description", "Quantity", "Amount")):
        rows[0].cells[c].text = head
    rows[1].cells[0].text = "{%tr for r in rows %}"
    for c, key in enumerate("abcd"):
        rows[2].cells[c].text = "{{ r.%s }}" % key
    rows[3].cells[0].text = "{%tr endfor %}"


def _add_if_block(doc: Any, rng: random.Random, flag: str) -> None:
    doc.add_paragraph("{%p if flags." + flag + " %}")
    doc.add_paragraph(f"[conditional {flag}] " + " ".join(_sentence(rng)))
    doc.add_paragraph("{%p endif %}")


def _value(k: int) -> str:
    # Unique, bracketed (so "[v1:" never matches inside "[v12:"), and with
    # characters that must be escaped in XML.
    extras = ("Smith & Sons", "<draft>", 'the "final" text', "O'Brien", "a > b", "plain")
    return f"[v{k}: {extras[k % len(extras)]}]"


def make_template(paragraphs: int, path: Path) -> dict:
    """Write the benchmark template for *paragraphs* body paragraphs to *path*; return its context."""
    if paragraphs < 1:
        raise ValueError("paragraphs must be >= 1")
    path = Path(path)
    rng = random.Random(SEED)

    n_tables = _scaled(TABLES, paragraphs)
    n_loop_rows = _scaled(LOOP_ROWS, paragraphs)
    n_if = _scaled(IF_BLOCKS, paragraphs, minimum=2)
    n_occ = _scaled(VAR_OCCURRENCES, paragraphs)
    n_names = max(1, n_occ // 2)
    n_split = round(n_occ * SPLIT_SHARE)

    # Which paragraph holds each occurrence, and how each occurrence is split.
    if n_occ <= paragraphs:
        occ_paragraphs = rng.sample(range(paragraphs), n_occ)
    else:
        occ_paragraphs = [rng.randrange(paragraphs) for _ in range(n_occ)]
    split_kind = [""] * n_occ
    for j in rng.sample(range(n_occ), n_split):
        split_kind[j] = rng.choice("23")
    tags_at: dict[int, list[tuple[str, str]]] = {}
    for j, para in enumerate(occ_paragraphs):
        tags_at.setdefault(para, []).append((f"{{{{ var_{j % n_names} }}}}", split_kind[j]))

    table_after = {}
    for k, pos in enumerate(_spread(n_tables, paragraphs, 0.5)):
        table_after.setdefault(pos, []).append(k + 1)
    if_after = {}
    for k, pos in enumerate(_spread(n_if, paragraphs, 0.25)):
        if_after.setdefault(pos, []).append(f"f{k}")
    loop_after = paragraphs // 3

    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Confidential: {{ organisation }}"
    section.footer.paragraphs[0].text = "{{ document_title }} (benchmark template)"

    doc.add_heading("Benchmark template", level=0)
    for i in range(paragraphs):
        if i % HEADING_EVERY == 0:
            doc.add_heading(f"Section {i // HEADING_EVERY + 1}: " + _phrase(rng), level=1)
        _add_body_paragraph(
            doc,
            rng,
            bold_middle=(i % BOLD_EVERY == BOLD_EVERY - 1),
            tags=tags_at.get(i, []),
        )
        for number in table_after.get(i, ()):
            _add_plain_table(doc, rng, number)
        for flag in if_after.get(i, ()):
            _add_if_block(doc, rng, flag)
        if i == loop_after:
            _add_loop_table(doc)

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))

    rows = [
        {
            "a": f"ROW-{k:05d}",
            "b": _phrase(rng) + (" & co" if k % 7 == 0 else ""),
            "c": rng.randint(1, 500),
            "d": f"{rng.uniform(1, 100000):,.2f}",
        }
        for k in range(n_loop_rows)
    ]
    context: dict[str, Any] = {f"var_{k}": _value(k) for k in range(n_names)}
    context.update(
        organisation="Ministry of Water & Sanitation",
        document_title='Annual "Benchmark" Report <2025>',
        rows=rows,
        flags={f"f{k}": k % 2 == 0 for k in range(n_if)},
    )
    return context


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python benchmarks/make_template.py PARAGRAPHS OUT.docx")
    ctx = make_template(int(sys.argv[1]), Path(sys.argv[2]))
    n_vars = sum(1 for k in ctx if k.startswith("var_"))
    print(f"wrote {sys.argv[2]}: {n_vars} variables, {len(ctx['rows'])} loop rows, {len(ctx['flags'])} if-blocks")
