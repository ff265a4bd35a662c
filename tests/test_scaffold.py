"""``adaptkit new-plugin`` end to end: generate, pip install, see it listed, run its own tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path


def test_new_plugin_refuses_to_overwrite(run, tmp_path: Path):
    assert run("new-plugin", "my-net").exit_code == 0
    result = run("new-plugin", "my-net")
    assert result.exit_code == 1
    assert "adaptkit-my-net: already exists" in result.stderr


def test_bad_names_are_refused(run):
    result = run("new-plugin", "9lives")
    assert result.exit_code == 1 and "must start with a letter" in result.stderr
    result = run("new-plugin", "ok", "--region", "Bad Code")
    assert result.exit_code == 1 and "region code 'bad code'" in result.stderr


def test_generated_plugin_installs_lists_and_passes_its_tests(run, tmp_path: Path):
    result = run("new-plugin", "Lagos Collective", "--region", "lagos", "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    package = tmp_path / "adaptkit-lagos-collective"
    assert (package / "pyproject.toml").is_file()

    # A fresh environment that sees this adaptkit, so the install is real and isolated from other tests.
    environment = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(environment)
    python = environment / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADAPTKIT_")}
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                    "--no-build-isolation", "--quiet", str(package)], check=True, env=env, timeout=300)

    listed = subprocess.run([str(python), "-m", "adaptkit", "plugins", "--json"], capture_output=True, text=True,
                            check=True, env=env, cwd=tmp_path)
    rows = {row["name"]: row for row in json.loads(listed.stdout)}
    assert rows["lagos_collective"]["source"] == "entry point"
    assert rows["lagos_collective"]["entry_point"] == "adaptkit_lagos_collective"
    assert rows["lagos_collective"]["regions"] == ["lagos"]

    tests = subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(package / "tests")],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "3 passed" in tests.stdout
