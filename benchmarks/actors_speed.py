"""Measure how fast crosscheck recognises actors and attributions, in words per second.

    PYTHONPATH=src python benchmarks/actors_speed.py [DATA_DIR] [--repeats N] [--profile]

Input: the TEXT content (tags removed, entities decoded) of every ``*.tml`` file of the TempEval-3
training folders TimeBank and AQUAINT, read where it lies: DATA_DIR, else ``$TEMPEVAL_DIR``, else
/work/shared/data/tempeval3/train. The data is licensed for evaluation only; never copy it into
the repository.

Speed: words (runs of non-space characters) of all documents divided by the CPU time of this
process (``time.process_time``) for one pass that calls the finder once per document; the best and
the median of ``--repeats`` passes (default 7) are printed. CPU time, not wall time, because on a
shared machine wall-clock figures swing by more than the changes being measured; pin the process
to one core (``taskset -c 1``) to compare two versions. Both
finders keep a small cache of their last results, so it is emptied before every pass and no
document is ever served from it. Figures:

- ``actors``: ``crosscheck.extract.actors.find(text)``;
- ``attributions``: ``crosscheck.extract.attribution.find(text)``, which runs the actor finder
  itself, so its figure includes actor recognition.

Each finder is called once on a short sentence first, so lazy loading of the tables is not
counted; ``--profile`` prints the ten costliest functions of one actor pass.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import statistics
import sys
import time
from pathlib import Path

from crosscheck.extract import actors, attribution

_DEFAULT_DIR = "/work/shared/data/tempeval3/train"
_TEXT_BLOCK = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_WORDS = re.compile(r"\S+")
_WARMUP = "Turkish troops arrived, the Defense Ministry said. President Ilham Aliyev told reporters."


def load_texts(root: Path) -> list[str]:
    """Return the plain TEXT of every .tml file under the TimeBank and AQUAINT folders of ``root``."""
    texts = []
    for folder in ("TimeBank", "AQUAINT"):
        for path in sorted((root / folder).glob("*.tml")):
            block = _TEXT_BLOCK.search(path.read_text(encoding="utf-8"))
            if block is not None:
                texts.append(html.unescape(_TAG.sub("", block.group(1))))
    return texts


def words_per_second(find, texts: list[str], *, repeats: int) -> tuple[float, float]:
    """Return the best and the median over ``repeats`` passes of words / CPU time of one pass."""
    words = sum(len(_WORDS.findall(t)) for t in texts)
    find(_WARMUP)
    rates = []
    for _ in range(repeats):
        actors._scan.cache_clear()  # never serve a document from the finders' cache
        started = time.process_time()
        for text in texts:
            find(text)
        rates.append(words / (time.process_time() - started))
    return max(rates), statistics.median(rates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=os.environ.get("TEMPEVAL_DIR", _DEFAULT_DIR))
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    texts = load_texts(Path(args.data_dir))
    if not texts:
        print(f"no .tml files under {args.data_dir}/TimeBank or /AQUAINT", file=sys.stderr)
        return 2
    words = sum(len(_WORDS.findall(t)) for t in texts)
    print(f"{len(texts)} documents, {words} words (TempEval-3 TimeBank + AQUAINT)")
    for label, find in (("actors", actors.find), ("attributions", attribution.find)):
        best, median = words_per_second(find, texts, repeats=args.repeats)
        print(f"{label + ':':<14}{best:>10,.0f} words/s best, {median:>10,.0f} median (CPU time)"
              + (" (actor recognition included)" if find is attribution.find else ""))
    if args.profile:
        import cProfile
        import pstats

        actors._scan.cache_clear()
        profiler = cProfile.Profile()
        profiler.enable()
        for text in texts:
            actors.find(text)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
