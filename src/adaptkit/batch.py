"""Matrix builds: every template x region x locale, in worker processes.

``adaptkit build --all`` plans one job per combination, skips the outputs
whose inputs have not changed since the last run (a hash of everything that
goes into a document: template, metadata, catalogs, plugins, data, options,
adaptkit's version), runs the rest in a process pool, reports progress, and
ends with a summary table. Each job writes atomically, so an interrupted run
(Ctrl-C) leaves every output either complete or as it was before.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from adaptkit.__about__ import __version__
from adaptkit.build import BuildSpec, build
from adaptkit.errors import AdaptkitError
from adaptkit.library import Template, library_paths, list_templates
from adaptkit.plugins import PluginSet

MANIFEST = ".adaptkit-manifest.json"


@dataclass(frozen=True)
class MatrixSpec:
    """What ``adaptkit build --all`` builds, and how."""

    base: BuildSpec  # data files, --set values, flags shared by every job (template/region/locale ignored)
    templates: str = "all"  # a template id, or "all"
    regions: str = "all"  # a region code (with its overlays), or "all"
    locales: str = "all"  # a locale, or "all": each locale the region offers
    output_dir: Path = Path("build")
    workers: int = 1
    keep_going: bool = False
    force: bool = False


@dataclass(frozen=True)
class Job:
    template: str
    region: str
    locale: str
    output: Path
    inputs: str  # hash of everything that goes into the document

    @property
    def name(self) -> str:
        return f"{self.region}/{self.locale}/{self.template}"


@dataclass
class JobResult:
    job: Job
    status: str  # "built" | "unchanged" | "failed" | "not run"
    seconds: float = 0.0
    message: str = ""


@dataclass
class MatrixResult:
    results: list[JobResult] = field(default_factory=list)
    interrupted: bool = False

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)

    @property
    def failed(self) -> bool:
        return self.interrupted or any(r.status in ("failed", "not run") for r in self.results)


def plan(spec: MatrixSpec, plugins: PluginSet) -> list[Job]:
    """One job per template x region x locale asked for, with the hash of its inputs."""
    from adaptkit.layers import region_registry
    from adaptkit.regions import check_locale

    templates = list_templates(library_paths(spec.base.libraries, plugins))
    if spec.templates != "all":
        templates = [t for t in templates if t.id == spec.templates]
        if not templates:
            from adaptkit.library import find_template

            find_template(spec.templates, library_paths(spec.base.libraries, plugins))  # raises with a hint
    registry = region_registry(plugins)
    if spec.regions == "all":
        codes = registry.codes()
    else:  # a region and its country overlays
        root = registry.resolve(spec.regions).code
        codes = [code for code in registry.codes() if code == root or code.startswith(root + "/")]
    plugin_hash = _plugins_fingerprint(plugins)
    shared = _hash_parts([__version__, plugin_hash, *(_file_bytes(p) for p in spec.base.data_files),
                          *spec.base.assignments, repr((spec.base.use_sample, spec.base.strict_l10n,
                                                        spec.base.keep_metadata))])
    jobs = []
    for template in templates:
        template_hash = _template_fingerprint(template)
        for code in codes:
            region = registry.resolve(code)
            locales = region.locales if spec.locales == "all" else [check_locale(region, spec.locales)]
            if spec.locales != "all" and spec.regions == "all" and spec.locales not in region.locales:
                continue  # only the regions that offer the locale asked for
            for locale in locales:
                output = spec.output_dir.joinpath(*code.split("/"), locale, f"{template.id}.docx")
                inputs = _hash_parts([shared, template_hash, code, locale])
                jobs.append(Job(template.id, code, locale, output, inputs))
    return jobs


def run(spec: MatrixSpec, plugins: PluginSet, progress: Callable[[JobResult, int, int], None] | None = None
        ) -> MatrixResult:
    """Build every planned job that is out of date; never raises for a failed job."""
    jobs = plan(spec, plugins)
    manifest_path = spec.output_dir / MANIFEST
    manifest = _read_manifest(manifest_path)
    outcome = MatrixResult()
    todo: list[Job] = []
    for job in jobs:
        key = job.output.relative_to(spec.output_dir).as_posix()
        if not spec.force and manifest.get(key) == job.inputs and job.output.is_file():
            outcome.results.append(JobResult(job, "unchanged"))
            if progress:
                progress(outcome.results[-1], len(outcome.results), len(jobs))
        else:
            todo.append(job)
    try:
        for result in _execute(todo, spec, plugins):
            outcome.results.append(result)
            if result.status == "built":
                manifest[result.job.output.relative_to(spec.output_dir).as_posix()] = result.job.inputs
            if progress:
                progress(result, len(outcome.results), len(jobs))
    except KeyboardInterrupt:
        outcome.interrupted = True
    finally:
        done = {r.job for r in outcome.results}
        outcome.results += [JobResult(job, "not run") for job in todo if job not in done]
        _write_manifest(manifest_path, manifest)
    return outcome


def _execute(jobs: list[Job], spec: MatrixSpec, plugins: PluginSet) -> Iterable[JobResult]:
    if not jobs:
        return
    if spec.workers <= 1:
        for job in jobs:
            result = _build_job(job, spec.base, plugins)
            yield result
            if result.status == "failed" and not spec.keep_going:
                return
        return
    with ProcessPoolExecutor(max_workers=spec.workers) as pool:
        pending: dict[Future, Job] = {}
        queue = list(jobs)
        stop = False
        try:
            while queue or pending:
                while queue and not stop and len(pending) < spec.workers * 2:
                    job = queue.pop(0)
                    pending[pool.submit(_build_job, job, spec.base, None)] = job
                if not pending:
                    break
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    pending.pop(future)
                    result = future.result()
                    yield result
                    if result.status == "failed" and not spec.keep_going:
                        stop = True
                if stop:
                    queue.clear()
        except BaseException:
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _build_job(job: Job, base: BuildSpec, plugins: PluginSet | None) -> JobResult:
    """One build, in this process or a worker; failures become results, not exceptions."""
    start = time.perf_counter()
    spec = replace(base, template=job.template, region=job.region, locale=job.locale, output=job.output)
    try:
        build(spec, plugins)
    except AdaptkitError as exc:
        return JobResult(job, "failed", time.perf_counter() - start, str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug in one job must not hide the others' results
        return JobResult(job, "failed", time.perf_counter() - start, f"internal error: {type(exc).__name__}: {exc}")
    return JobResult(job, "built", time.perf_counter() - start)


# -- what goes into a document ------------------------------------------------------------------


def _hash_parts(parts: Iterable[bytes | str]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _file_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        return b""


def _tree_parts(folder: Path) -> list[bytes | str]:
    parts: list[bytes | str] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        parts += [path.relative_to(folder).as_posix(), _file_bytes(path)]
    return parts


def _template_fingerprint(template: Template) -> str:
    """The template's folder (docx, yaml, catalogs), or the lone .docx."""
    if template.metadata_path is None:
        return _hash_parts([_file_bytes(template.path)])
    return _hash_parts(_tree_parts(template.directory))


