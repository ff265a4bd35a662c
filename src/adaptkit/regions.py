"""Regions and country overlays, and the context each one contributes.

Regions form a tree: ``global`` (the model itself), regional networks such as
``swan``, and country overlays such as ``swan/kg``. A build's *chain* is the path
from ``global`` to its region; each step adds to and overrides the one before.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Mapping

from adaptkit.errors import AdaptkitError

PAPER_SIZES = ("A4", "Letter", "Legal", "A5")
GLOBAL = "global"


@dataclass(frozen=True)
class MembershipClass:
    """A class of members, and whether it votes in the assembly."""

    name: str
    votes: bool
    description: str = ""


@dataclass(frozen=True)
class Region:
    """A regional network or a country overlay, as a plugin registers it.

    Only ``code`` and ``name`` are required; a field left as ``None`` (or empty)
    is inherited from the parent region.
    """

    code: str  # "swan", or "swan/kg" for an overlay
    name: str
    locales: tuple[str, ...] = ()  # the first is the default
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2
    currency: str | None = None  # ISO 4217
    fiscal_year_start: str | None = None  # "MM-DD"
    paper_size: str | None = None  # "A4" | "Letter" | ...
    governing_body: str | None = None  # "Management Committee"
    assembly_name: str | None = None  # "General Assembly"
    membership_classes: tuple[MembershipClass, ...] = ()
    context: Mapping[str, Any] = field(default_factory=dict)  # free values, merged into the template context
    fonts: Mapping[str, str] = field(default_factory=dict)  # script or language -> font, e.g. {"Thai": "Sarabun"}
    description: str = ""

    @property
    def parent(self) -> str | None:
        """The parent's code: ``swan`` for ``swan/kg``, ``global`` for ``swan``, None for ``global``."""
        if self.code == GLOBAL:
            return None
        return self.code.rsplit("/", 1)[0] if "/" in self.code else GLOBAL

    def check(self) -> list[str]:
        """Problems with this definition, as sentences."""
        problems = []
        if not self.code or self.code != self.code.strip().lower() or " " in self.code:
            problems.append(f"region code {self.code!r} must be lower case without spaces")
        if not self.name:
            problems.append(f"region {self.code!r} has no name")
        if self.paper_size and self.paper_size not in PAPER_SIZES:
            problems.append(f"region {self.code!r}: paper_size must be one of {', '.join(PAPER_SIZES)}")
        if self.fiscal_year_start and not _is_month_day(self.fiscal_year_start):
            problems.append(f"region {self.code!r}: fiscal_year_start must be MM-DD, not {self.fiscal_year_start!r}")
        if isinstance(self.locales, str) or isinstance(self.countries, str):
            problems.append(f"region {self.code!r}: locales and countries must be tuples, not strings")
        return problems


def _is_month_day(text: str) -> bool:
    month, _, day = text.partition("-")
    return month.isdigit() and day.isdigit() and 1 <= int(month) <= 12 and 1 <= int(day) <= 31


@dataclass(frozen=True)
class RegisteredRegion:
    """A region and the plugin that registered it."""

    region: Region
    plugin: str


@dataclass(frozen=True)
class ResolvedRegion:
    """A build's region with everything inherited along its chain filled in."""

    code: str
    name: str
    chain: tuple[RegisteredRegion, ...]  # global first
    locales: tuple[str, ...]
    countries: tuple[str, ...]
    currency: str | None
    fiscal_year_start: str | None
    paper_size: str | None
    governing_body: str | None
    assembly_name: str | None
    membership_classes: tuple[MembershipClass, ...]
    fonts: Mapping[str, str] = field(default_factory=dict)

    @property
    def plugins(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(step.plugin for step in self.chain))

    def layer_of(self, plugin: str, region: str | None = None) -> int | None:
        """Where something ``plugin`` provides (a catalog folder, a glossary) ranks in this chain,
        0 being global: at ``region`` when it names one, else at the plugin's shallowest region
        here. None when it does not apply to this build."""
        if region is not None:
            codes = [step.region.code for step in self.chain]
            return codes.index(region) if region in codes else None
        return next((depth for depth, step in enumerate(self.chain) if step.plugin == plugin), None)

    def context_layers(self) -> list[tuple[str, dict[str, Any]]]:
        """One (plugin, values) layer per step of the chain, global first."""
        layers = []
        for step in self.chain:
            region = step.region
            values: dict[str, Any] = {}
            for name in ("currency", "fiscal_year_start", "governing_body", "assembly_name"):
                if getattr(region, name) is not None:
                    values[name] = getattr(region, name)
            if region.membership_classes:
                values["membership_classes"] = [
                    {"name": c.name, "votes": c.votes, "description": c.description} for c in region.membership_classes
                ]
            values.update(dict(region.context))
            layers.append((step.plugin, values))
        return layers

    def summary(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "locales": list(self.locales),
            "countries": list(self.countries),
            "currency": self.currency,
            "fiscal_year_start": self.fiscal_year_start,
            "paper_size": self.paper_size,
            "governing_body": self.governing_body,
            "assembly_name": self.assembly_name,
            "voting_classes": [c.name for c in self.membership_classes if c.votes],
        }


