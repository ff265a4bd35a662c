"""Human and JSON descriptions of a template, for ``adaptkit show``."""

from __future__ import annotations

import json
import textwrap
from dataclasses import asdict

from adaptkit.library import Template


def describe_template(template: Template, *, as_json: bool = False) -> str:
    if as_json:
        data = template.summary() | {
            "description": template.description,
            "path": str(template.path),
            "variables": [asdict(v) for v in template.variables],
            "sections": [asdict(s) for s in template.sections],
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
    if template.sections:
        lines += ["", "Optional sections (sections.<name>):"]
        for section in template.sections:
            state = "on" if section.default else "off"
            lines.append(f"  {section.name} ({state} by default){': ' + section.description if section.description else ''}")
    if not template.variables and not template.sections:
        lines += ["", "No template.yaml: values are not declared."]
    return "\n".join(lines)
