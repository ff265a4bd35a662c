"""Build the values a template is rendered with.

Layers merge in a fixed order, later wins, mappings merge key by key:
template defaults < sample data (``--sample``) < ``--data`` file < ``--set``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterable, Mapping

from adaptkit.errors import DataError
from adaptkit.library import Template, Variable


def load_data_file(path: Path) -> dict[str, Any]:
    """Values from a YAML or JSON file (a mapping at the top level), or tables from a CSV or
    XLSX file (see :mod:`adaptkit.tables`)."""
    import yaml

    from adaptkit.tables import TABLE_SUFFIXES, load_table_file

    if path.suffix.lower() in TABLE_SUFFIXES:
        return load_table_file(path)
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError("data file not found", file=name, hint="check the path given to --data") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read data file ({exc})", file=name, hint="save it as UTF-8 text") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError(f"not valid JSON ({exc.msg})", file=name, where=f"line {exc.lineno} column {exc.colno}",
                            hint="fix the syntax; a JSON validator shows the exact spot") from None
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1} column {mark.column + 1}" if mark else None
            raise DataError(f"not valid YAML ({getattr(exc, 'problem', None) or exc})", file=name, where=where,
                            hint="check indentation and quote values that contain ':' or '#'") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataError(f"expected a mapping of names to values, found a {type(data).__name__}", file=name,
                        hint="write 'name: value' lines at the top level")
    return data


def parse_assignments(assignments: Iterable[str]) -> dict[str, Any]:
    """``["org.name=SWAN", "year=2027"]`` -> ``{"org": {"name": "SWAN"}, "year": "2027"}``.

    Values stay text; :func:`coerce` converts them to a declared variable's type.
    """
    result: dict[str, Any] = {}
    for assignment in assignments:
        key, separator, value = assignment.partition("=")
        key = key.strip()
        if not separator or not key or any(not part for part in key.split(".")):
            raise DataError(f"--set {assignment!r} is not key=value", hint="write e.g. --set org.name='Example Network'")
        set_dotted(result, key, value)
    return result


def set_dotted(target: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = target
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[last] = value


def get_dotted(source: Mapping[str, Any], dotted: str) -> tuple[bool, Any]:
    node: Any = source
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return False, None
        node = node[part]
    return True, node


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


_EMPTY = {"string": "", "list": [], "mapping": {}}


def template_defaults(template: Template) -> dict[str, Any]:
    """Declared defaults; an optional value declared without one starts empty (not undefined)."""
    defaults: dict[str, Any] = {}
    for variable in template.variables:
        if variable.default is not None:
            set_dotted(defaults, variable.name, variable.default)
        elif not variable.required and variable.type in _EMPTY:
            set_dotted(defaults, variable.name, type(_EMPTY[variable.type])(_EMPTY[variable.type]))
    defaults["sections"] = {section.name: section.default for section in template.sections}
    return defaults


def build_context(template: Template, layers: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Merge the layers over the template's defaults, convert declared types, check required values."""
    context = template_defaults(template)
    for layer in layers:
        context = deep_merge(context, layer)
    context = coerce_declared(template, context)
    missing = [v.name for v in template.variables if v.required and get_dotted(context, v.name)[1] in (None, "")]
    if missing:
        example = missing[0]
        raise DataError(
            f"missing required value{'s' if len(missing) > 1 else ''}: {', '.join(missing)}",
            file=template.id,
            hint=f"give {'them' if len(missing) > 1 else 'it'} with --set {example}=... or in a --data file "
            f"(or try --sample; 'adaptkit show {template.id}' describes each)",
        )
    context.setdefault("version", template.version)
    context.setdefault("template", template.summary())
    return context


def coerce_declared(template: Template, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with text given for declared variables and sections converted to their types."""
    declared = list(template.variables) + [Variable(f"sections.{s.name}", "boolean") for s in template.sections]
    converted = values
    for variable in declared:
        present, value = get_dotted(converted, variable.name)
        if present and isinstance(value, str):
            if converted is values:
                converted = deep_merge({}, values)  # copy before changing
            set_dotted(converted, variable.name, coerce(variable, value))
    return converted


def coerce(variable: Variable, value: Any) -> Any:
    """Convert text from --set to the declared type; leave structured data as it is."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        if variable.type == "integer":
            return int(text)
        if variable.type == "number":
            return float(text) if any(c in text for c in ".eE") else int(text)
        if variable.type == "boolean":
            lowered = text.lower()
            if lowered in ("true", "yes", "1", "on"):
                return True
            if lowered in ("false", "no", "0", "off"):
                return False
            raise ValueError(text)
        if variable.type == "date":
            return dt.date.fromisoformat(text)
    except ValueError:
        raise DataError(f"{variable.name} must be a {variable.type}, not {value!r}",
                        hint="dates are written YYYY-MM-DD; booleans true or false") from None
    return value
