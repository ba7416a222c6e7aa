"""Print the wall time of `crosscheck report` on the seeds and the import time of crosscheck.

    python benchmarks/seeds_timing.py [--runs N]

Each figure is the median of N runs of a fresh interpreter (default 11).
"""

from __future__ import annotations

import argparse
import glob
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    seeds = sorted(glob.glob(str(ROOT / "seeds" / "*.txt")))
    report = [sys.executable, "-m", "crosscheck", "report", *seeds]
    report_json = [sys.executable, "-m", "crosscheck", "report", "--format", "json", *seeds]
    bare = [sys.executable, "-c", "pass"]
    imp = [sys.executable, "-c", "import crosscheck"]
    rows = [
        ("python -c pass (interpreter start)", bare),
        ("python -c 'import crosscheck'", imp),
        ("crosscheck report seeds/*.txt", report),
        ("crosscheck report --format json seeds/*.txt", report_json),
    ]
    _wall(report)  # warm the file cache and any compiled data
    medians = {}
    for label, cmd in rows:
        medians[label] = statistics.median(_wall(cmd) for _ in range(args.runs))
    start = medians[rows[0][0]]
    print(f"median of {args.runs} runs, {Path(sys.executable).name} {sys.version.split()[0]}")
    for label, _ in rows:
        print(f"  {label:<48} {medians[label] * 1000:8.1f} ms")
    print(f"  {'import crosscheck, beyond interpreter start':<48} {(medians[rows[1][0]] - start) * 1000:8.1f} ms")
    target = 1.0
    verdict = "meets" if medians[rows[2][0]] < target else "misses"
    print(f"report on the seeds {verdict} the {target:.0f} s target ({medians[rows[2][0]] / target:.2f} of it)")


if __name__ == "__main__":
    main()
