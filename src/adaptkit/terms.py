"""Terminology: swap a network's words for a region's, and flag words to avoid.

A *glossary* is a small YAML file, written by a region or a country::

    id: swan.governance
    level: error                 # suggestion | warning | error  (for forbid findings)
    locale: en                   # optional: the glossary applies to en, en_GB, en-US...
    swap:                        # term: replacement
      board: management committee
      Board of Directors: Management Committee
      "re:sex[- ]work(er)?s? collective": sex worker-led organisation
    forbid:                      # a list, or a mapping term -> suggestion
      prostitute: sex worker
      commercial sex worker: sex worker
    exceptions: [Red Brasileña de Prostitutas]   # proper names: never rewritten, never flagged
    boundary: word               # word | nonword (default: nonword for th, my, km, lo, zh, ja)

A term that starts with ``re:`` is a regular expression; every other term is
literal. Matching ignores case and treats any run of spaces (including
non-breaking ones) as one space and typographic apostrophes as ``'``.

Glossaries are layered, global -> region -> country, into a :class:`TermSet`::

    terms = TermSet.from_layers([load_glossary(p) for p in paths], locale="en")
    terms.swap("The Board met the board.")
    # -> ("The Management Committee met the management committee.", [Swap(...), Swap(...)])

How matching works, and why:

* **One pass, leftmost-longest.** All terms are found at once (an Aho-Corasick
  automaton for literal terms, so 1,000 terms cost about what 10 do); where
  matches overlap, the one that starts first wins, and of those the longest.
  Replacements are never scanned again, so ``board -> management committee``
  next to ``committee -> panel`` gives "management committee", not
  "management panel". (A loop of ``re.sub`` per term gets this wrong, and is
  hundreds of times slower.)
* **Case is kept.** ``board`` becomes ``management committee``, ``Board``
  becomes ``Management Committee`` (in English; other languages capitalise the
  first word only), ``BOARD`` becomes ``MANAGEMENT COMMITTEE``. A case variant
  written in the glossary (``BOARD: MC``) wins over these rules.
* **Things that are not prose are left alone**: template tags (``{{ }}``,
  ``{% %}``, ``{# #}``), URLs and e-mail addresses, exception phrases, and any
  spans the caller protects.
* **Word boundaries.** With ``boundary: word`` a match may not start or end
  inside a word ("board" is not found in "cardboard"); letters, digits,
  combining marks and ``_`` count as word characters, in every script. Thai,
  Burmese, Khmer, Lao, Chinese and Japanese do not put spaces between words, so
  glossaries for them match anywhere (``nonword``) unless they say otherwise.

Terms are applied to the *template* (:func:`apply_terms`), before rendering, so
that values a user supplies are never rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import ahocorasick
import yaml

from adaptkit.docx.model import P, first_words, iter_paragraph_texts
from adaptkit.docx.package import TextPart
from adaptkit.errors import AdaptkitError, Location

Level = Literal["suggestion", "warning", "error"]
Boundary = Literal["word", "nonword"]

LEVELS: tuple[str, ...] = ("suggestion", "warning", "error")
BOUNDARIES: tuple[str, ...] = ("word", "nonword")
# Scripts written without spaces between words: matches may sit anywhere.
NONWORD_LANGUAGES = frozenset({"th", "my", "km", "lo", "zh", "ja"})
PATTERN_PREFIX = "re:"
_KEYS = ("id", "level", "locale", "region", "swap", "forbid", "exceptions", "boundary", "description")

# The same shapes as adaptkit.docx.tags.TAG_PATTERN, repeated so that this module
# stands alone: anything between tag delimiters is code, never prose.
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"]*[^\s<>\".,;:!?)\]}'’”]"  # scheme or www.
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|int|info|edu|gov|io)\b(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]}'’”])?",
    re.IGNORECASE,
)
# Characters folded before matching, one for one so that offsets stay valid.
_SPACES = (
    "\t\n\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
_FOLD = str.maketrans({**{ch: " " for ch in _SPACES}, "\u2019": "'", "\u2018": "'", "\u02bc": "'",
                       "\u2010": "-", "\u2011": "-"})
_NEEDS_FOLD = re.compile(f"[{_SPACES}\u2019\u2018\u02bc\u2010\u2011]")
# A cheap test that tells when the URL pattern is worth running at all.
# (Run on the folded, lower-case text.)
_URL_HINT = re.compile(r"://|www\.|@|\.(?:org|com|net|int|info|edu|gov|io)\b")
# Words not capitalised inside a title ("Board of Directors"), for languages that title-case.
_MINOR_WORDS = {
    "en": frozenset({
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or",
        "per", "the", "to", "via", "with",
    }),
    "fr": frozenset({
        "au", "aux", "d'", "de", "des", "du", "en", "et", "l'", "la", "le", "les", "ou", "par", "pour",
        "sur", "à",
    }),
    "es": frozenset({
        "a", "al", "con", "de", "del", "e", "el", "en", "la", "las", "los", "o", "para", "por", "u", "y",
    }),
    "pt": frozenset({
        "a", "as", "com", "da", "das", "de", "do", "dos", "e", "em", "na", "nas", "no", "nos", "o", "os",
        "ou", "para", "por", "à",
    }),
    "nl": frozenset({"de", "den", "der", "een", "en", "het", "in", "op", "te", "van", "voor"}),
}
_TITLE_CASE_LANGUAGES = frozenset({"en"})


class GlossaryError(AdaptkitError):
    """A glossary file is unreadable or its rules contradict each other."""


# --------------------------------------------------------------------------- glossary


@dataclass(frozen=True)
class Glossary:
    """One glossary file, checked: every term non-empty, every pattern compiled.

    ``swaps`` and ``patterns`` map a term (literal, or a regular expression
    without its ``re:`` prefix) to its replacement. ``forbid`` maps a term to a
    suggestion or ``None``, and ``exceptions`` lists protected phrases; in those
    two, a term keeps its ``re:`` prefix when it is a pattern. ``level`` (for
    forbid findings) defaults to ``warning``; ``id`` to the file name without
    ``.yaml``. ``boundary`` is ``None`` when the file does not say, which means
    "decide by locale".
    """

    id: str
    level: Level = "warning"
    locale: str | None = None
    swaps: Mapping[str, str] = field(default_factory=dict, hash=False)
    patterns: Mapping[str, str] = field(default_factory=dict, hash=False)
    forbid: Mapping[str, str | None] = field(default_factory=dict, hash=False)
    exceptions: tuple[str, ...] = ()
    boundary: Boundary | None = None
    source: Path | None = None
    region: str | None = None  # the region or overlay it is for; None: the registering plugin's region
    # (section, term as written) -> line in the file, for messages
    lines: Mapping[tuple[str, str], int] = field(default_factory=dict, repr=False, compare=False, hash=False)

    def applies_to(self, locale: str) -> bool:
        """Whether this glossary is for ``locale``: ``en`` serves ``en_GB``, not the reverse."""
        if not self.locale:
            return True
        mine, theirs = _locale_parts(self.locale), _locale_parts(locale)
        return theirs[: len(mine)] == mine

    def line_of(self, section: str, term: str) -> int | None:
        return self.lines.get((section, term))


def load_glossary(path: Path) -> Glossary:
    """Read and check one glossary file.

    Raises :class:`GlossaryError` naming the file and line for invalid YAML, an
    unknown key, level or boundary, an empty term or replacement, a term given
    twice, a pattern that does not compile, and swaps that form a cycle.
    """
    path = Path(path)
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GlossaryError("glossary file not found", file=name, hint="check the path") from None
    except UnicodeDecodeError:
        raise GlossaryError("not UTF-8 text", file=name, hint="save the glossary as UTF-8") from None
    except OSError as exc:
        raise GlossaryError(f"cannot read glossary ({exc.strerror})", file=name) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}" if mark is not None else None
        problem = exc.problem or exc.context or "syntax error"
        raise GlossaryError(f"not valid YAML ({problem})", file=name, where=where,
                            hint="check indentation and quote terms that contain ':' or '#'") from None
    except yaml.YAMLError as exc:
        raise GlossaryError(f"not valid YAML ({exc})", file=name) from None
    return _Reader(name, path).glossary(root)


class _Reader:
    """Turns the composed YAML node tree into a Glossary, with line numbers for errors.

    Scalars are read as the text the author typed, so ``no``, ``on`` or ``2020``
    stay words instead of becoming booleans and numbers.
    """

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        self.lines: dict[tuple[str, str], int] = {}

    def fail(self, message: str, node: yaml.Node | None, hint: str | None = None) -> GlossaryError:
        where = f"line {node.start_mark.line + 1}" if node is not None else None
        return GlossaryError(message, file=self.name, where=where, hint=hint)

    def scalar(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(f"{what} must be plain text, not a {'list' if isinstance(node, yaml.SequenceNode) else 'mapping'}", node)
        if node.tag == "tag:yaml.org,2002:null":
            return ""
        return node.value.strip()

    def glossary(self, root: yaml.Node | None) -> Glossary:
        if root is None:
            raise GlossaryError("the glossary is empty", file=self.name, hint="start with 'id:' and a 'swap:' or 'forbid:' section")
        if not isinstance(root, yaml.MappingNode):
            raise self.fail("a glossary must be a mapping of keys (id, swap, forbid, ...)", root)
        values: dict[str, yaml.Node] = {}
        for key_node, value_node in root.value:
            key = self.scalar(key_node, "a key")
            if key not in _KEYS:
                raise self.fail(f"unknown key '{key}'", key_node, hint=f"use one of: {', '.join(_KEYS)}")
            if key in values:
                raise self.fail(f"key '{key}' is given twice", key_node)
            values[key] = value_node
        gid = self.scalar(values["id"], "id") if "id" in values else self.path.stem
        if not gid:
            raise self.fail("id is empty", values.get("id"), hint="give the glossary an id such as 'swan.governance'")
        level = self.choice(values, "level", LEVELS) or "warning"
        boundary = self.choice(values, "boundary", BOUNDARIES) or None
        locale = self.scalar(values["locale"], "locale") if "locale" in values else ""
        region = self.scalar(values["region"], "region") if "region" in values else ""
        swaps, patterns = self.swaps(values.get("swap"))
        forbid = self.forbid(values.get("forbid"))
        exceptions = self.exceptions(values.get("exceptions"))
        glossary = Glossary(
            id=gid, level=level, locale=locale or None, swaps=swaps, patterns=patterns, forbid=forbid,
            exceptions=exceptions, boundary=boundary, source=self.path, lines=self.lines, region=region or None,
        )
        cycle = find_swap_cycle({**swaps, **patterns})
        if cycle:
            raise GlossaryError(
                f"swap rules form a cycle: {' → '.join(cycle)}", file=self.name,
                where=f"line {self.lines.get(('swap', cycle[0]), 0)}",
                hint="a term must not be swapped back into a term it replaces; remove one of these rules",
            )
        return glossary

    def choice(self, values: dict[str, yaml.Node], key: str, allowed: tuple[str, ...]) -> str:
        if key not in values:
            return ""
        value = self.scalar(values[key], key)
        if value not in allowed:
            raise self.fail(f"unknown {key} '{value}'", values[key], hint=f"use one of: {', '.join(allowed)}")
        return value

    def term(self, section: str, node: yaml.Node, seen: dict[str, int]) -> str:
        term = " ".join(self.scalar(node, "a term").split())
        line = node.start_mark.line + 1
        if not term or term == PATTERN_PREFIX:
            raise self.fail(f"a {section} rule has an empty term", node)
        if term in seen:
            raise self.fail(f"term '{term}' is given twice in {section} (lines {seen[term]} and {line})", node)
        seen[term] = line
        if term.startswith(PATTERN_PREFIX):
            self.compile(term[len(PATTERN_PREFIX):], node)
        self.lines[(section, term)] = line
        return term

    def compile(self, source: str, node: yaml.Node) -> None:
        try:
            pattern = re.compile(source, re.IGNORECASE)
        except re.error as exc:
            position = f" at position {exc.pos}" if exc.pos is not None else ""
            raise self.fail(f"pattern 're:{source}' does not compile: {exc.msg}{position}", node,
                            hint="check the regular expression, or drop the 're:' prefix for a literal term") from None
        try:
            _wrap_pattern(source, word=True)
        except re.error:
            raise self.fail(f"pattern 're:{source}' sets flags in the middle", node,
                            hint="write flags for a part only, as in (?-i:NSWP)") from None
        if pattern.fullmatch(""):
            raise self.fail(f"pattern 're:{source}' matches empty text", node, hint="make the pattern match at least one character")

    def swaps(self, node: yaml.Node | None) -> tuple[dict[str, str], dict[str, str]]:
        swaps: dict[str, str] = {}
        patterns: dict[str, str] = {}
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"):
            return swaps, patterns
        if not isinstance(node, yaml.MappingNode):
            raise self.fail("swap must be a mapping of term: replacement", node)
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            term = self.term("swap", key_node, seen)
            replacement = self.scalar(value_node, f"the replacement for '{term}'")
            if not replacement:
                raise self.fail(f"swap rule '{term}' has an empty replacement", value_node,
                                hint="write the replacement, or move the term to 'forbid'")
            if term.startswith(PATTERN_PREFIX):
                patterns[term[len(PATTERN_PREFIX):]] = replacement
            else:
                swaps[term] = replacement
        return swaps, patterns

    def forbid(self, node: yaml.Node | None) -> dict[str, str | None]:
        forbid: dict[str, str | None] = {}
        seen: dict[str, int] = {}
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"):
            return forbid
        if isinstance(node, yaml.SequenceNode):
            for item in node.value:
                forbid[self.term("forbid", item, seen)] = None
        elif isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                term = self.term("forbid", key_node, seen)
                forbid[term] = self.scalar(value_node, f"the suggestion for '{term}'") or None
        else:
            raise self.fail("forbid must be a list of terms or a mapping of term: suggestion", node)
        return forbid

    def exceptions(self, node: yaml.Node | None) -> tuple[str, ...]:
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail("exceptions must be a list of phrases", node)
        seen: dict[str, int] = {}
        return tuple(self.term("exceptions", item, seen) for item in node.value)


def find_swap_cycle(swaps: Mapping[str, str]) -> list[str] | None:
    """A cycle of swaps (``["a", "b", "a"]`` for a -> b, b -> a), or ``None``.

    A replacement leads to the rule whose term it equals, ignoring case. A term
    that maps to itself in another case (``ngo: NGO``) is not a cycle.
    """
    by_term = {_fold_term(term): term for term in swaps}
    edges: dict[str, str] = {}
    for term, replacement in swaps.items():
        target = by_term.get(_fold_term(replacement))
        if target is not None and _fold_term(target) != _fold_term(term):
            edges[term] = target
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for start in edges:
        path: list[str] = []
        node: str | None = start
        while node is not None and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = edges.get(node)
        if node is not None and state.get(node) == 1:
            return path[path.index(node):] + [node]
        for visited in path:
            state[visited] = 2
    return None


# --------------------------------------------------------------------------- results


@dataclass(slots=True)
class Swap:
    """One replacement made by :meth:`TermSet.swap`; offsets are in the text before swapping."""

    start: int
    end: int
    before: str  # the text as it was, e.g. "Board"
    after: str  # what replaced it, e.g. "Management Committee"
    glossary: str  # id of the glossary whose rule applied
    level: str


@dataclass(frozen=True)
class TermFinding:
    """A forbidden term found by :meth:`TermSet.lint`."""

    start: int
    end: int
    text: str  # as found in the document
    term: str  # the glossary's term (``re:...`` for a pattern)
    suggestion: str | None
    glossary: str
    level: str
    part: str = ""  # set by lint_parts: "body", "header 1", ...
    paragraph: int | None = None  # set by lint_parts: 1-based within the part

    @property
    def message(self) -> str:
        """``"prostitute" is not used (glossary swan.governance) — write "sex worker"``."""
        text = f'"{self.text}" is not used (glossary {self.glossary})'
        return text + (f' — write "{self.suggestion}"' if self.suggestion else "")


@dataclass(frozen=True)
class TermChange:
    """A paragraph of the template that terminology rewrote."""

    part: str  # TextPart.label: "body", "header 1", "footnotes"...
    paragraph: int  # 1-based, counting every paragraph of the part in document order
    before: str
    after: str
    swaps: tuple[Swap, ...]

    @property
    def location(self) -> Location:
        return Location(self.part, self.paragraph, first_words(self.before))


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Rule:
    """A term as the matcher sees it, with what to do when it is found."""

    kind: str  # "swap" | "forbid" | "exception"
    term: str  # as written (patterns with "re:")
    glossary: str
    level: str
    word: bool  # word boundaries apply
    replacement: str | None = None  # swap: default replacement; forbid: suggestion
    key_shape: str = "lower"  # case shape of the term whose replacement is the default
    variants: Mapping[str, str] = field(default_factory=dict)  # exact written term -> replacement
    regex: re.Pattern[str] | None = None


@dataclass
class TermSet:
    """Glossaries layered for one locale and compiled into a single matcher.

    Build it with :meth:`from_layers`; then :meth:`swap` rewrites text and
    :meth:`lint` reports forbidden terms. A TermSet is immutable once built and
    can be shared between documents (and pickled to worker processes).
    """

    locale: str
    glossaries: tuple[str, ...]  # ids of the glossaries that apply, in layer order
    rules: tuple[_Rule, ...]
    _automaton: ahocorasick.Automaton | None = field(default=None, repr=False)
    _patterns: tuple[_Rule, ...] = field(default=(), repr=False)
    _language: str = field(default="", repr=False)

    @classmethod
    def from_layers(cls, glossaries: Sequence[Glossary], locale: str) -> TermSet:
        """Layer glossaries, earliest first (global, region, country), for ``locale``.

        Glossaries whose ``locale`` does not cover ``locale`` are skipped. A term
        swapped by a later layer replaces every case variant of that term from
        earlier layers; forbidden terms and exceptions accumulate (a later layer's
        suggestion and level win for the same term). Raises :class:`GlossaryError`
        when the layers together form a swap cycle.
        """
        language = _locale_parts(locale)[0] if locale else ""
        applied = [g for g in glossaries if g.applies_to(locale)]
        swaps: dict[str, tuple[Glossary, dict[str, str]]] = {}  # folded term -> (layer, variants)
        patterns: dict[str, tuple[Glossary, str]] = {}
        forbid: dict[str, tuple[Glossary, str, str | None]] = {}
        exceptions: dict[str, tuple[Glossary, str]] = {}
        for glossary in applied:
            mine: dict[str, dict[str, str]] = {}
            for term, replacement in glossary.swaps.items():
                mine.setdefault(_fold_term(term), {})[term] = replacement
            for folded, variants in mine.items():
                swaps[folded] = (glossary, variants)
            for source, replacement in glossary.patterns.items():
                patterns[source] = (glossary, replacement)
            for term, suggestion in glossary.forbid.items():
                forbid[_rule_key(term)] = (glossary, term, suggestion)
            for term in glossary.exceptions:
                exceptions.setdefault(_rule_key(term), (glossary, term))

        merged = {term: repl for _, variants in swaps.values() for term, repl in variants.items()}
        merged.update({PATTERN_PREFIX + source: repl for source, (_, repl) in patterns.items()})
        cycle = find_swap_cycle(merged)
        if cycle:
            owner = next((g for _, (g, v) in swaps.items() if cycle[0] in v), None)
            raise GlossaryError(
                f"the glossaries for {locale} together form a swap cycle: {' → '.join(cycle)}",
                file=str(owner.source) if owner and owner.source else None,
                where=_where(owner, "swap", cycle[0]),
                hint="a later layer swaps a term back into one an earlier layer replaces; remove one rule",
            )

        def word(glossary: Glossary) -> bool:
            boundary = glossary.boundary or ("nonword" if language in NONWORD_LANGUAGES else "word")
            return boundary == "word"

        def make_rule(kind: str, term: str, glossary: Glossary, **details) -> _Rule:
            regex = None
            if term.startswith(PATTERN_PREFIX):
                regex = _wrap_pattern(term[len(PATTERN_PREFIX):], word(glossary))
            return _Rule(kind, term, glossary.id, glossary.level, word(glossary), regex=regex, **details)

        rules: list[_Rule] = []
        for glossary, variants in swaps.values():
            default = next((t for t in variants if t == t.lower()), next(iter(variants)))
            rules.append(make_rule("swap", default, glossary, replacement=variants[default],
                              key_shape=_shape(default), variants=dict(variants)))
        for source, (glossary, replacement) in patterns.items():
            rules.append(make_rule("swap", PATTERN_PREFIX + source, glossary, replacement=replacement))
        for glossary, term, suggestion in forbid.values():
            rules.append(make_rule("forbid", term, glossary, replacement=suggestion))
        for glossary, term in exceptions.values():
            rules.append(make_rule("exception", term, glossary))

        automaton: ahocorasick.Automaton | None = None
        literal = [rule for rule in rules if rule.regex is None]
        if literal:
            automaton = ahocorasick.Automaton()
            grouped: dict[str, list[_Rule]] = {}
            for rule in literal:
                grouped.setdefault(_fold_term(rule.term), []).append(rule)
            for folded, group in grouped.items():
                by_kind = tuple(tuple(r for r in group if r.kind == k) for k in ("swap", "forbid", "exception"))
                automaton.add_word(folded, (len(folded), *by_kind))
            automaton.make_automaton()
        return cls(locale, tuple(g.id for g in applied), tuple(rules), automaton,
                   tuple(rule for rule in rules if rule.regex is not None), language)

    # -- public operations ---------------------------------------------------

    def swap(self, text: str, protected: Sequence[tuple[int, int]] = ()) -> tuple[str, list[Swap]]:
        """Rewrite ``text`` in one pass; return the new text and what was swapped.

        ``protected`` spans (``(start, end)`` offsets into ``text``) are left
        alone, as are tags, URLs, e-mail addresses and exception phrases.

        >>> terms.swap("Board members and the committee")   # board->management committee, committee->panel
        ('Management Committee members and the panel', [...])
        """
        found = self._find(text, "swap", protected)
        if not found:
            return text, []
        language = self._language
        pieces: list[str] = []
        swaps: list[Swap] = []
        position = 0
        for start, end, rule in found:
            before = text[start:end]
            after = _replacement(rule, before, language)
            pieces.append(text[position:start])
            pieces.append(after)
            position = end
            if after != before:
                swaps.append(Swap(start, end, before, after, rule.glossary, rule.level))
        pieces.append(text[position:])
        if not swaps:
            return text, []
        return "".join(pieces), swaps

    def lint(self, text: str, protected: Sequence[tuple[int, int]] = ()) -> list[TermFinding]:
        """Forbidden terms in ``text``, found with the same rules as :meth:`swap`."""
        return [
            TermFinding(start, end, text[start:end], rule.term, rule.replacement, rule.glossary, rule.level)
            for start, end, rule in self._find(text, "forbid", protected)
        ]

    # -- matching --------------------------------------------------------------

    def _find(self, text: str, kind: str, protected: Sequence[tuple[int, int]]) -> list[tuple[int, int, _Rule]]:
        """Non-overlapping leftmost-longest matches of ``kind`` rules, outside blocked spans.

        The automaton reports every literal term that ends at each position
        (overlapping ones included), so a match that fails the word-boundary
        test never hides a shorter one that passes.
        """
        if not text:
            return []
        candidates: list[tuple[int, int, int, _Rule]] = []  # (start, -length, priority, rule)
        blocked: list[tuple[int, int]] = []
        slot = _SLOTS[kind]
        search = ""
        if self._automaton is not None:
            search = _fold_text(text)
            for last, entry in self._automaton.iter(search):
                length = entry[0]
                start = last + 1 - length
                for rule in entry[slot]:
                    if not rule.word or _at_word_edges(text, start, last + 1):
                        candidates.append((start, -length, 0, rule))
                for rule in entry[3]:
                    if not rule.word or _at_word_edges(text, start, last + 1):
                        blocked.append((start, last + 1))
        for rule in self._patterns:
            if rule.kind != kind and rule.kind != "exception":
                continue
            for match in rule.regex.finditer(text):
                start, end = match.span()
                if start == end or (rule.word and not _at_word_edges(text, start, end)):
                    continue
                if rule.kind == "exception":
                    blocked.append((start, end))
                else:
                    candidates.append((start, start - end, 1, rule))
        if not candidates:
            return []
        blocked.extend(protected)
        if "{" in text:
            blocked.extend(m.span() for m in _TAG.finditer(text))
        if _URL_HINT.search(search or _fold_text(text)):
            blocked.extend(m.span() for m in _URL.finditer(text))
        if len(candidates) > 1:
            candidates.sort(key=_candidate_order)
        chosen: list[tuple[int, int, _Rule]] = []
        position = 0
        if blocked:
            spans = _merge_spans(blocked)
            starts = [s for s, _ in spans]
        for start, negative_length, _, rule in candidates:
            end = start - negative_length
            if start < position or (blocked and _overlaps(spans, starts, start, end)):
                continue
            chosen.append((start, end, rule))
            position = end
        return chosen


def apply_terms(parts: Iterable[TextPart], terms: TermSet) -> list[TermChange]:
    """Swap terms in every paragraph of every part, in place, keeping formatting.

    Runs on the template before rendering: tags are skipped, so values inserted
    by Jinja later are never touched. Each replacement takes the formatting of
    the run where the replaced words began (a bold "Bo"+"ard" becomes a bold
    "Management Committee"). Returns one :class:`TermChange` per changed paragraph.
    """
    changes: list[TermChange] = []
    for part in parts:
        models = iter_paragraph_texts(part.root)
        if not models:
            continue
        numbers: dict | None = None
        for model in models:
            _, swaps = terms.swap(model.text)
            if not swaps:
                continue
            if numbers is None:
                numbers = {p: n for n, p in enumerate(part.root.iter(P), 1)}
            before = model.text
            model.replace([(s.start, s.end, s.after) for s in swaps])
            changes.append(TermChange(part.label, numbers[model.paragraph], before, model.text, tuple(swaps)))
    return changes


def lint_parts(parts: Iterable[TextPart], terms: TermSet) -> list[TermFinding]:
    """:meth:`TermSet.lint` over every paragraph of every part, with part and paragraph set."""
    findings: list[TermFinding] = []
    for part in parts:
        numbers: dict | None = None
        for model in iter_paragraph_texts(part.root):
            for finding in terms.lint(model.text):
                if numbers is None:
                    numbers = {p: n for n, p in enumerate(part.root.iter(P), 1)}
                findings.append(_with_place(finding, part.label, numbers[model.paragraph]))
    return findings


# --------------------------------------------------------------------------- helpers


_SLOTS = {"swap": 1, "forbid": 2}  # where an automaton entry keeps the rules of each kind


def _candidate_order(candidate: tuple[int, int, int, _Rule]) -> tuple[int, int, int]:
    return candidate[0], candidate[1], candidate[2]


def _with_place(finding: TermFinding, part: str, paragraph: int) -> TermFinding:
    return replace(finding, part=part, paragraph=paragraph)


def _where(glossary: Glossary | None, section: str, term: str) -> str | None:
    line = glossary.line_of(section, term) if glossary else None
    return f"line {line}" if line else None


def _locale_parts(locale: str) -> tuple[str, ...]:
    return tuple(p for p in re.split(r"[-_@.]", locale.lower()) if p)


def _rule_key(term: str) -> str:
    return term if term.startswith(PATTERN_PREFIX) else _fold_term(term)


def _fold_text(text: str) -> str:
    """Lower-case ``text`` character for character (offsets stay valid), and fold spaces."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two (İ)
        lowered = "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)
    if lowered.isascii():
        needs_fold = "\t" in lowered or "\n" in lowered or "\r" in lowered
    else:
        needs_fold = _NEEDS_FOLD.search(lowered) is not None
    return lowered.translate(_FOLD) if needs_fold else lowered


