"""Measure end-to-end cross-checking throughput on TimeBank + AQUAINT at 1x, 4x and 16x its size.

    PYTHONPATH=src python benchmarks/e2e.py [DATA_DIR] [--sizes 1,4,16] [--repeats N] [--render]
    PYTHONPATH=src python benchmarks/e2e.py [DATA_DIR] --profile SIZE

Corpus: the TEXT content (tags removed, entities decoded) of every ``*.tml`` file in the TimeBank
and AQUAINT folders of DATA_DIR (default ``$TEMPEVAL_DIR``, else
/work/shared/data/tempeval3/train), each an article whose publication date is the file's document
creation time (DCT). The data is licensed for evaluation only: it is read where it lies and never
copied into the repository.

Size k is k copies of every article, copy c of article d having the id ``c{c:02d}-{d}`` and the
publisher ``Copy Wire {c}``. Copies of one article should align with each other, so alignment has
real cross-source work to do at every size above 1. Each copy's text gets ``c`` extra trailing
newlines: the words and spans are unchanged, but no extractor cache keyed on the text can serve a
copy from an earlier one, so every copy is extracted for real.

Each size runs in its own child interpreter (so one size's memory cannot inflate another's peak),
which builds the articles, calls ``crosscheck.check`` once to warm up the lazy tables (on a
small article, so the corpus itself is never cached), and then times ``--repeats`` full calls of
``crosscheck.check(articles)`` (``--render`` adds ``render_report(report, "json")``). Sizes of 16
and more run once. Figures per size: words (runs of non-space characters), seconds (median wall
time, median and best CPU time of the process), words per second (from the CPU time: on a shared
machine it is the steadier figure), the number of events, claims and findings, and the peak
resident memory of the child (``ru_maxrss``). Between consecutive sizes the growth exponent
``log(t_b / t_a) / log(b / a)`` is printed (1.0 is linear), and overall ``log(t16/t1)/log(16)``.

``--profile SIZE`` runs cProfile over one call at that size and prints the share of CPU time by
crosscheck module (cumulative time of each extractor's ``find`` and of the alignment and judging
stages) and the twenty costliest functions. Pin to one core for figures worth comparing:

    taskset -c 1 env PYTHONPATH=src python benchmarks/e2e.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import itertools
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

_DEFAULT_DIR = "/work/shared/data/tempeval3/train"
_FOLDERS = ("TimeBank", "AQUAINT")
_TEXT_BLOCK = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_DCT = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")
_VALUE = re.compile(r'\bvalue="(\d{4}-\d\d-\d\d)')
_WORDS = re.compile(r"\S+")
_WARMUP = (
    "Turkish and Azerbaijani troops began joint drills in Nakhchivan on 5 October 2021, the "
    "Defense Ministry said. At least 12 people were killed in floods, according to the Red Cross."
)


def load_documents(root: Path) -> list[tuple[str, str, dt.date | None]]:
    """Return (name, plain TEXT, DCT) for every .tml file of the TimeBank and AQUAINT folders."""
    docs = []
    for folder in _FOLDERS:
        for path in sorted((root / folder).glob("*.tml")):
            source = path.read_text(encoding="utf-8")
            block = _TEXT_BLOCK.search(source)
            if block is None:
                continue
            dct = None
            tag = _DCT.search(source)
            if tag is not None and (value := _VALUE.search(tag.group())) is not None:
                try:
                    dct = dt.date.fromisoformat(value.group(1))
                except ValueError:
                    dct = None
            docs.append((path.stem, html.unescape(_TAG.sub("", block.group(1))), dct))
    return docs


def build_corpus(docs: list[tuple[str, str, dt.date | None]], copies: int) -> list:
    """Return ``copies`` copies of every document as articles with distinct ids and publishers."""
    from attrs import evolve

    import crosscheck

    articles = []
    for c in range(copies):
        for name, text, dct in docs:
            article = crosscheck.article_from_text(
                text + "\n" * c, id=f"c{c:02d}-{name}", published=dct, front_matter=False
            )
            articles.append(evolve(article, publisher=f"Copy Wire {c}"))
    return articles


def _child(root: Path, size: int, repeats: int, render: bool) -> dict:
    """Time the pipeline at one size in this process and return the figures."""
    import resource

    import crosscheck

    docs = load_documents(root)
    articles = build_corpus(docs, size)
    words = sum(len(_WORDS.findall(a.text)) for a in articles)
    crosscheck.check([crosscheck.article_from_text(_WARMUP, id="warm", published=dt.date(2021, 10, 6))])
    walls, cpus = [], []
    report = None
    for _ in range(repeats):
        report = None  # let the previous report go before the next run, as a caller would
        w0, c0 = time.perf_counter(), time.process_time()
        report = crosscheck.check(articles)
        if render:
            crosscheck.render_report(report, "json")
        cpus.append(time.process_time() - c0)
        walls.append(time.perf_counter() - w0)
    assert report is not None
    merged = sum(1 for e in report.events if len(e.sources) > 1)
    return {
        "size": size,
        "articles": len(articles),
        "words": words,
        "wall": statistics.median(walls),
        "cpu": statistics.median(cpus),
        "cpu_best": min(cpus),
        "runs": repeats,
        "events": len(report.events),
        "multi_source_events": merged,
        "claims": len(report.claims),
        "findings": len(report.findings),
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _profile(root: Path, size: int) -> None:
    """Print CPU shares by stage and the costliest functions of one call at ``size``."""
    import cProfile
    import pstats

    import crosscheck

    articles = build_corpus(load_documents(root), size)
    crosscheck.check([crosscheck.article_from_text(_WARMUP, id="warm", published=dt.date(2021, 10, 6))])
    profiler = cProfile.Profile()
    profiler.enable()
    crosscheck.check(articles)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    stages = {
        ("extract/dates.py", "find"): "dates.find",
        ("extract/places.py", "find"): "places.find",
        ("extract/actors.py", "find"): "actors.find",
        ("extract/attribution.py", "find"): "attribution.find",
        ("extract/counts.py", "find"): "counts.find",
        ("extract/events.py", "find"): "events.find",
        ("extract/quotes.py", "find"): "quotes.find",
        ("extract/link.py", "extract_claims"): "link.extract_claims (all extraction)",
        ("crosscheck/align.py", "align"): "align.align",
        ("crosscheck/pipeline.py", "findings_for"): "pipeline.findings_for",
        ("crosscheck/pipeline.py", "check"): "pipeline.check (everything)",
    }
    cumulative: dict[str, float] = {}
    for (filename, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for (suffix, name), label in stages.items():
            if func == name and filename.endswith(suffix):
                cumulative[label] = cumulative.get(label, 0.0) + ct
    print(f"profile at size {size}: {total:.2f} s CPU in total (profiler overhead included)")
    for label in stages.values():
        if label in cumulative:
            print(f"  {label:<40} {cumulative[label]:8.2f} s  {100 * cumulative[label] / total:5.1f} %")
    stats.sort_stats("tottime").print_stats(20)


def _run_size(root: Path, size: int, repeats: int, render: bool) -> dict:
    cmd = [sys.executable, __file__, str(root), "--child", str(size), "--repeats", str(repeats)]
    if render:
        cmd.append("--render")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=os.environ.get("TEMPEVAL_DIR", _DEFAULT_DIR))
    parser.add_argument("--sizes", default="1,4,16", help="comma-separated multiples of the corpus")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per size below 16 (median)")
    parser.add_argument("--render", action="store_true", help="also render the JSON report")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--profile", type=int, metavar="SIZE")
    args = parser.parse_args(argv)
    root = Path(args.data_dir)
    if not any((root / f).is_dir() for f in _FOLDERS):
        print(f"no TimeBank or AQUAINT folder under {root}", file=sys.stderr)
        return 2
    if args.child is not None:
        print(json.dumps(_child(root, args.child, args.repeats, args.render)))
        return 0
    if args.profile is not None:
        _profile(root, args.profile)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"crosscheck.check on TimeBank + AQUAINT ({root}); render: {'json' if args.render else 'no'}")
    header = f"{'size':>4} {'articles':>8} {'words':>9} {'wall s':>8} {'cpu s':>8} {'best s':>8} {'words/s':>9} {'events':>7} {'merged':>7} {'claims':>7} {'findings':>8} {'peak MB':>8} {'runs':>4}"
    print(header)
    results = []
    for size in sizes:
        r = _run_size(root, size, 1 if size >= 16 else args.repeats, args.render)
        results.append(r)
        print(
            f"{r['size']:>4} {r['articles']:>8} {r['words']:>9} {r['wall']:>8.2f} {r['cpu']:>8.2f} {r['cpu_best']:>8.2f} "
            f"{r['words'] / r['cpu']:>9,.0f} {r['events']:>7} {r['multi_source_events']:>7} {r['claims']:>7} "
            f"{r['findings']:>8} {r['max_rss_mb']:>8.0f} {r['runs']:>4}",
            flush=True,
        )
    for a, b in itertools.pairwise(results):
        k = math.log(b["cpu"] / a["cpu"]) / math.log(b["size"] / a["size"])
        print(f"growth {a['size']}x -> {b['size']}x: exponent {k:.2f} (1.00 is linear)")
    if len(results) > 2:
        a, b = results[0], results[-1]
        k = math.log(b["cpu"] / a["cpu"]) / math.log(b["size"] / a["size"])
        print(f"growth {a['size']}x -> {b['size']}x: exponent {k:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
