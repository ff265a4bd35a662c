"""Scripts and direction: fonts per script, the language Word checks spelling in, right-to-left.

Word keeps three font slots per run: ``ascii``/``hAnsi`` (Latin, Cyrillic,
Greek), ``eastAsia`` (Chinese, Japanese, Korean) and ``cs`` (complex scripts:
Arabic, Hebrew, Thai, Lao, Khmer, Myanmar). Text in a script whose slot names no
font that has its letters shows as boxes, and spelling is checked in whatever
language the runs say. This stage sets, for the build's language:

* the font of the script's slot, in the document defaults (the region may choose;
  else a Noto family that covers the script);
* ``w:lang`` in the defaults, in every style and in every run that names one;
* ``w:bidi``/``w:rtl`` (and ``w:bidiVisual`` on tables) for right-to-left languages;
* bold, italic and size mirrored to their complex-script twins (``bCs``, ``iCs``,
  ``szCs``), which Word uses for complex-script text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from lxml import etree

from adaptkit.docx.model import PPR, RPR, W_NS, w

# language -> (script, font slot, default font)
SCRIPTS: dict[str, tuple[str, str, str]] = {
    "th": ("Thai", "cs", "Noto Sans Thai"),
    "lo": ("Laoo", "cs", "Noto Sans Lao"),
    "km": ("Khmr", "cs", "Noto Sans Khmer"),
    "my": ("Mymr", "cs", "Noto Sans Myanmar"),
    "ar": ("Arab", "cs", "Noto Naskh Arabic"),
    "fa": ("Arab", "cs", "Noto Naskh Arabic"),
    "ur": ("Arab", "cs", "Noto Nastaliq Urdu"),
    "he": ("Hebr", "cs", "Noto Sans Hebrew"),
    "zh": ("Hans", "eastAsia", "Noto Sans SC"),
    "ja": ("Jpan", "eastAsia", "Noto Sans JP"),
    "ko": ("Kore", "eastAsia", "Noto Sans KR"),
    "ru": ("Cyrl", "ascii", ""),
    "uk": ("Cyrl", "ascii", ""),
    "ky": ("Cyrl", "ascii", ""),
    "kk": ("Cyrl", "ascii", ""),
}
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})
_LANG_ATTRIBUTE = {"ascii": "val", "eastAsia": "eastAsia", "cs": "bidi"}
# Schema order of the w:rPr children this stage adds or looks at.
_RPR_ORDER = [w(n) for n in (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
    "lang", "eastAsianLayout", "specVanish", "oMath")]
_PPR_BEFORE_BIDI = {w(n) for n in (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
    "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
    "autoSpaceDE", "autoSpaceDN")}
_MIRRORS = {w("b"): w("bCs"), w("i"): w("iCs"), w("sz"): w("szCs")}


@dataclass(frozen=True)
class ScriptSettings:
    language: str  # "th"
    tag: str  # BCP 47 with territory, "th-TH"
    slot: str  # "ascii" | "eastAsia" | "cs"
    font: str  # "" keeps the template's font
    right_to_left: bool


def settings_for(locale, fonts: Mapping[str, str] | None = None) -> ScriptSettings:
    """What to set for a babel ``locale``; ``fonts`` maps script or language to a region's font choice."""
    from babel.core import get_global

    language = locale.language
    script, slot, font = SCRIPTS.get(language, ("Latn", "ascii", ""))
    fonts = fonts or {}
    font = fonts.get(language) or fonts.get(script) or font
    territory = locale.territory
    if territory is None:
        likely = get_global("likely_subtags").get(language, "")
        territory = likely.split("_")[-1] if "_" in likely else None
    tag = f"{language}-{territory}" if territory else language
    return ScriptSettings(language, tag, slot, font, language in RIGHT_TO_LEFT)