def _fold_term(term: str) -> str:
    return " ".join(_fold_text(term).split())


@lru_cache(maxsize=4096)
def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch)[0] == "M"


def _at_word_edges(text: str, start: int, end: int) -> bool:
    """True unless the span starts or ends in the middle of a word."""
    if start > 0:
        before = text[start - 1]
        if before != " " and _is_word_char(before) and _is_word_char(text[start]):
            return False
    if end < len(text):
        after = text[end]
        if after != " " and _is_word_char(after) and _is_word_char(text[end - 1]):
            return False
    return True


def _wrap_pattern(source: str, word: bool) -> re.Pattern[str]:
    if not word:
        return re.compile(source, re.IGNORECASE)
    # Not (word before and word at the start); not (word at the end and word after).
    return re.compile(rf"(?:(?<!\w)|(?!\w))(?:{source})(?:(?!\w)|(?<!\w))", re.IGNORECASE)


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    index = bisect_left(starts, end)  # spans starting before our end
    return index > 0 and spans[index - 1][1] > start


# -- case ------------------------------------------------------------------------


def _is_capitalised(word: str) -> bool:
    """``Board`` yes; ``board``, ``BOARD``, ``iPhone`` no (words without letters: no)."""
    for index, ch in enumerate(word):
        if ch.lower() != ch.upper():
            rest = word[index + 1:]
            return ch.isupper() and rest == rest.lower()
    return False


