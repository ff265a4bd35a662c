#!/usr/bin/env python
"""Side-by-side render benchmark: adaptkit vs docxtpl vs python-docx vs bare zip.

    python benchmarks/bench_render.py [--sizes 1000,2000,4000,8000] [--repeat 3] [--json out.json]

For each size (number of body paragraphs, see make_template.py) a template is
generated into a temporary directory, then four jobs are timed in the same
process, best of --repeat (time.perf_counter; repeats are interleaved across
the jobs so that drift hits them all alike):

  adaptkit     render_docx(Path(tpl), context) + write result.data to disk
  docxtpl      DocxTemplate(tpl); render(context, autoescape=True); save(out)
  python-docx  Document(tpl).save(out)                  (open/serialise floor)
  unzip/rezip  read every zip entry, write a new deflated zip  (I/O floor)

It then prints one row per size, the docxtpl/adaptkit speed-up, the linearity
ratio time(8000)/time(2000) per engine, the wall time of `adaptkit --help`
(best of 5, in a subprocess), and checks that adaptkit and docxtpl produced
the same text. Both outputs are also checked against the context (values,
loop rows, if-blocks, header/footer, no tag left over).

While adaptkit's engine is not there yet (render_docx raises
NotImplementedError) its column reads "n/a" and everything else still runs.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import json
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_template import make_template  # noqa: E402

ENGINES = ("adaptkit", "docxtpl", "python-docx", "unzip/rezip")


# --------------------------------------------------------------------------- engines


def _import_adaptkit() -> tuple[Callable[..., Any] | None, str]:
    try:
        from adaptkit.docx import render_docx
    except ImportError:
        src = ROOT / "src"
        if str(src) not in sys.path:
            sys.path.insert(0, str(src))
        try:
            from adaptkit.docx import render_docx
        except ImportError as err:
            return None, f"cannot import adaptkit.docx.render_docx ({err})"
    return render_docx, ""


def run_adaptkit(render_docx: Callable[..., Any], tpl: Path, out: Path, context: dict) -> Any:
    result = render_docx(Path(tpl), context)
    Path(out).write_bytes(result.data)
    return result


def run_docxtpl(tpl: Path, out: Path, context: dict) -> None:
    from docxtpl import DocxTemplate

    doc = DocxTemplate(str(tpl))
    doc.render(context, autoescape=True)
    doc.save(str(out))


def run_python_docx(tpl: Path, out: Path, context: dict) -> None:
    from docx import Document

    Document(str(tpl)).save(str(out))


def run_zip(tpl: Path, out: Path, context: dict) -> None:
    with zipfile.ZipFile(tpl) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info), compress_type=zipfile.ZIP_DEFLATED)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


# --------------------------------------------------------------------------- text checks

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def document_texts(path: Path) -> tuple[list[str], list[str]]:
    """(body paragraph texts in document order, tables included; header+footer texts)."""
    from docx import Document
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    body = [Paragraph(p, doc._body).text for p in doc.element.body.iter(f"{_W}p")]
    hf: list[str] = []
    for section in doc.sections:
        for part in (section.header, section.footer):
            hf.extend(p.text for p in part.paragraphs)
    return body, hf


def _snippets(a: str, b: str, width: int = 100) -> tuple[str, str]:
    """The two texts cut to *width* characters around their first difference."""
    first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    start = max(0, first - width // 3)
    cut = lambda t: ("…" if start else "") + t[start : start + width] + ("…" if len(t) > start + width else "")
    return cut(a), cut(b)


def compare_texts(a_path: Path, b_path: Path, a_name: str = "adaptkit", b_name: str = "docxtpl") -> tuple[bool, str]:
    a_body, a_hf = document_texts(a_path)
    b_body, b_hf = document_texts(b_path)
    if a_body == b_body and a_hf == b_hf:
        return True, f"texts match ({len(a_body)} paragraphs, {len(a_hf)} header/footer paragraphs)"
    lines = [f"texts differ: {a_name} {len(a_body)} paragraphs, {b_name} {len(b_body)} paragraphs"]
    if a_hf != b_hf:
        lines.append(f"  header/footer: {a_name} {a_hf!r} vs {b_name} {b_hf!r}")
    if a_body != b_body:
        ops = [op for op in difflib.SequenceMatcher(None, a_body, b_body, autojunk=False).get_opcodes() if op[0] != "equal"]
        changed = sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in ops)
        lines.append(f"  body: {len(ops)} differing stretches, {changed} paragraphs involved")
        loose = [t.split() for t in a_body if t.strip()] == [t.split() for t in b_body if t.strip()]
        if loose:
            lines.append("  (identical once empty paragraphs are dropped and whitespace is collapsed)")
        for tag, i1, i2, j1, j2 in ops[:3]:
            a_snip, b_snip = _snippets(" / ".join(a_body[i1:i2]), " / ".join(b_body[j1:j2]))
            lines.append(f"  {tag} at {a_name} ¶{i1 + 1}, {b_name} ¶{j1 + 1}:")
            lines.append(f"    {a_name}: {a_snip!r}")
            lines.append(f"    {b_name}: {b_snip!r}")
    return False, "\n".join(lines)


def template_tag_counts(tpl: Path) -> dict[str, int]:
    """How often each {{ var_N }} occurs in the template, from concatenated run text."""
    body, _ = document_texts(tpl)
    counts: dict[str, int] = {}
    for text in body:
        for name in re.findall(r"\{\{ (var_\d+) \}\}", text):
            counts[name] = counts.get(name, 0) + 1
    return counts


def check_output(out: Path, context: dict, tag_counts: dict[str, int]) -> list[str]:
    """Problems found in a rendered output (empty list = renders the template correctly)."""
    from docx import Document

    problems: list[str] = []
    body, hf = document_texts(out)
    joined = "\n".join(body)
    everything = joined + "\n" + "\n".join(hf)
    for marker in ("{{", "}}", "{%", "%}"):
        if marker in everything:
            problems.append(f"tag text {marker!r} left in the output")
    wrong = [n for n, c in tag_counts.items() if joined.count(context[n]) != c]
    if wrong:
        n = wrong[0]
        problems.append(
            f"{len(wrong)} variables render the wrong number of times, e.g. {n}: "
            f"{joined.count(context[n])} x {context[n]!r}, expected {tag_counts[n]}"
        )
    rows = context["rows"]
    doc = Document(str(out))
    loop_table = next(
        (t for t in doc.tables if len(t.rows) > 1 and t.rows[0].cells[0].text == "Code"), None
    )
    if loop_table is None:
        problems.append("loop table not found")
    else:
        got = [r.cells[0].text for r in loop_table.rows[1:]]
        want = [r["a"] for r in rows]
        if got != want:
            problems.append(f"loop table has {len(got)} data rows, expected {len(want)}")
        elif [c.text for c in loop_table.rows[-1].cells] != [str(rows[-1][k]) for k in "abcd"]:
            problems.append("last loop row does not hold r.a, r.b, r.c, r.d")
    for flag, on in context["flags"].items():
        present = f"[conditional {flag}]" in joined
        if present != on:
            problems.append(f"if-block {flag} is {'present' if present else 'absent'}, flag is {on}")
    for key in ("organisation", "document_title"):
        if not any(context[key] in t for t in hf):
            problems.append(f"header/footer variable {key} not rendered")
    return problems


# --------------------------------------------------------------------------- CLI --help


def time_cli_help(repeat: int = 5) -> dict[str, Any]:
    """Best-of wall time of `adaptkit --help` (or `python -m adaptkit --help`)."""
    candidates: list[list[str]] = []
    script = Path(sys.executable).parent / "adaptkit"  # same interpreter, no pyenv shim
    which = str(script) if script.exists() else shutil.which("adaptkit")
    if which:
        candidates.append([which, "--help"])
    candidates.append([sys.executable, "-m", "adaptkit", "--help"])
    failures = []
    for cmd in candidates:
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
            shown = " ".join([Path(cmd[0]).name, *cmd[1:]])
            failures.append(f"`{shown}`: {last}")
            continue
        best = min(timed(lambda: subprocess.run(cmd, capture_output=True))[0] for _ in range(repeat))
        return {"command": " ".join(cmd), "ms": best * 1000, "error": None}
    return {"command": None, "ms": None, "error": "; ".join(failures)}


def time_python_startup(repeat: int = 5) -> float:
    cmd = [sys.executable, "-c", "pass"]
    return min(timed(lambda: subprocess.run(cmd, capture_output=True))[0] for _ in range(repeat)) * 1000


# --------------------------------------------------------------------------- main


@dataclass
class SizeResult:
    size: int
    template_kb: float
    document_xml_kb: float
    ms: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    adaptkit_warnings: int | None = None
    checks: dict[str, list[str] | None] = field(default_factory=dict)
    texts_match: bool | None = None
    texts_report: str = ""


def fmt_ms(v: float | None) -> str:
    return "n/a" if v is None else f"{v:,.1f}"


def fmt_ratio(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.2f}x"


def bench_size(size: int, repeat: int, workdir: Path, render_docx: Callable[..., Any] | None,
               adaptkit_reason: str, verify: bool) -> tuple[SizeResult, str]:
    tpl = workdir / f"template-{size}.docx"
    context = make_template(size, tpl)
    with zipfile.ZipFile(tpl) as z:
        doc_xml = z.getinfo("word/document.xml").file_size
    res = SizeResult(size, tpl.stat().st_size / 1024, doc_xml / 1024)
    outs = {e: workdir / f"out-{size}-{e.replace('/', '-')}.docx" for e in ENGINES}

    jobs: dict[str, Callable[[], Any] | None] = {
        "adaptkit": (lambda: run_adaptkit(render_docx, tpl, outs["adaptkit"], context)) if render_docx else None,
        "docxtpl": lambda: run_docxtpl(tpl, outs["docxtpl"], context),
        "python-docx": lambda: run_python_docx(tpl, outs["python-docx"], context),
        "unzip/rezip": lambda: run_zip(tpl, outs["unzip/rezip"], context),
    }
    if render_docx is None:
        res.notes["adaptkit"] = adaptkit_reason
    best: dict[str, float] = {}
    for _ in range(repeat):
        for engine, job in jobs.items():
            if job is None:
                continue
            try:
                seconds, value = timed(job)
            except NotImplementedError:
                res.notes[engine] = "render_docx not implemented yet"
                jobs[engine] = None
                adaptkit_reason = res.notes[engine]
                continue
            except Exception as err:  # report, keep benchmarking the others
                res.notes[engine] = f"{type(err).__name__}: {err}"
                jobs[engine] = None
                continue
            best[engine] = min(best.get(engine, seconds), seconds)
            if engine == "adaptkit":
                res.adaptkit_warnings = len(getattr(value, "warnings", []) or [])
    res.ms = {e: (best[e] * 1000 if e in best else None) for e in ENGINES}

    if verify:
        counts = template_tag_counts(tpl)
        for engine in ("adaptkit", "docxtpl"):
            res.checks[engine] = check_output(outs[engine], context, counts) if engine in best else None
    if "adaptkit" in best and "docxtpl" in best:
        res.texts_match, res.texts_report = compare_texts(outs["adaptkit"], outs["docxtpl"])
    else:
        res.texts_report = "texts: not compared (adaptkit produced no output)"
    return res, adaptkit_reason


def linearity(results: list[SizeResult]) -> tuple[str, dict[str, float | None]]:
    by_size = {r.size: r for r in results}
    if 2000 in by_size and 8000 in by_size:
        lo, hi = 2000, 8000
    elif len(by_size) >= 2:
        lo, hi = min(by_size), max(by_size)
    else:
        return "", {}
    ratios: dict[str, float | None] = {}
    for engine in ENGINES:
        a, b = by_size[lo].ms.get(engine), by_size[hi].ms.get(engine)
        ratios[engine] = (b / a) if a and b else None
    return f"time({hi})/time({lo})  [linear = {hi / lo:.2f}]", ratios


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,2000,4000,8000", help="comma-separated paragraph counts")
    ap.add_argument("--repeat", type=int, default=3, help="repeats per job; the best is kept")
    ap.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir with templates and outputs")
    ap.add_argument("--no-verify", action="store_true", help="skip the output correctness checks")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    repeat = max(1, args.repeat)

    render_docx, reason = _import_adaptkit()
    print(
        f"python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"docxtpl {metadata.version('docxtpl')}, python-docx {metadata.version('python-docx')}, "
        f"lxml {metadata.version('lxml')}; best of {repeat}"
    )

    workdir = Path(tempfile.mkdtemp(prefix="adaptkit-bench-"))
    results: list[SizeResult] = []
    try:
        for size in sizes:
            print(f"  size {size}: generating template and timing...", file=sys.stderr, flush=True)
            res, reason = bench_size(size, repeat, workdir, render_docx, reason, not args.no_verify)
            if reason and render_docx is not None and "not implemented" in reason:
                render_docx = None  # do not retry a stub on every size
            results.append(res)
    finally:
        if args.keep:
            print(f"files kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    # ---- table
    head = ["size", "tpl KB", "adaptkit ms", "docxtpl ms", "python-docx ms", "unzip/rezip ms", "docxtpl/adaptkit"]
    rows = []
    for r in results:
        a, d = r.ms["adaptkit"], r.ms["docxtpl"]
        rows.append([
            str(r.size), f"{r.template_kb:,.0f}", fmt_ms(a), fmt_ms(d),
            fmt_ms(r.ms["python-docx"]), fmt_ms(r.ms["unzip/rezip"]),
            fmt_ratio(d / a if a and d else None),
        ])
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    print()
    print("  ".join(h.rjust(w) for h, w in zip(head, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths)))

    label, ratios = linearity(results)
    if label:
        print(f"\nlinearity {label}: " + ", ".join(f"{e} {fmt_ratio(ratios[e])}" for e in ENGINES))

    seen = set()
    for r in results:
        for engine, note in r.notes.items():
            if (engine, note) not in seen:
                seen.add((engine, note))
                print(f"{engine}: n/a ({note})")

    # ---- checks
    print()
    for r in results:
        for engine, problems in r.checks.items():
            if problems is None:
                continue
            status = "renders correctly" if not problems else "PROBLEMS: " + "; ".join(problems)
            print(f"size {r.size}: {engine} output {status}")
        if r.adaptkit_warnings:
            print(f"size {r.size}: adaptkit reported {r.adaptkit_warnings} warnings")
        print(f"size {r.size}: {r.texts_report}")

    # ---- CLI
    startup = time_python_startup()
    cli = time_cli_help()
    print()
    if cli["ms"] is not None:
        print(f"`{cli['command']}`: {cli['ms']:.1f} ms (best of 5; bare `python -c pass`: {startup:.1f} ms)")
    else:
        print(f"adaptkit --help: n/a ({cli['error']})  (bare `python -c pass`: {startup:.1f} ms)")

    if args.json:
        payload = {
            "meta": {
                "python": platform.python_version(),
                "platform": platform.platform(),
                "docxtpl": metadata.version("docxtpl"),
                "python-docx": metadata.version("python-docx"),
                "lxml": metadata.version("lxml"),
                "repeat": repeat,
                "unit": "ms, best of repeat",
            },
            "sizes": [r.__dict__ for r in results],
            "linearity": {"label": label, "ratios": ratios},
            "cli_help": cli,
            "python_startup_ms": startup,
        }
        Path(args.json).write_text(json.dumps(payload, indent=2))
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
