"""Human and JSON descriptions of templates, regions and plugins for the listing commands."""

from __future__ import annotations

import json
import textwrap
from dataclasses import asdict
from typing import TYPE_CHECKING

from adaptkit.library import Template

if TYPE_CHECKING:  # pragma: no cover
    from adaptkit.plugins import PluginInfo
    from adaptkit.regions import RegionRegistry


def describe_template(template: Template, *, as_json: bool = False) -> str:
    if as_json:
        data = template.summary() | {
            "description": template.description,
            "path": str(template.path),
            "variables": [asdict(v) for v in template.variables],
            "sections": [asdict(s) for s in template.sections],
            "anchors": [{"name": name, "description": text} for name, text in template.anchors],
        }
        return json.dumps(data, indent=2, ensure_ascii=False, default=str)
    lines = [f"{template.title} ({template.id}, {template.kind}, version {template.version})"]
    if template.description:
        lines += textwrap.wrap(template.description, 78, initial_indent="  ", subsequent_indent="  ")
    if template.variables:
        lines += ["", "Values:"]
        width = max(len(v.name) for v in template.variables)
        for variable in template.variables:
            if variable.required:
                need = "required"
            elif variable.default is not None:
                need = f"default: {variable.default}"
            else:
                need = "optional"
            lines.append(f"  {variable.name.ljust(width)}  {variable.type}, {need}")
            if variable.description:
                lines += textwrap.wrap(variable.description, 74, initial_indent=" " * (width + 4),
                                       subsequent_indent=" " * (width + 4))
    if template.anchors:
        lines += ["", "Anchors where region plugins may insert blocks:"]
        for name, text in template.anchors:
            lines.append(f"  {name}{': ' + text if text else ''}")
    if template.sections:
        lines += ["", "Optional sections (sections.<name>):"]
        for section in template.sections:
            state = "on" if section.default else "off"
            lines.append(f"  {section.name} ({state} by default){': ' + section.description if section.description else ''}")
    if not template.variables and not template.sections:
        lines += ["", "No template.yaml: values are not declared."]
    return "\n".join(lines)


def describe_templates(templates: list[Template], *, as_json: bool = False) -> str:
    rows = [t.summary() for t in templates]
    if as_json:
        return json.dumps(rows, indent=2, ensure_ascii=False)
    return _table(rows, ("id", "title", "kind", "version"))


def describe_regions(registry: "RegionRegistry", *, as_json: bool = False) -> str:
    tree = registry.tree()
    if as_json:
        return json.dumps(tree, indent=2, ensure_ascii=False)
    lines: list[str] = []

    def walk(node: dict, depth: int) -> None:
        details = f"{', '.join(node['locales'])}"
        if node["currency"]:
            details += f"; {node['currency']}"
        lines.append(f"{'  ' * depth}{node['code']:<{16 - 2 * depth}} {node['name']}  [{details}]")
        for child in node["children"]:
            walk(child, depth + 1)

    for root in tree:
        walk(root, 0)
    return "\n".join(lines)


def describe_plugins(infos: list["PluginInfo"], *, as_json: bool = False) -> str:
    rows = [info.as_dict() for info in infos]
    if as_json:
        return json.dumps(rows, indent=2, ensure_ascii=False)
    table = [{"name": r["name"], "version": r["version"] or "", "source": r["source"], "status": r["status"],
              "regions": ", ".join(r["regions"]), "hooks": ", ".join(r["hooks"])} for r in rows]
    text = _table(table, ("name", "version", "source", "status", "regions", "hooks"))
    failures = [f"{r['name']}: {r['error']}" for r in rows if r.get("error")]
    return text + ("\n\nFailed:\n" + "\n".join(f"  {line}" for line in failures) if failures else "")


def _table(rows: list[dict[str, str]], columns: tuple[str, ...]) -> str:
    widths = {key: max([len(key)] + [len(str(row[key])) for row in rows]) for key in columns}
    lines = []
    for row in [{key: key for key in columns}] + rows:
        lines.append("  ".join(str(row[key]).ljust(widths[key]) for key in columns).rstrip())
    return "\n".join(lines)


def describe_stats(rows: list, *, as_json: bool = False) -> str:
    """``adaptkit i18n stats``: one row per template and locale."""
    if as_json:
        return json.dumps([asdict(row) | {"percent": round(row.percent, 1)} for row in rows], indent=2)
    table = [{"template": r.template, "locale": r.locale, "translated": str(r.translated), "fuzzy": str(r.fuzzy),
              "untranslated": str(r.untranslated), "total": str(r.total), "done": f"{r.percent:.0f}%"} for r in rows]
    return _table(table, ("template", "locale", "translated", "fuzzy", "untranslated", "total", "done"))