def _has_case(word: str) -> bool:
    return word.lower() != word.upper()


def _shape(text: str, minor: frozenset[str] = _MINOR_WORDS["en"]) -> str:
    """The case shape of ``text``: lower, upper, title, sentence, or mixed (none: no letters)."""
    if not _has_case(text):
        return "none"
    if text == text.lower():
        return "lower"
    if text == text.upper() and sum(1 for ch in text if ch.lower() != ch.upper()) > 1:
        return "upper"
    words = [w for w in text.split() if _has_case(w)]
    if not words or not _is_capitalised(words[0]):
        return "mixed"
    rest = words[1:]
    if all(w == w.lower() for w in rest):
        return "sentence" if rest else "title"
    if all(_is_capitalised(w) or (w == w.lower() and w in minor) for w in rest):
        return "title"
    return "mixed"


def _capitalise(word: str) -> str:
    for index, ch in enumerate(word):
        if ch.lower() != ch.upper():
            return word[:index] + ch.upper() + word[index + 1:]
    return word


def _replacement(rule: _Rule, found: str, language: str) -> str:
    """The replacement for ``found``, in the case ``found`` was written in."""
    exact = rule.variants.get(" ".join(found.split()))
    if exact is not None:
        return exact
    replacement = rule.replacement or ""
    minor = _MINOR_WORDS.get(language, frozenset())
    shape = _shape(found, minor or _MINOR_WORDS["en"])
    if shape == rule.key_shape or shape in ("mixed", "none"):
        return replacement
    if shape == "upper":
        return replacement.upper()
    # The replacement is written in the case of its term: when that term was not
    # lower-case, capitals that only follow the term's case are undone first.
    base = replacement
    if rule.key_shape not in ("lower", "none", "mixed"):
        base = " ".join(w.lower() if _is_capitalised(w) else w for w in replacement.split(" "))
    if shape == "lower":
        return base
    if shape == "title" and (len(found.split()) > 1 or language in _TITLE_CASE_LANGUAGES or not language):
        words = base.split(" ")
        return " ".join(
            w if index and w.lower() in minor and w == w.lower() else _capitalise(w)
            for index, w in enumerate(words)
        )
    return _capitalise(base)  # sentence case; also one capitalised word outside English


