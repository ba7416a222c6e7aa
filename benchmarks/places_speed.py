"""Measure crosscheck's place recognition speed against geotext on the same news text.

    python3 -m venv /tmp/peer-venv
    /tmp/peer-venv/bin/pip install geotext -e /work/main
    /tmp/peer-venv/bin/python benchmarks/places_speed.py [DATA_DIR] [--repeats N] [--limit-files N]

geotext belongs to this benchmark's own environment only; it is never a dependency of
crosscheck. When it cannot be imported the script says so and still prints crosscheck's figures.

Input: the TEXT content (tags removed, entities decoded) of every ``*.tml`` file of TempEval-3's
TimeBank and AQUAINT folders, read where it lies: DATA_DIR, else ``$TEMPEVAL_DIR``, else
/work/shared/data/tempeval3/train. The data is licensed for evaluation only; never copy it into
the repository. ``--limit-files N`` keeps the first N files (sorted by path) for every tool.

Figures:

- cold start: a fresh interpreter imports ``crosscheck.extract.places`` and finds the places of
  one sentence; the time of that first call (data loading included) is reported, median of
  ``--repeats`` runs (target under 200 ms).
- speed: words (runs of non-space characters) of all documents divided by the wall time of one
  pass calling each tool once per document; the median of ``--repeats`` passes (default 5). Each
  tool is warmed up on one sentence first, so loading is not counted.
  crosscheck: ``crosscheck.extract.places.find(text)``; geotext: ``GeoText(text)`` (cities,
  countries and nationalities found by its own regular expression and lookups).
- ratios: crosscheck's words per second over geotext's.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

_DEFAULT_DIR = "/work/shared/data/tempeval3/train"
_TEXT_BLOCK = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_WORDS = re.compile(r"\S+")
_WARMUP = "Troops moved from Baku to Astara, near the border with Iran, on Tuesday."
_COLD = (
    "import time; t = time.perf_counter(); import crosscheck.extract.places as p; "
    "i = time.perf_counter(); p.find({sentence!r}); e = time.perf_counter(); "
    "print(i - t, e - i)"
)


def read_texts(root: Path, limit: int | None) -> list[str]:
    """Return the tag-free TEXT of every TimeML file under ``root``'s TimeBank and AQUAINT."""
    files = sorted(p for sub in ("TimeBank", "AQUAINT") for p in (root / sub).glob("*.tml"))
    if not files:
        files = sorted(root.glob("*.tml"))
    texts = []
    for path in files[:limit]:
        block = _TEXT_BLOCK.search(path.read_text(encoding="utf-8"))
        if block:
            texts.append(html.unescape(_TAG.sub("", block.group(1))))
    return texts


def words_per_second(call, texts: list[str], words: int, repeats: int) -> tuple[float, int]:
    """Return the median words per second of ``repeats`` passes and the number of hits."""
    call(_WARMUP)
    rates, hits = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        hits = sum(call(text) for text in texts)
        rates.append(words / (time.perf_counter() - start))
    return statistics.median(rates), hits


def cold_start(repeats: int) -> tuple[float, float]:
    """Return the median import time and first-call time (seconds) in fresh interpreters."""
    src = str(Path(__file__).resolve().parent.parent / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    imports, firsts = [], []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", _COLD.format(sentence=_WARMUP)],
            capture_output=True, text=True, check=True, env=env,
        ).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    return statistics.median(imports), statistics.median(firsts)


def main(argv: list[str] | None = None) -> int:
    """Print the figures; return the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=os.environ.get("TEMPEVAL_DIR", _DEFAULT_DIR))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--limit-files", type=int, default=None)
    args = parser.parse_args(argv)

    texts = read_texts(Path(args.data_dir), args.limit_files)
    if not texts:
        print(f"no TimeML files under {args.data_dir}", file=sys.stderr)
        return 2
    words = sum(len(_WORDS.findall(t)) for t in texts)
    print(f"text: {len(texts)} documents, {words} words (TempEval-3 TimeBank + AQUAINT)")

    imported, first = cold_start(args.repeats)
    print(f"crosscheck cold start: import {imported * 1000:.0f} ms, data load + first lookup "
          f"{first * 1000:.0f} ms (target < 200 ms)")

    from crosscheck.extract.places import find

    rates: dict[str, float] = {}
    rate, hits = words_per_second(lambda t: len(find(t)), texts, words, args.repeats)
    rates["crosscheck"] = rate
    print(f"crosscheck places: {rate:,.0f} words/s, {hits} place mentions (median of {args.repeats})")

    try:
        from geotext import GeoText
    except ImportError:
        print("geotext: not installed, skipped (pip install geotext in the benchmark's venv)")
    else:
        def geotext_call(text: str) -> int:
            found = GeoText(text)
            return len(found.cities) + len(found.countries)

        rate, hits = words_per_second(geotext_call, texts, words, args.repeats)
        rates["geotext"] = rate
        print(f"geotext: {rate:,.0f} words/s, {hits} city/country mentions (median of {args.repeats})")
        print(f"ratio crosscheck/geotext: {rates['crosscheck'] / rate:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