class RegionError(AdaptkitError):
    """An unknown region, a bad region definition, or a locale a region does not offer."""


class RegionRegistry:
    """Every registered region, by code."""

    def __init__(self) -> None:
        self._regions: dict[str, RegisteredRegion] = {}

    def add(self, region: Region, plugin: str) -> None:
        problems = region.check()
        if problems:
            raise RegionError(problems[0], where=f"plugin '{plugin}'", hint="fix the Region(...) it registers")
        existing = self._regions.get(region.code)
        if existing is not None:
            raise RegionError(
                f"region '{region.code}' is registered by both plugin '{existing.plugin}' and plugin '{plugin}'",
                hint="disable one of them with ADAPTKIT_DISABLE_PLUGINS",
            )
        self._regions[region.code] = RegisteredRegion(region, plugin)

    def __contains__(self, code: str) -> bool:
        return code in self._regions

    def codes(self) -> list[str]:
        return sorted(self._regions, key=lambda c: (c != GLOBAL, c))

    def registered(self, code: str) -> RegisteredRegion:
        return self._regions[code]

    def resolve(self, code: str) -> ResolvedRegion:
        """The region ``code`` with its chain; unknown codes get the nearest suggestion."""
        code = code.strip().lower()
        if code not in self._regions:
            close = difflib.get_close_matches(code, self.codes(), n=1, cutoff=0.5)
            hint = f"did you mean '{close[0]}'?" if close else "run 'adaptkit regions' to list them"
            raise RegionError(f"unknown region '{code}'", hint=hint)
        chain: list[RegisteredRegion] = []
        current: str | None = code
        while current is not None:
            if current not in self._regions:
                raise RegionError(f"region '{chain[-1].region.code}' belongs to '{current}', which no plugin registers",
                                  where=f"plugin '{chain[-1].plugin}'", hint="install or enable the parent's plugin")
            step = self._regions[current]
            chain.append(step)
            current = step.region.parent
        chain.reverse()

        def inherited(name: str):
            value = None
            for step in chain:
                own = getattr(step.region, name)
                if own not in (None, (), ""):
                    value = own
            return value

        leaf = chain[-1].region
        return ResolvedRegion(
            code=leaf.code,
            name=leaf.name,
            chain=tuple(chain),
            locales=inherited("locales") or ("en",),
            countries=inherited("countries") or (),
            currency=inherited("currency"),
            fiscal_year_start=inherited("fiscal_year_start"),
            paper_size=inherited("paper_size"),
            governing_body=inherited("governing_body"),
            assembly_name=inherited("assembly_name"),
            membership_classes=inherited("membership_classes") or (),
            fonts={k: v for step in chain for k, v in step.region.fonts.items()},
        )

    def tree(self) -> list[dict[str, Any]]:
        """Regions as nested dicts, children sorted by code."""

        def node(code: str) -> dict[str, Any]:
            resolved = self.resolve(code)
            children = [c for c in self.codes() if self._regions[c].region.parent == code]
            return resolved.summary() | {"plugin": self._regions[code].plugin, "children": [node(c) for c in children]}

        roots = [c for c in self.codes() if self._regions[c].region.parent not in self._regions]
        return [node(c) for c in roots]


def normalise_locale(locale: str) -> str:
    """``pt-BR`` and ``pt_br`` both become ``pt_BR``; ``es-419`` becomes ``es_419``."""
    parts = locale.replace("-", "_").split("_")
    head = parts[0].lower()
    rest = [p.upper() if len(p) == 2 else (p.title() if len(p) == 4 else p) for p in parts[1:]]
    return "_".join([head, *rest])


def check_locale(region: ResolvedRegion, locale: str | None) -> str:
    """The build's locale: the region's first unless one it offers is asked for."""
    from adaptkit.l10n.locales import parse_locale

    if locale is None:
        return normalise_locale(region.locales[0])
    parse_locale(locale)  # an unknown locale is named as such, before asking whether the region offers it
    wanted = normalise_locale(locale)
    offered = [normalise_locale(l) for l in region.locales]  # noqa: E741
    if wanted in offered:
        return wanted
    language = wanted.split("_")[0]
    if language in offered:
        return wanted  # a territory variant of an offered language (es_419 for es)
    raise RegionError(
        f"region '{region.code}' does not offer locale '{locale}'",
        hint=f"it offers {', '.join(region.locales)}",
    )
