"""Matrix build speed-up from worker processes.

    python benchmarks/bench_matrix.py [--jobs 2] [--repeat 2]

Builds the whole bundled matrix (every template x region x locale, sample
values, --force so nothing is skipped) with -j 1 and with -j N, in turn, each
into its own temporary folder, and prints the times and the speed-up.
Target: -j 2 at least 1.7x faster than -j 1.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run_matrix(jobs: int, output: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "adaptkit", "build", "--all", "--sample", "--force", "-j", str(jobs),
                    "-o", str(output)], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    serial, parallel = [], []
    with tempfile.TemporaryDirectory() as folder:
        for index in range(args.repeat):
            serial.append(run_matrix(1, Path(folder) / f"serial{index}"))
            parallel.append(run_matrix(args.jobs, Path(folder) / f"parallel{index}"))
        count = len(list((Path(folder) / "serial0").rglob("*.docx")))
    print(f"{count} documents, best of {args.repeat}")
    print(f"-j 1:          {min(serial):6.2f} s")
    print(f"-j {args.jobs}:          {min(parallel):6.2f} s")
    print(f"speed-up:      {min(serial) / min(parallel):6.2f}x   (target: at least 1.7x with -j 2)")


if __name__ == "__main__":
    main()