def _plugins_fingerprint(plugins: PluginSet) -> str:
    """Each loaded plugin's files: a package's whole folder (snippets, glossaries, catalogs), or its file."""
    parts: list[bytes | str] = []
    for info in plugins.loaded:
        parts.append(info.name)
        if info.path:
            path = Path(info.path)
            parts += _tree_parts(path.parent) if path.name == "__init__.py" else [_file_bytes(path)]
    return _hash_parts(parts)


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_manifest(path: Path, manifest: dict[str, str]) -> None:
    from adaptkit.output import write_atomically

    if manifest or path.exists():
        write_atomically(path, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode("utf-8"))


# -- progress and summary -------------------------------------------------------------------------


class Progress:
    """A bar on a terminal; plain lines otherwise (CI logs, files)."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty() and os.environ.get("TERM") != "dumb"

    def __call__(self, result: JobResult, done: int, total: int) -> None:
        if self.tty:
            width = 30
            filled = int(width * done / max(total, 1))
            line = f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {result.job.name}"
            self.stream.write(line[:120].ljust(120))
            if done == total:
                self.stream.write("\n")
        else:
            seconds = f" ({result.seconds:.1f} s)" if result.seconds else ""
            self.stream.write(f"[{done}/{total}] {result.status} {result.job.name}{seconds}\n")
        self.stream.flush()


def summary_table(outcome: MatrixResult) -> str:
    rows = [("region", "locale", "template", "status", "seconds")]
    for result in sorted(outcome.results, key=lambda r: (r.job.region, r.job.locale, r.job.template)):
        rows.append((result.job.region, result.job.locale, result.job.template, result.status,
                     f"{result.seconds:.1f}" if result.seconds else ""))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    failures = [f"{r.job.name}: {r.message}" for r in outcome.results if r.status == "failed"]
    totals = (f"{outcome.count('built')} built, {outcome.count('unchanged')} unchanged, "
              f"{outcome.count('failed')} failed" + (f", {outcome.count('not run')} not run" if outcome.count("not run")
                                                     else ""))
    if outcome.interrupted:
        totals += " (interrupted)"
    return "\n".join(lines + ([""] + ["failed: " + f for f in failures] if failures else []) + ["", totals])
