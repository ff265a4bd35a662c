#!/usr/bin/env python
"""Terminology benchmark: does a 1,000-term glossary cost about what a 10-term one does?

    python benchmarks/bench_terms.py [--paragraphs 2000] [--repeat 5] [--no-naive] [--no-docx]

It generates, from a fixed seed, ``--paragraphs`` paragraphs of about 16 words
(12-20) of governance prose; every 10th holds a ``{{ var_N }}`` tag and every
50th a URL, so the skipping rules are exercised too. About 30% of the
paragraphs hold one of 100 two-word governance phrases ("annual report",
"election committee", ...). Three glossaries are built:

  10 terms               10 of the 100 phrases
  1,000 terms            the same 10, plus 990 two- and three-word phrases that
                         do not occur (each holds a word such as "plenary" that
                         the text never uses, next to words it does use), so it
                         makes the same swaps as the 10-term glossary
  1,000 terms, 10x hits  all 100 phrases, plus 900 absent ones: it makes about
                         ten times as many swaps

``TermSet.swap`` is timed over every paragraph text, best of ``--repeat``
(repeats interleaved, ``gc.collect()`` before each). The target (at most 1.3x
the 10-term time) is about the number of terms, so it is checked on the second
row; the third row shows what making ten times as many replacements costs on
top. The script also prints the time to compile each TermSet and, for
reference, the naive approach: one ``re.sub`` per term over the joined text
(one run; ``--no-naive`` skips it). Last, unless ``--no-docx``, it times
``apply_terms`` over the render benchmark's 2,000-paragraph template
(benchmarks/make_template.py; parsing is not timed).
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from adaptkit.terms import Glossary, TermSet, apply_terms

SEED = 20240611
# Filler prose.
VOCABULARY = ["the", "a", "of", "and", "to", "in", "for", "on", "with", "by", "from", "as", "at", "is", "are", "be", "this", "that", "which", "who", "each", "every", "must", "may", "members", "member", "assembly", "vote", "votes", "election", "elected", "chair", "secretary", "treasurer", "organisation", "network", "sex", "workers", "worker", "led", "rights", "health", "community", "outreach", "peer", "educators", "programme", "project", "donor", "staff", "volunteer", "volunteers", "term", "office", "quorum", "minutes", "decision", "decisions", "activity", "activities", "indicator", "outcome", "training", "safety", "security", "legal", "support", "services", "funding", "grant", "partner", "partners", "period", "year", "years", "country", "countries", "region", "law", "reform", "advocacy", "campaign", "data", "accountability"]
# Glossary phrases: MODIFIERS x HEADS gives 100 two-word terms; the text uses them.
MODIFIERS = ["annual", "national", "regional", "financial", "narrative", "membership", "election", "governance", "advisory", "strategic"]
HEADS = ["report", "committee", "plan", "manual", "policy", "meeting", "procedure", "budget", "review", "criteria"]
# Words the text never uses: phrases holding one are absent from it.
RARE = ["arbitration", "bylaw", "caucus", "delegate", "endowment", "fiduciary", "gazette", "honorarium", "incumbent", "jurisdiction", "liaison", "mandate", "notary", "ombudsperson", "plenary", "quota", "rapporteur", "statutory", "tribunal", "oversight", "veto", "warrant", "yearbook", "abstention", "bursary", "charter", "dividend", "escrow", "franchise", "consultative"]
TARGETS = ["steering", "group", "coordination", "body", "collective", "leadership", "peer", "network", "focal", "point", "panel", "working", "circle", "reference", "team", "action", "council", "support", "hub"]
PHRASE_SHARE = 0.3  # share of paragraphs that hold one glossary phrase


def make_paragraphs(count: int, rng: random.Random) -> list[str]:
    phrases = [f"{m} {h}" for m in MODIFIERS for h in HEADS]
    paragraphs = []
    for index in range(count):
        words = rng.choices(VOCABULARY, k=rng.randint(12, 20))
        if rng.random() < PHRASE_SHARE:
            words[rng.randrange(len(words))] = rng.choice(phrases)
        if index % 10 == 0:
            words.insert(rng.randrange(len(words)), f"{{{{ var_{index // 10} }}}}")
        if index % 50 == 0:
            words.insert(rng.randrange(len(words)), f"https://example.org/{rng.choice(HEADS)}")
        text = " ".join(words)
        paragraphs.append(text[0].upper() + text[1:] + ".")
    return paragraphs


def present_phrases(rng: random.Random) -> list[str]:
    """The 100 modifier + head phrases, in a fixed random order."""
    phrases = [f"{m} {h}" for m in MODIFIERS for h in HEADS]
    rng.shuffle(phrases)
    return phrases


def absent_phrases(count: int, rng: random.Random) -> list[str]:
    """Two- and three-word phrases that each hold a word the text never uses."""
    phrases: dict[str, None] = {}
    while len(phrases) < count:
        shape = rng.randrange(3)
        rare, head, modifier = rng.choice(RARE), rng.choice(HEADS), rng.choice(MODIFIERS)
        phrase = (f"{rare} {head}", f"{modifier} {rare} {head}", f"{rare} {modifier} {head}")[shape]
        phrases[phrase] = None
    return list(phrases)


def glossary(terms: list[str], rng: random.Random, name: str) -> Glossary:
    swaps = {term: " ".join(rng.sample(TARGETS, 2)) + f" {number}" for number, term in enumerate(terms)}
    return Glossary(id=name, level="warning", locale="en", swaps=swaps, boundary="word")


def best_of(jobs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    best = {name: float("inf") for name in jobs}
    for _ in range(repeat):
        for name, job in jobs.items():
            gc.collect()
            started = time.perf_counter()
            job()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def swap_all(terms: TermSet, paragraphs: list[str]) -> int:
    return sum(len(terms.swap(text)[1]) for text in paragraphs)


def naive(swaps: dict[str, str], paragraphs: list[str]) -> None:
    """One re.sub per term over the whole text: what the design notes warn against."""
    text = "\n".join(paragraphs)
    for term, replacement in swaps.items():
        text = re.sub(rf"\b{re.escape(term)}\b", replacement, text, flags=re.IGNORECASE)


def docx_measure(termsets: dict[str, TermSet], repeat: int) -> dict[str, tuple[float, int]] | None:
    try:
        from make_template import make_template

        from adaptkit.docx.package import DocxPackage
    except ImportError as exc:  # only when run outside the repo
        print(f"docx measure skipped: {exc}")
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench-2000.docx"
        make_template(2000, path)
        data = path.read_bytes()
    best = {name: (float("inf"), 0) for name in termsets}
    for _ in range(repeat):
        for name, terms in termsets.items():
            package = DocxPackage.open(data)  # parsing is not timed
            gc.collect()
            started = time.perf_counter()
            changes = apply_terms(package.text_parts, terms)
            elapsed = time.perf_counter() - started
            swaps = sum(len(change.swaps) for change in changes)
            best[name] = (min(best[name][0], elapsed), swaps)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-naive", action="store_true", help="skip the re.sub-per-term reference")
    parser.add_argument("--no-docx", action="store_true", help="skip apply_terms on the render benchmark template")
    args = parser.parse_args()

    rng = random.Random(SEED)
    paragraphs = make_paragraphs(args.paragraphs, rng)
    present = present_phrases(rng)
    absent = absent_phrases(990, rng)
    glossaries = {
        "10 terms": glossary(present[:10], random.Random(SEED + 1), "bench.10"),
        "1,000 terms": glossary(present[:10] + absent, random.Random(SEED + 1), "bench.1000"),
        "1,000 terms, 10x hits": glossary(present + absent[:900], random.Random(SEED + 1), "bench.1000.hits"),
    }
    termsets: dict[str, TermSet] = {}
    compile_ms: dict[str, float] = {}
    for name, rules in glossaries.items():
        started = time.perf_counter()
        termsets[name] = TermSet.from_layers([rules], "en")
        compile_ms[name] = (time.perf_counter() - started) * 1000

    words = sum(len(p.split()) for p in paragraphs)
    size_kb = sum(len(p.encode()) + 1 for p in paragraphs) / 1024
    print(f"Python {platform.python_version()} on {platform.system()} {platform.machine()}; "
          f"{len(paragraphs):,} paragraphs, {words:,} words, {size_kb:,.0f} KB of text")

    best = best_of({name: (lambda t=t: swap_all(t, paragraphs)) for name, t in termsets.items()}, args.repeat)
    base = best["10 terms"]
    print(f"\nTermSet.swap over every paragraph, best of {args.repeat}:")
    print(f"  {'glossary':<22} {'terms':>6} {'swaps':>6} {'time ms':>8} {'ratio':>6} {'compile ms':>11}")
    for name, terms in termsets.items():
        print(f"  {name:<22} {len(glossaries[name].swaps):>6,} {swap_all(terms, paragraphs):>6,} "
              f"{best[name] * 1000:>8.1f} {best[name] / base:>5.2f}x {compile_ms[name]:>11.1f}")
    ratio = best["1,000 terms"] / base
    print(f"  target: 1,000 terms <= 1.30x the 10-term time: {ratio:.2f}x {'ok' if ratio <= 1.3 else 'MISSED'}")
    extra_swaps = swap_all(termsets["1,000 terms, 10x hits"], paragraphs) - swap_all(termsets["10 terms"], paragraphs)
    if extra_swaps > 0:
        per_swap = (best["1,000 terms, 10x hits"] - best["1,000 terms"]) / extra_swaps * 1e6
        print(f"  each extra swap costs about {per_swap:.1f} µs")

    if not args.no_naive:
        print("\nreference, one re.sub per term over the joined text (one run):")
        for name in ("10 terms", "1,000 terms"):
            gc.collect()
            started = time.perf_counter()
            naive(dict(glossaries[name].swaps), paragraphs)
            print(f"  {name:<22} {(time.perf_counter() - started) * 1000:>8.1f} ms")

    if not args.no_docx:
        measured = docx_measure(termsets, args.repeat)
        if measured:
            base = measured["10 terms"][0]
            print(f"\napply_terms on the render benchmark's 2,000-paragraph template, best of {args.repeat}:")
            for name, (seconds, swaps) in measured.items():
                print(f"  {name:<22} {swaps:>6,} swaps {seconds * 1000:>8.1f} ms {seconds / base:>5.2f}x")


if __name__ == "__main__":
    main()