# --------------------------------------------------------------------------- glossaries from plugins


def build_termset(plugins: Any, region: Any, locale: str) -> TermSet | None:
    """The glossaries plugins register for a build's region chain and locale, layered global to country.

    A glossary applies at its ``region`` (or the registering plugin's own
    region) when that region is in the build's chain; glossaries of plugins
    that register no region come first. None when no glossary applies.
    """
    registered = plugins.collect("register_glossaries", (Path, str, Glossary))
    if not registered:
        return None
    layered: list[tuple[int, str, Glossary]] = []
    for item, plugin in registered:
        glossary = item if isinstance(item, Glossary) else _load_cached(Path(item))
        depth = region.layer_of(plugin, glossary.region)
        if depth is None:
            if glossary.region is not None or any(info.name == plugin and info.regions for info in plugins.loaded):
                continue  # for a region outside this build's chain
            depth = -1  # a plugin that registers no region: its glossaries apply everywhere, first
        layered.append((depth, glossary.id, glossary))
    glossaries = [glossary for _, _, glossary in sorted(layered, key=lambda item: (item[0], item[1]))]
    if not any(g.applies_to(locale) for g in glossaries):
        return None
    return TermSet.from_layers(glossaries, locale)


_GLOSSARY_CACHE: dict[tuple[str, float], Glossary] = {}


def _load_cached(path: Path) -> Glossary:
    """Glossaries are read once per process (batch builds share them)."""
    key = (str(path.resolve()), path.stat().st_mtime if path.exists() else 0.0)
    if key not in _GLOSSARY_CACHE:
        _GLOSSARY_CACHE[key] = load_glossary(path)
    return _GLOSSARY_CACHE[key]