def apply_script_settings(members: dict[str, bytes], text_parts: list[str], settings: ScriptSettings) -> dict[str, bytes]:
    """Changed members (styles and text parts) for ``settings``."""
    changed: dict[str, bytes] = {}
    if "word/styles.xml" in members:
        styles = etree.fromstring(members["word/styles.xml"])
        _set_defaults(styles, settings)
        for rpr in styles.iter(RPR):
            _adjust_rpr(rpr, settings)
        changed["word/styles.xml"] = _serialise(styles)
    for name in text_parts:
        root = etree.fromstring(members[name])
        for rpr in root.iter(RPR):
            _adjust_rpr(rpr, settings)
        if settings.right_to_left:
            for table_properties in root.iter(w("tblPr")):
                _insert(table_properties, etree.Element(w("bidiVisual")), before={w("tblStyle"), w("tblpPr"),
                                                                                   w("tblOverlap")})
        changed[name] = _serialise(root)
    return changed


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _set_defaults(styles: etree._Element, settings: ScriptSettings) -> None:
    defaults = styles.find(w("docDefaults"))
    if defaults is None:
        defaults = etree.Element(w("docDefaults"))
        styles.insert(0, defaults)
    rpr_default = _child(defaults, w("rPrDefault"), 0)
    rpr = _child(rpr_default, RPR, 0)
    fonts = rpr.find(w("rFonts"))
    if fonts is None:
        fonts = etree.Element(w("rFonts"))
        _insert_rpr(rpr, fonts)
    if settings.font:
        slots = ("ascii", "hAnsi") if settings.slot == "ascii" else (settings.slot,)
        for slot in slots:
            fonts.set(w(slot), settings.font)
            fonts.attrib.pop(w(slot + "Theme"), None)
        if settings.slot != "ascii":
            fonts.set(w("hint"), settings.slot)
    lang = rpr.find(w("lang"))
    if lang is None:
        lang = etree.Element(w("lang"))
        _insert_rpr(rpr, lang)
    lang.set(w(_LANG_ATTRIBUTE[settings.slot]), settings.tag)
    if settings.right_to_left:
        _insert_rpr(rpr, etree.Element(w("rtl")))
        ppr_default = _child(defaults, w("pPrDefault"), 1)
        ppr = _child(ppr_default, PPR, 0)
        if ppr.find(w("bidi")) is None:
            _insert(ppr, etree.Element(w("bidi")), before=_PPR_BEFORE_BIDI)


def _adjust_rpr(rpr: etree._Element, settings: ScriptSettings) -> None:
    for source, twin in _MIRRORS.items():
        element = rpr.find(source)
        if element is not None and rpr.find(twin) is None:
            mirrored = etree.Element(twin, dict(element.attrib))
            element.addnext(mirrored)
    lang = rpr.find(w("lang"))
    if lang is not None:
        lang.set(w(_LANG_ATTRIBUTE[settings.slot]), settings.tag)
    if settings.right_to_left and rpr.getparent() is not None and rpr.getparent().tag == w("r"):
        _insert_rpr(rpr, etree.Element(w("rtl")))


def _insert_rpr(rpr: etree._Element, element: etree._Element) -> None:
    if rpr.find(element.tag) is not None:
        return
    rank = _RPR_ORDER.index(element.tag)
    for index, child in enumerate(rpr):
        if child.tag in _RPR_ORDER and _RPR_ORDER.index(child.tag) > rank:
            rpr.insert(index, element)
            return
    rpr.append(element)


def _insert(parent: etree._Element, element: etree._Element, *, before: set[str]) -> None:
    """Insert ``element`` after the children whose tags are in ``before`` (schema order)."""
    if parent.find(element.tag) is not None:
        return
    index = 0
    for position, child in enumerate(parent):
        if child.tag in before:
            index = position + 1
    parent.insert(index, element)


def _child(parent: etree._Element, tag: str, index: int) -> etree._Element:
    found = parent.find(tag)
    if found is None:
        found = etree.Element(tag)
        parent.insert(min(index, len(parent)), found)
    return found


__all__ = ["RIGHT_TO_LEFT", "SCRIPTS", "ScriptSettings", "W_NS", "apply_script_settings", "settings_for"]
