"""Compare the speed and day accuracy of crosscheck's date finder with dateparser and datefinder.

    python3 -m venv /tmp/peer-venv
    /tmp/peer-venv/bin/pip install dateparser datefinder -e /work/main
    /tmp/peer-venv/bin/python benchmarks/temporal_speed.py [DATA_DIR] [--repeats N] [--limit-files N]

The peers (dateparser, datefinder) belong to this benchmark's own environment only; they are never
dependencies of crosscheck. When one of them cannot be imported the script says so and still
reports the figures of the others (crosscheck's own figure is always printed).

Input: the TEXT content (tags removed, entities decoded) of every ``*.tml`` file of TimeBank,
read where it lies: DATA_DIR, else ``$TEMPEVAL_DIR``, else /work/shared/data/tempeval3/train
(``TimeBank`` is appended when the folder holds one). The data is licensed for evaluation only;
never copy it into the repository. ``--limit-files N`` keeps the first N files (sorted by name)
for every tool, so the ratios always compare the same text.

Tools and calls (each document is one call; the document creation time is passed as the
reference date where the tool takes one, so relative expressions resolve the same way):

- crosscheck: ``crosscheck.extract.dates.find(text, anchor=dct)``.
- dateparser: ``dateparser.search.search_dates(text, languages=['en'],
  settings={'RELATIVE_BASE': dct})``.
- datefinder: ``list(datefinder.find_dates(text, source=True, base_date=dct))``.

Speed: words (runs of non-space characters) of all documents divided by the wall time of one
pass over them. The tools are interleaved: ``--repeats`` rounds (default 3), in each of which
every tool in turn makes passes back to back until they add up to ``--min-seconds`` (default 1;
at least one pass), so a noisy moment on a shared machine slows every tool of that round rather
than one tool's whole block, and a tool whose pass takes a tenth of a second is not timed on a
single tenth of a second. A round's figure for a tool is its passes' total time over their
number (the passes per round are printed). Per tool the figure is the median words/s over the
rounds (and the median seconds per pass); each ratio crosscheck/peer is the median over the
rounds of that round's ratio. Each tool is called once on a short sentence first, so lazy data
loading is not counted.

Accuracy: the gold set is every TIMEX3 of type DATE inside TEXT whose value is a full date
``YYYY-MM-DD``. A gold timex is correct for a tool when the tool produced a date whose character
span overlaps the timex and whose day equals the gold value. For crosscheck that is a ``date``
mention whose interval is that single day. dateparser and datefinder return matched substrings;
they are located in the text in the order returned (each search starting where the previous match
began, falling back to the start of the text), and their datetime's date is the day. Accuracy =
correct / gold full-date timexes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import re
import statistics
import sys
import time
from pathlib import Path

_DEFAULT_DIR = "/work/shared/data/tempeval3/train"
_TEXT_BLOCK = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*?)/?>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_ATTR = re.compile(r'([A-Za-z]+)="([^"]*)"')
_DCT = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORDS = re.compile(r"\S+")
_WARMUP = "The talks began on Monday, March 3, 1998, and ended two weeks later."


def load_docs(folder: Path, limit: int | None = None) -> list[tuple[str, str, dt.date | None, list]]:
    """Return (name, plain text, creation date, gold full-date timexes) for each .tml file."""
    docs = []
    files = sorted(folder.glob("*.tml"))
    if limit is not None:
        files = files[:limit]
    for path in files:
        source = path.read_text(encoding="utf-8")
        block = _TEXT_BLOCK.search(source)
        if block is None:
            continue
        plain, gold = _plain_and_gold(block.group(1))
        docs.append((path.name, plain, _dct(source), gold))
    return docs


def _dct(source: str) -> dt.date | None:
    m = _DCT.search(source)
    if m is None:
        return None
    try:
        return dt.date.fromisoformat(dict(_ATTR.findall(m.group())).get("value", "")[:10])
    except ValueError:
        return None


def _plain_and_gold(raw: str) -> tuple[str, list[tuple[int, int, dt.date]]]:
    """Strip tags from TEXT's content; return the text and its full-date DATE timexes."""
    out: list[str] = []
    at = 0
    pos = 0
    open_timex: tuple[int, dict] | None = None
    gold = []
    for t in _TAG.finditer(raw):
        piece = html.unescape(raw[pos : t.start()])
        out.append(piece)
        at += len(piece)
        pos = t.end()
        if t.group(2) != "TIMEX3":
            continue
        if not t.group(1):
            open_timex = (at, dict(_ATTR.findall(t.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            value = attrs.get("value", "")
            if attrs.get("type") == "DATE" and _FULL_DATE.fullmatch(value):
                try:
                    gold.append((start, at, dt.date.fromisoformat(value)))
                except ValueError:
                    pass
    out.append(html.unescape(raw[pos:]))
    return "".join(out), gold


# ------------------------------------------------------------------------------------ tools
# Each runner takes (text, dct) and returns a list of (start, end, day or None).


def _crosscheck_runner():
    from crosscheck.extract import dates

    def run(text: str, dct: dt.date | None) -> list:
        found = []
        for m in dates.find(text, anchor=dct):
            v = m.value
            day = None
            if m.kind == "date" and getattr(v, "earliest", None) is not None and v.earliest == v.latest:
                day = v.earliest
            found.append((m.start, m.end, day))
        return found

    return run


def _locate(text: str, pairs) -> list:
    """Place matched substrings in the text in the order given: (start, end, day)."""
    found = []
    cursor = 0
    for sub, when in pairs:
        if not sub:
            continue
        start = text.find(sub, cursor)
        if start < 0:
            start = text.find(sub)
        if start < 0:
            continue
        cursor = start
        day = when.date() if isinstance(when, dt.datetime) else when
        found.append((start, start + len(sub), day))
    return found


def _dateparser_runner():
    from dateparser.search import search_dates

    def run(text: str, dct: dt.date | None) -> list:
        settings = {"RELATIVE_BASE": dt.datetime.combine(dct, dt.time())} if dct else None
        pairs = search_dates(text, languages=["en"], settings=settings) or []
        return _locate(text, pairs)

    return run


def _datefinder_runner():
    import datefinder

    def run(text: str, dct: dt.date | None) -> list:
        base = dt.datetime.combine(dct, dt.time()) if dct else None
        pairs = [(src, when) for when, src in datefinder.find_dates(text, source=True, base_date=base)]
        return _locate(text, pairs)

    return run


_TOOLS = {"crosscheck": _crosscheck_runner, "dateparser": _dateparser_runner, "datefinder": _datefinder_runner}


# ------------------------------------------------------------------------------------ measuring


def one_pass(run, docs) -> tuple[float, list[list]]:
    """Return the wall seconds of one pass of ``run`` over ``docs`` and its outputs."""
    outputs: list[list] = []
    t0 = time.perf_counter()
    for _, text, dct, _ in docs:
        outputs.append(run(text, dct))
    return time.perf_counter() - t0, outputs


def measure(
    runs: dict, docs, repeats: int, min_seconds: float = 1.0
) -> tuple[dict[str, list[float]], dict[str, list[list]], dict[str, list[int]]]:
    """Time the tools in interleaved rounds: in each round every tool in turn makes passes back to
    back until they add up to ``min_seconds`` (at least one pass).

    Return per tool the seconds per pass of every round (its passes' total over their number),
    the outputs of its last pass and the number of passes of every round.
    """
    for run in runs.values():
        run(_WARMUP, dt.date(1998, 3, 10))
    times: dict[str, list[float]] = {name: [] for name in runs}
    passes: dict[str, list[int]] = {name: [] for name in runs}
    outputs: dict[str, list[list]] = {}
    for _ in range(repeats):
        for name, run in runs.items():
            total, count = 0.0, 0
            while count == 0 or total < min_seconds:
                seconds, outputs[name] = one_pass(run, docs)
                total += seconds
                count += 1
            times[name].append(total / count)
            passes[name].append(count)
    return times, outputs, passes


def accuracy(docs, outputs) -> tuple[int, int]:
    """Return (correct, total) over the gold full-date timexes."""
    correct = total = 0
    for (_, _, _, gold), found in zip(docs, outputs):
        for gs, ge, gday in gold:
            total += 1
            if any(s < ge and gs < e and day == gday for s, e, day in found):
                correct += 1
    return correct, total


def _data_dir(arg: str | None) -> Path:
    folder = Path(arg or os.environ.get("TEMPEVAL_DIR") or _DEFAULT_DIR)
    if (folder / "TimeBank").is_dir():
        folder = folder / "TimeBank"
    return folder


def main(argv: list[str] | None = None) -> int:
    """Measure every tool on the same TimeBank text and print speed, ratios and accuracy."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", help="TimeBank folder (or its parent)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="interleaved rounds, every tool timed in each (medians; default 3)")
    parser.add_argument("--limit-files", type=int, default=None, help="use only the first N files")
    parser.add_argument("--min-seconds", type=float, default=1.0,
                        help="per round, a tool repeats its pass until this much time is spent (default 1)")
    args = parser.parse_args(argv)

    folder = _data_dir(args.data_dir)
    docs = load_docs(folder, args.limit_files)
    if not docs:
        print(f"no .tml files with TEXT under {folder}", file=sys.stderr)
        return 1
    words = sum(len(_WORDS.findall(text)) for _, text, _, _ in docs)
    gold = sum(len(g) for *_, g in docs)
    print(f"data: {folder}  files: {len(docs)}  words: {words}  gold full-date DATE timexes: {gold}")
    print(f"repeats: {args.repeats} interleaved rounds (medians), each tool timed over at least "
          f"{args.min_seconds:g} s of passes per round")
    print()

    runs = {}
    for name, make in _TOOLS.items():
        try:
            runs[name] = make()
        except ImportError as exc:
            print(f"{name:<11} not importable ({exc}); install it in the benchmark venv:")
            print("            python3 -m venv /tmp/peer-venv && "
                  "/tmp/peer-venv/bin/pip install dateparser datefinder -e /work/main")
    times, outputs, passes = measure(runs, docs, args.repeats, args.min_seconds)
    for name in runs:
        seconds = statistics.median(times[name])
        speed = statistics.median(_rate(words, t) for t in times[name])
        correct, total = accuracy(docs, outputs[name])
        share = correct / total if total else 0.0
        print(f"{name:<11} {seconds:9.3f} s/pass  {speed:12,.0f} words/s  "
              f"accuracy {share:6.1%} ({correct}/{total})  passes per round {passes[name]}", flush=True)

    print()
    for peer in ("dateparser", "datefinder"):
        if "crosscheck" in times and peer in times:
            # The same round's passes ran back to back: their ratio is what noise spares most.
            ratios = [peer_s / own_s if own_s > 0 else float("inf")
                      for own_s, peer_s in zip(times["crosscheck"], times[peer])]
            print(f"crosscheck/{peer}: {statistics.median(ratios):.2f}x")
        else:
            print(f"crosscheck/{peer}: n/a ({peer} not measured)")
    return 0


def _rate(words: int, seconds: float) -> float:
    return words / seconds if seconds > 0 else float("inf")


if __name__ == "__main__":
    sys.exit(main())
