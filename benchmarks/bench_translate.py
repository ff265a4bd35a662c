"""Cost of translating every paragraph, measured against rendering alone.

    python benchmarks/bench_translate.py [--paragraphs 2000] [--repeat 5]

Builds the benchmark template (see make_template.py), gives every paragraph a
"translation" (its text with each word reversed, tags and placeholders kept),
then times in one run, interleaved, best of N each: rendering alone, and
translating + rendering (package open included in both).
Target: translation adds at most 30% to the render time.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_template import make_template  # noqa: E402

from adaptkit.docx import DocxPackage, render_package  # noqa: E402
from adaptkit.l10n.apply import LoadedCatalog, translate_package  # noqa: E402
from adaptkit.l10n.units import extract_units  # noqa: E402

_KEEP = re.compile(r"(\{\{.*?\}\}|<\d+/?>|</\d+>)")


def fake_translation(msgid: str) -> str:
    return "".join(piece if _KEEP.fullmatch(piece) else " ".join(w[::-1] for w in piece.split(" "))
                   for piece in _KEEP.split(msgid))


def best_of_interleaved(functions, repeat: int) -> list[float]:
    """Best time of each function, running them in turn so that both see the same machine load."""
    times: list[list[float]] = [[] for _ in functions]
    for _ in range(repeat):
        for index, function in enumerate(functions):
            start = time.perf_counter()
            function()
            times[index].append(time.perf_counter() - start)
    return [min(series) for series in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.docx"
        context = make_template(args.paragraphs, path)
        data = path.read_bytes()
        package = DocxPackage.open(data)
        messages = {}
        for part in package.text_parts:
            if part.kind != "core":
                for unit in extract_units(part):
                    messages[unit.msgid] = type("Message", (), {"string": fake_translation(unit.msgid),
                                                                  "lineno": 0})()
        stack = [LoadedCatalog(Path("bench.po"), "bench", messages, None)]

        def render_only() -> None:
            render_package(DocxPackage.open(data), context).data

        def translate_and_render() -> None:
            package = DocxPackage.open(data)
            report = translate_package(package, stack, "xx")
            assert not report.untranslated
            render_package(package, context).data

        render_only()  # warm up imports and caches for both
        translate_and_render()
        plain, translated = best_of_interleaved([render_only, translate_and_render], args.repeat)
    print(f"{args.paragraphs} paragraphs, {len(messages)} distinct units, best of {args.repeat}")
    print(f"render only:            {plain * 1000:8.1f} ms")
    print(f"translate + render:     {translated * 1000:8.1f} ms")
    print(f"translation adds:       {100 * (translated - plain) / plain:8.1f} %   (target: at most 30 %)")


if __name__ == "__main__":
    main()
