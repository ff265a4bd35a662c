"""The adaptation report: everything a build changed, where, and who asked for it.

``adaptkit build ... --report FILE.json`` (or ``FILE.md``) writes it; the
command line always prints a one-line summary. Entries come in pipeline order:
values, rules, sections, blocks, translation, terms, privacy.
"""

from __future__ import annotations

import json
import re
from typing import Any

from adaptkit.build import BuildResult

_NAME = re.compile(r"[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*")


def report_data(result: BuildResult) -> dict[str, Any]:
    """The report as plain data (what the JSON file holds)."""
    resolution = result.resolution
    template = result.template
    changes: list[dict[str, Any]] = []
    uses = _uses(result.expressions)
    for variable in template.variables:
        present, value = _get(resolution.context, variable.name)
        if not present:
            continue
        changes.append({
            "kind": "value", "name": variable.name, "value": _plain(value),
            "by": resolution.origins.get(variable.name, "template default"),
            "places": uses.get(variable.name, []),
        })
    for fired in resolution.fired:
        changes.append({"kind": "rule", "rule": fired.rule, "by": f"plugin '{fired.plugin}'",
                        "description": fired.description, "set": list(fired.set),
                        "sections": dict(fired.sections), "blocks": list(fired.blocks)})
    sections = resolution.context.get("sections", {})
    for section in template.sections:
        included = bool(sections.get(section.name))
        changes.append({"kind": "section", "name": section.name, "included": included,
                        "by": resolution.origins.get(f"sections.{section.name}", "template default")})
    for placed, note in zip(resolution.blocks, result.blocks):
        changes.append({"kind": "block", "anchor": placed.block.anchor, "snippet": placed.block.snippet.name,
                        "position": placed.block.position, "by": f"rule '{placed.rule}' (plugin '{placed.plugin}')",
                        "note": note})
    if result.translation is not None:
        for part, paragraph, provider in result.translation.translated:
            changes.append({"kind": "translation", "place": f"{part} ¶{paragraph}", "locale": result.locale,
                            "by": "template library" if provider == "library" else f"plugin '{provider}'"})
        for place, words in result.translation.untranslated:
            changes.append({"kind": "untranslated", "place": place, "text": words, "locale": result.locale})
    for change in result.terms:
        for swap in change.swaps:
            changes.append({"kind": "term", "place": str(change.location), "before": swap.before,
                            "after": swap.after, "by": f"glossary {swap.glossary}"})
    for note in result.scrubbed:
        changes.append({"kind": "privacy", "removed": note})
    counts: dict[str, int] = {}
    for change in changes:
        counts[change["kind"]] = counts.get(change["kind"], 0) + 1
    return {
        "template": {"id": template.id, "title": template.title, "version": template.version},
        "region": result.region,
        "locale": result.locale,
        "output": str(result.output),
        "summary": result.summary(),
        "counts": counts,
        "warnings": result.warnings,
        "changes": changes,
    }


def render_report(result: BuildResult, fmt: str) -> str:
    """The report as JSON (``fmt="json"``) or Markdown (``fmt="md"``)."""
    data = report_data(result)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
    return _markdown(data)


def _markdown(data: dict[str, Any]) -> str:
    t = data["template"]
    lines = [f"# Adaptation report: {t['title']} {t['version']}", "",
             f"Region **{data['region']}**, locale **{data['locale']}**, written to `{data['output']}`.", ""]
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for change in data["changes"]:
        by_kind.setdefault(change["kind"], []).append(change)
    sections = [
        ("value", "Values", ["name", "value", "by", "places"]),
        ("rule", "Rules that fired", ["rule", "by", "description"]),
        ("section", "Optional sections", ["name", "included", "by"]),
        ("block", "Blocks inserted", ["anchor", "snippet", "position", "by"]),
        ("term", "Terms swapped", ["place", "before", "after", "by"]),
        ("untranslated", "Paragraphs left untranslated", ["place", "text"]),
        ("privacy", "Removed by the privacy scrub", ["removed"]),
    ]
    for kind, title, columns in sections:
        rows = by_kind.get(kind, [])
        if not rows:
            continue
        lines += [f"## {title} ({len(rows)})", "", "| " + " | ".join(columns) + " |",
                  "|" + "---|" * len(columns)]
        for row in rows:
            lines.append("| " + " | ".join(_cell(row.get(column, "")) for column in columns) + " |")
        lines.append("")
    translated = by_kind.get("translation", [])
    if translated:  # one line per source; the JSON report lists every paragraph
        sources: dict[str, int] = {}
        for row in translated:
            sources[row["by"]] = sources.get(row["by"], 0) + 1
        lines += [f"## Translation into {data['locale']} ({len(translated)} paragraphs)", ""]
        lines += [f"- {count} from the {by}" if by == "template library" else f"- {count} from {by}"
                  for by, count in sources.items()] + [""]
    if data["warnings"]:
        lines += ["## Warnings", ""] + [f"- {w}" for w in data["warnings"]] + [""]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = str(value).replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 120 else text[:119] + "…"


def _uses(expressions: list[tuple[str, int, str]]) -> dict[str, list[str]]:
    """Dotted names used in ``{{ }}`` expressions -> the places they appear."""
    uses: dict[str, list[str]] = {}
    for part, paragraph, body in expressions:
        place = f"{part} ¶{paragraph}" if paragraph else part
        for name in set(_NAME.findall(body)):
            for prefix in _prefixes(name):
                if place not in uses.setdefault(prefix, []):
                    uses[prefix].append(place)
    return uses


def _prefixes(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def _get(values: Any, dotted: str) -> tuple[bool, Any]:
    node = values
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)
