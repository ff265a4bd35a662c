"""Context rules: declarative adaptations that plugins register.

A rule says *when* it applies (region, templates, a condition on the context)
and *what* it does (set values, switch optional sections, insert blocks). Rules
run in a fixed order — stage, then priority, then id — so the result never
depends on which plugin happened to load first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from adaptkit.errors import AdaptkitError

STAGES = ("early", "normal", "late")
POSITIONS = ("after", "before", "replace")


@dataclass(frozen=True)
class Block:
    """Paragraphs from a small .docx ``snippet`` to insert at ``anchor``.

    A template marks an anchor with a paragraph holding only
    ``{#p anchor NAME #}`` (a comment, so the template still renders where no
    block is inserted). Tags in the snippet are rendered like the template's own.
    """

    anchor: str
    snippet: Path
    position: str = "after"  # after | before | replace (the anchor paragraph)


@dataclass(frozen=True)
class Rule:
    """One adaptation a plugin applies when a build matches."""

    id: str
    region: str = "global"  # applies to this region and its overlays
    templates: tuple[str, ...] = ()  # template ids; empty means every template
    when: str | None = None  # a Jinja expression over the context, e.g. "not org.registered"
    set: Mapping[str, Any] = field(default_factory=dict)  # dotted keys allowed: {"org.host": "KESWA"}
    sections: Mapping[str, bool] = field(default_factory=dict)
    insert: tuple[Block, ...] = ()
    stage: str = "normal"  # early | normal | late
    priority: int = 100  # lower runs first within a stage
    description: str = ""  # why the rule exists, shown in the report

    def check(self) -> list[str]:
        problems = []
        if not self.id:
            problems.append("a rule has no id")
        if self.stage not in STAGES:
            problems.append(f"rule '{self.id}': stage must be one of {', '.join(STAGES)}, not {self.stage!r}")
        if isinstance(self.templates, str):
            problems.append(f"rule '{self.id}': templates must be a tuple of ids, not a string")
        for block in self.insert:
            if not isinstance(block, Block):
                problems.append(f"rule '{self.id}': insert must hold Block objects")
            elif block.position not in POSITIONS:
                problems.append(f"rule '{self.id}': block position must be one of {', '.join(POSITIONS)}")
            elif not Path(block.snippet).is_file():
                problems.append(f"rule '{self.id}': snippet {block.snippet} does not exist")
        if not (self.set or self.sections or self.insert):
            problems.append(f"rule '{self.id}' does nothing: give it set, sections or insert")
        return problems

    @property
    def order(self) -> tuple[int, int, str]:
        return (STAGES.index(self.stage), self.priority, self.id)


@dataclass(frozen=True)
class RegisteredRule:
    rule: Rule
    plugin: str


@dataclass(frozen=True)
class FiredRule:
    """A rule that applied to a build, and what it did: for the adaptation report."""

    rule: str
    plugin: str
    set: tuple[str, ...]  # dotted keys it set
    sections: Mapping[str, bool]
    blocks: tuple[str, ...]  # anchors it inserted at
    description: str = ""


@dataclass(frozen=True)
class CatalogDir:
    """A folder of catalogs (``<locale>/LC_MESSAGES/<template-id>.po``) a plugin provides.

    With ``region`` set, it applies only to builds in that region (or its
    overlays) and ranks at that region's depth; without, it ranks with the
    plugin's own region.
    """

    path: Path
    region: str | None = None


@dataclass(frozen=True)
class BuildInfo:
    """What a hook needs to know about the build it runs in."""

    template: Any  # adaptkit.library.Template
    region: Any  # adaptkit.regions.ResolvedRegion
    locale: str
    context: Mapping[str, Any]


class RuleError(AdaptkitError):
    """A rule that is badly defined or does something the template does not allow."""
