"""Resolve what one build adapts to: region chain, locale, rules, and the merged context.

Context merges in a fixed order, later wins, mappings key by key::

    template defaults < sample values (--sample) < global < region < country overlay
        < rules < --data files < --set

Sample values only fill what the template needs to render, so a region's own
names win over them; rules sit above the regions, since they refine them, and
below what the user gives, since the user always has the last word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from adaptkit.context import (
    build_context,
    coerce_declared,
    deep_merge,
    get_dotted,
    set_dotted,
    template_defaults,
)
from adaptkit.library import Template
from adaptkit.plugins import PluginSet
from adaptkit.regions import (
    GLOBAL,
    Region,
    RegionRegistry,
    ResolvedRegion,
    check_locale,
)
from adaptkit.rules import Block, FiredRule, RegisteredRule, Rule, RuleError


@dataclass(frozen=True)
class PlacedBlock:
    """A block a fired rule inserts, with who asked for it."""

    block: Block
    rule: str
    plugin: str


@dataclass(frozen=True)
class Resolution:
    """Everything a build adapts to, ready for rendering."""

    region: ResolvedRegion
    locale: str
    context: dict[str, Any]
    fired: tuple[FiredRule, ...]
    blocks: tuple[PlacedBlock, ...]
    origins: dict[str, str]  # declared variable or "sections.<name>" -> which layer gave its value


def region_registry(plugins: PluginSet) -> RegionRegistry:
    registry = RegionRegistry()
    for region, plugin in plugins.collect("register_regions", Region):
        registry.add(region, plugin)
    for info in plugins.loaded:
        info.regions = sorted(code for code in registry.codes() if registry.registered(code).plugin == info.name)
    return registry


def registered_rules(plugins: PluginSet, registry: RegionRegistry | None = None) -> list[RegisteredRule]:
    rules = []
    seen: dict[str, str] = {}
    for rule, plugin in plugins.collect("register_rules", Rule):
        problems = rule.check()
        if registry is not None and rule.region not in registry:
            problems.append(f"rule '{rule.id}' applies to region '{rule.region}', which no plugin registers")
        if problems:
            raise RuleError(problems[0], where=f"plugin '{plugin}'", hint="fix the Rule(...) it registers")
        if rule.id in seen:
            raise RuleError(f"rule '{rule.id}' is registered by both plugin '{seen[rule.id]}' and plugin '{plugin}'",
                            hint="rule ids must be unique; prefix them with the region code")
        seen[rule.id] = plugin
        rules.append(RegisteredRule(rule, plugin))
    return sorted(rules, key=lambda r: r.rule.order)


def resolve(
    template: Template,
    plugins: PluginSet,
    region_code: str | None,
    locale: str | None,
    user_layers: Sequence[Mapping[str, Any]],
    *,
    use_sample: bool = False,
) -> Resolution:
    registry = region_registry(plugins)
    if region_code is None and GLOBAL not in registry:
        # The global plugin is disabled: build the model as it is, with no region's values.
        registry.add(Region(code=GLOBAL, name="No region", locales=("en",)), "adaptkit")
    region = registry.resolve(region_code or GLOBAL)
    chosen_locale = check_locale(region, locale)
    layers: list[tuple[str, Mapping[str, Any]]] = [("template default", template_defaults(template))]
    if use_sample:
        layers.append(("sample values", template.sample))
    layers += [(f"region {step.region.code} (plugin '{plugin}')", values)
               for step, (plugin, values) in zip(region.chain, region.context_layers())]
    base: dict[str, Any] = {}
    for _, values in layers:
        base = deep_merge(base, values)
    base = deep_merge(base, {"region": region.summary(), "locale": chosen_locale})
    user: dict[str, Any] = {}
    for layer in user_layers:
        user = deep_merge(user, layer)
    user = coerce_declared(template, user)  # conditions compare real types, as the template will

    chain = {step.region.code for step in region.chain}
    declared_sections = {section.name for section in template.sections}
    rule_layer: dict[str, Any] = {}
    fired: list[FiredRule] = []
    blocks: list[PlacedBlock] = []
    rule_origins: dict[str, str] = {}
    for registered in registered_rules(plugins, registry):
        rule, plugin = registered.rule, registered.plugin
        if rule.region not in chain or (rule.templates and template.id not in rule.templates):
            continue
        view = deep_merge(deep_merge(base, rule_layer), user)
        view["template"] = template.summary()
        if rule.when and not _condition(rule, plugin, view):
            continue
        for section in rule.sections:
            if section not in declared_sections:
                raise RuleError(
                    f"rule '{rule.id}' (plugin '{plugin}') switches section '{section}', "
                    f"which template '{template.id}' does not declare",
                    hint="declare it under sections: in template.yaml, or limit the rule with templates=(...)",
                )
        for key, value in rule.set.items():
            set_dotted(rule_layer, key, value)
            rule_origins[key] = f"rule '{rule.id}' (plugin '{plugin}')"
        for section, state in rule.sections.items():
            set_dotted(rule_layer, f"sections.{section}", bool(state))
            rule_origins[f"sections.{section}"] = f"rule '{rule.id}' (plugin '{plugin}')"
        blocks += [PlacedBlock(block, rule.id, plugin) for block in rule.insert]
        fired.append(FiredRule(rule.id, plugin, tuple(rule.set), dict(rule.sections),
                               tuple(b.anchor for b in rule.insert), rule.description))

    context = build_context(template, [base, rule_layer, user])
    origins = _origins(template, layers, rule_origins, user)
    return Resolution(region, chosen_locale, context, tuple(fired), tuple(blocks), origins)


def _origins(template: Template, layers: list[tuple[str, Mapping[str, Any]]], rule_origins: dict[str, str],
             user: Mapping[str, Any]) -> dict[str, str]:
    """Which layer gave each declared value its final value, for the adaptation report."""
    names = [v.name for v in template.variables] + [f"sections.{s.name}" for s in template.sections]
    origins: dict[str, str] = {}
    for name in names:
        for label, values in layers:
            if get_dotted(values, name)[0]:
                origins[name] = label
        if name in rule_origins:
            origins[name] = rule_origins[name]
        if get_dotted(user, name)[0]:
            origins[name] = "--data / --set"
    return origins


def _condition(rule: Rule, plugin: str, view: Mapping[str, Any]) -> bool:
    from jinja2 import ChainableUndefined, TemplateSyntaxError
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment(undefined=ChainableUndefined)
    try:
        expression = environment.compile_expression(rule.when, undefined_to_none=True)
    except TemplateSyntaxError as exc:
        raise RuleError(f"rule '{rule.id}' (plugin '{plugin}') has a bad condition {rule.when!r}: {exc.message}",
                        hint="write a Jinja expression such as \"not org.registered\"") from None
    try:
        return bool(expression(**view))
    except Exception as exc:  # noqa: BLE001
        raise RuleError(f"rule '{rule.id}' (plugin '{plugin}'): condition {rule.when!r} failed: {exc}",
                        hint="check the names the condition uses") from None
