"""Find, load and call plugins.

Where plugins come from, in this order:

1. the ``adaptkit`` entry point group: bundled region plugins and third-party
   packages alike (``[project.entry-points.adaptkit] myregion = "my_package"``);
2. ``./adaptkit_plugins/*.py`` in the working folder, picked up automatically;
3. ``--plugins-dir DIR``: every ``*.py`` file in DIR is a single-file plugin.

Switches: ``ADAPTKIT_LOAD_PLUGINS=a,b`` loads only the named plugins (set but
empty: none); ``ADAPTKIT_DISABLE_PLUGINS=a,b`` skips the named ones, bundled
ones included. A plugin that fails to import is skipped with a warning naming
it, except when it was asked for with ``--plugins-dir`` or when
``ADAPTKIT_STRICT_PLUGINS=1``: then it is an error.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import pluggy

from adaptkit import hookspecs
from adaptkit.errors import AdaptkitError

ENTRY_POINT_GROUP = "adaptkit"
LOCAL_PLUGIN_DIR = "adaptkit_plugins"


class PluginError(AdaptkitError):
    """A plugin failed to load, raised inside a hook, or registered something wrong."""


@dataclass
class PluginInfo:
    """What ``adaptkit plugins`` shows about one plugin."""

    name: str
    source: str  # "entry point" | "directory"
    entry_point: str | None = None  # "adaptkit_regions.swan"
    path: str | None = None
    version: str | None = None
    status: str = "loaded"  # loaded | disabled | failed
    error: str | None = None
    hooks: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k not in ("error",)}
        if self.error:
            data["error"] = self.error
        return data


# Plugins added in-process (adaptkit.testing uses this); name -> object.
_EXTRA_PLUGINS: dict[str, object] = {}


def add_plugin(plugin: object, name: str) -> None:
    """Register ``plugin`` for every later :func:`load_plugins` in this process."""
    _EXTRA_PLUGINS[name] = plugin
    _CACHE.clear()


def remove_plugin(name: str) -> None:
    _EXTRA_PLUGINS.pop(name, None)
    _CACHE.clear()


class PluginSet:
    """The loaded plugins of one command, with safe ways to call their hooks."""

    def __init__(self, manager: pluggy.PluginManager, infos: list[PluginInfo], warnings: list[str]) -> None:
        self.manager = manager
        self.infos = infos
        self.warnings = warnings
        self._registered: dict[str, list[tuple[Any, str]]] = {}

    @property
    def loaded(self) -> list[PluginInfo]:
        return [info for info in self.infos if info.status == "loaded"]

    def failed(self) -> list[PluginInfo]:
        return [info for info in self.infos if info.status == "failed"]

    def collect(self, hook: str, expected: type | tuple[type, ...]) -> list[tuple[Any, str]]:
        """Call a ``register_*`` hook on every plugin; (object, plugin name) pairs, by plugin name."""
        if hook in self._registered:
            return self._registered[hook]
        found: list[tuple[Any, str]] = []
        for plugin_name, function in self._implementations(hook):
            expected_name = expected.__name__ if isinstance(expected, type) else " or ".join(t.__name__ for t in expected)

            def register(obj: Any, _plugin: str = plugin_name) -> None:
                if not isinstance(obj, expected):
                    raise PluginError(
                        f"plugin '{_plugin}' registered a {type(obj).__name__} in hook {hook}, expected {expected_name}",
                        hint=f"pass {expected_name} objects to register(); see docs/plugins.md",
                    )
                found.append((obj, _plugin))

            result = self._call(plugin_name, hook, function, {"register": register})
            if result is not None:
                raise PluginError(
                    f"plugin '{plugin_name}' returned a value from hook {hook}",
                    hint="register objects with the register callback instead of returning them",
                )
        self._registered[hook] = found
        return found

    def call(self, hook: str, only: Iterable[str] | None = None, **kwargs: Any) -> None:
        """Call a hook on every plugin (or on ``only`` those, in that order)."""
        implementations = dict(self._implementations(hook))
        names = list(only) if only is not None else sorted(implementations)
        for name in names:
            if name in implementations:
                self._call(name, hook, implementations[name], kwargs)

    def implementers(self, hook: str) -> list[str]:
        return [name for name, _ in self._implementations(hook)]

    def _implementations(self, hook: str) -> list[tuple[str, Callable]]:
        caller = getattr(self.manager.hook, hook)
        pairs = [(impl.plugin_name, impl) for impl in caller.get_hookimpls()]
        return [(name, impl) for name, impl in sorted(pairs, key=lambda pair: pair[0])]

    def _call(self, plugin_name: str, hook: str, impl: Any, kwargs: dict[str, Any]) -> Any:
        arguments = {name: kwargs[name] for name in impl.argnames if name in kwargs}
        try:
            return impl.function(**arguments)
        except AdaptkitError:
            raise
        except Exception as exc:
            raise PluginError(
                f"plugin '{plugin_name}' failed in hook {hook}: {type(exc).__name__}: {exc}",
                hint=f"fix the plugin or disable it with ADAPTKIT_DISABLE_PLUGINS={plugin_name}",
            ) from exc


_CACHE: dict[tuple, PluginSet] = {}


def load_plugins(plugin_dirs: Sequence[Path] = (), *, cwd: Path | None = None) -> PluginSet:
    """Discover and load plugins; cached per process for the same inputs."""
    local = (cwd or Path.cwd()) / LOCAL_PLUGIN_DIR
    key = (
        tuple(str(Path(d).resolve()) for d in plugin_dirs),
        str(local.resolve()) if local.is_dir() else "",
        os.environ.get("ADAPTKIT_LOAD_PLUGINS"),
        os.environ.get("ADAPTKIT_DISABLE_PLUGINS", ""),
        os.environ.get("ADAPTKIT_STRICT_PLUGINS", ""),
        tuple(_EXTRA_PLUGINS),
    )
    if key not in _CACHE:
        _CACHE[key] = _load(list(plugin_dirs), local)
    return _CACHE[key]


def _names(variable: str) -> set[str] | None:
    value = os.environ.get(variable)
    if value is None:
        return None
    return {name.strip() for name in value.split(",") if name.strip()}


def _load(plugin_dirs: list[Path], local: Path) -> PluginSet:
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    allowed = _names("ADAPTKIT_LOAD_PLUGINS")
    disabled = _names("ADAPTKIT_DISABLE_PLUGINS") or set()
    strict = os.environ.get("ADAPTKIT_STRICT_PLUGINS", "") not in ("", "0")
    infos: list[PluginInfo] = []
    warnings: list[str] = []

    candidates: list[tuple[PluginInfo, Callable[[], object], bool]] = []
    for entry_point in _entry_points():
        info = PluginInfo(entry_point.name, "entry point", entry_point.value,
                          version=entry_point.dist.version if entry_point.dist else None)
        candidates.append((info, entry_point.load, strict))
    for folder, explicit in [(local, False)] + [(Path(d), True) for d in plugin_dirs]:
        if explicit and not folder.is_dir():
            raise PluginError("plugins folder not found", file=str(folder), hint="check the path given to --plugins-dir")
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.py")):
            if path.name.startswith("_"):
                continue
            info = PluginInfo(path.stem, "directory", path=str(path.resolve()))
            candidates.append((info, lambda p=path: _import_file(p), strict or explicit))
    for name, plugin in _EXTRA_PLUGINS.items():
        candidates.append((PluginInfo(name, "in process"), lambda p=plugin: p, True))

    seen: dict[str, PluginInfo] = {}
    for info, loader, fail_hard in candidates:
        infos.append(info)
        if (allowed is not None and info.name not in allowed) or info.name in disabled:
            info.status = "disabled"
            continue
        if info.name in seen:
            info.status, info.error = "failed", f"another plugin is already named '{info.name}' ({seen[info.name].source})"
            warnings.append(f"plugin '{info.name}' skipped: {info.error}")
            continue
        plugin = None
        try:
            plugin = loader()
            manager.register(plugin, name=info.name)
            manager.check_pending()  # a misspelt hook name is an error, not silence
        except Exception as exc:  # noqa: BLE001 - any import failure is the plugin's, and is reported as such
            if plugin is not None and manager.is_registered(plugin):
                manager.unregister(plugin)
            info.status, info.error = "failed", _describe_failure(exc, info)
            message = f"plugin '{info.name}' failed to load: {info.error}"
            if fail_hard:
                raise PluginError(message, hint=_disable_hint(info)) from exc
            warnings.append(f"{message} — skipped ({_disable_hint(info)})")
            continue
        seen[info.name] = info
        if info.path is None:
            info.path = getattr(plugin, "__file__", None)
        info.hooks = sorted({impl.name for impl in manager.get_hookcallers(plugin) or []})
    return PluginSet(manager, infos, warnings)


def _entry_points() -> list[Any]:
    from importlib.metadata import entry_points

    return sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def _import_file(path: Path) -> object:
    module_name = f"adaptkit_plugin_{path.stem}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(module_name, None)
        raise
    return module


def _describe_failure(exc: BaseException, info: PluginInfo) -> str:
    if isinstance(exc, SyntaxError):
        return f"{exc.filename or info.path}: line {exc.lineno}: {exc.msg}"
    frames = traceback.extract_tb(exc.__traceback__)
    own = [f for f in frames if info.path and Path(f.filename) == Path(info.path)]
    where = f"{own[-1].filename}: line {own[-1].lineno}: " if own else ""
    return f"{where}{type(exc).__name__}: {exc}"


def _disable_hint(info: PluginInfo) -> str:
    if info.source == "directory":
        return f"fix or remove {info.path}"
    return f"fix it, or disable it with ADAPTKIT_DISABLE_PLUGINS={info.name}"
