"""Measure crosscheck's time expressions against TempEval-3 Task A (TIMEX3 spans, types, values).

    python benchmarks/tempeval.py annotate IN_DIR OUT_DIR
    python benchmarks/tempeval.py score GOLD_DIR SYSTEM_DIR [--json] [--errors N]
    python benchmarks/tempeval.py run [DATA_DIR] [--json] [--errors N]

``annotate`` reads every ``*.tml`` file of IN_DIR, removes the TIMEX3 tags inside TEXT (their
words stay; the DCT's TIMEX3 outside TEXT and every other tag stay as they are), runs
``crosscheck.extract.dates.find`` over TEXT's characters with the document creation time as the
anchor, and writes the file under the same name to OUT_DIR with crosscheck's mentions tagged as
TIMEX3 (``tid`` from t1000 on, ``type``, ``value``). The characters of TEXT never change; only tags
are removed and added. A mention that would cut through an EVENT or SIGNAL element is trimmed to
the side that does not cross it (dropped when nothing is left), so the output stays well-formed XML.

How crosscheck values become TIMEX3 attributes (this mapping belongs to the benchmark, not to the
library):

- kind ``date`` -> type DATE; EDTF ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` and ``XXXX-MM-DD`` carry
  over; seasons ``YYYY-21..24`` -> ``YYYY-SP/SU/FA/WI``; decade ``199X`` -> ``199``; century
  ``19XX`` -> ``19``. Intervals take the nearest TimeML value: a Monday-to-Sunday week -> ``YYYY-Www``;
  a calendar quarter -> ``YYYY-Qn``; an interval inside one month -> ``YYYY-MM``; one spanning
  several months of one year -> ``YYYY``; otherwise the first month ``YYYY-MM``.
  Quarters ``YYYY-33..36`` -> ``YYYY-Q1..Q4``; a Saturday-Sunday pair -> ``YYYY-Www-WE``; seven
  days around a point ("two weeks ago") -> the ISO week of their middle day.
- A date with a time of day (``Mention.time``: ``22:00`` or a part of the day ``MO``/``AF``/
  ``EV``/``NI``) -> type TIME, value ``<date>T<time>``; kind ``time`` (a clock time alone, placed
  on its day) likewise.
- kind ``ref`` (undated references: "now", "recently", "the future") -> type DATE, value
  ``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``.
- kind ``duration`` -> type DURATION, value the ISO 8601 duration (``P6W``; vague ``PXY``).
- kind ``set`` -> type SET, value the period (``P1Y``).

``score`` compares two folders holding the same file names (the DCT is never counted). The
definitions follow the official TempEval-3 Task A scorer (``evaluate_entities.py`` after the
TimeML-Normalizer), measured on characters instead of tokens:

- Offsets are character offsets into TEXT's content with all tags removed and entities decoded.
- Gold and system timexes are paired one to one: each gold timex takes the unpaired system timex
  that overlaps it most (ties: the earlier one). A pair is a *relaxed* match; it is a *strict*
  match when both have exactly the same offsets.
- Precision = matches / system timexes; recall = matches / gold timexes; F1 their harmonic mean
  (strict and relaxed alike).
- Type accuracy and value accuracy = the fraction of relaxed matches whose type (value) is equal.
- Value F1 = harmonic mean of (value-correct matches / system timexes) and (value-correct matches
  / gold timexes). With one-to-one pairs this is exactly TE3's "relaxed F1 x value accuracy"
  (both equal 2C / (S + G)), the figure TE3 ranked Task A by. Type F1 likewise.

``run`` annotates DATA_DIR's TimeBank and AQUAINT folders (default ``$TEMPEVAL_DIR`` or
/work/shared/data/tempeval3/train) into a temporary folder, scores each corpus and both together,
and prints the wall time and words per second of ``find`` alone (median of three passes).

The TempEval data is licensed for evaluation only: read it where it lies, never copy it into the
repository. Only the standard library is used besides crosscheck itself.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import html
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = "/work/shared/data/tempeval3/train"
CORPORA = ("TimeBank", "AQUAINT")
FIRST_TID = 1000

_TEXT_BLOCK = re.compile(r"(<TEXT>)(.*?)(</TEXT>)", re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*?)(/?)>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_ATTR = re.compile(r'([A-Za-z]+)="([^"]*)"')
_DCT = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")
_WORDS = re.compile(r"\S+")
_SEASONS = {"21": "SP", "22": "SU", "23": "FA", "24": "WI"}
_QUARTERS = {"33": "Q1", "34": "Q2", "35": "Q3", "36": "Q4"}
_TYPES = {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}
_REFS = {"past": "PAST_REF", "present": "PRESENT_REF", "future": "FUTURE_REF"}


# ------------------------------------------------------------------------------- reading TimeML


class Doc:
    """Hold one TimeML file split around its TEXT element, with TEXT parsed into pieces.

    ``pieces`` is a list of ``("text", raw, decoded)`` and ``("tag", raw, name, closing, attrs)``
    items in document order. ``plain`` is TEXT's character content (tags removed, entities
    decoded); ``starts[i]``/``ends[i]`` are the raw offsets (into the TEXT content) of plain
    character ``i``.
    """

    def __init__(self, source: str) -> None:
        m = _TEXT_BLOCK.search(source)
        if m is None:
            raise ValueError("no <TEXT> element")
        self.head = source[: m.end(1)]
        self.tail = source[m.start(3) :]
        self.raw = m.group(2)
        self.pieces: list[tuple] = []
        pos = 0
        for t in _TAG.finditer(self.raw):
            if t.start() > pos:
                self._text(self.raw[pos : t.start()])
            self.pieces.append(("tag", t.group(), t.group(2), bool(t.group(1)), dict(_ATTR.findall(t.group(3)))))
            pos = t.end()
        if pos < len(self.raw):
            self._text(self.raw[pos:])
        self.plain = "".join(p[2] for p in self.pieces if p[0] == "text")

    def _text(self, raw: str) -> None:
        # Decode entity by entity so every plain character keeps a known raw extent.
        out = []
        pos = 0
        for e in _ENTITY.finditer(raw):
            out.append(raw[pos : e.start()])
            out.append(html.unescape(e.group()))
            pos = e.end()
        out.append(raw[pos:])
        self.pieces.append(("text", raw, "".join(out)))

    def elements(self, name: str | None = None, *, exclude: str | None = None) -> list[tuple[int, int, dict]]:
        """Return (plain start, plain end, attributes) of the elements named ``name``."""
        found = []
        stack: list[tuple[str, int, dict]] = []
        at = 0
        for p in self.pieces:
            if p[0] == "text":
                at += len(p[2])
                continue
            _, _, tag, closing, attrs = p
            if p[1].endswith("/>"):
                continue
            if not closing:
                stack.append((tag, at, attrs))
            elif stack:
                tag, start, attrs = stack.pop()
                if (name is None or tag == name) and tag != exclude:
                    found.append((start, at, attrs))
        found.sort(key=lambda e: (e[0], e[1]))
        return found


def dct_of(source: str) -> dt.date | None:
    """Return the document creation date of a TimeML file, or None when it has none."""
    m = _DCT.search(source)
    if m is None:
        return None
    value = dict(_ATTR.findall(m.group())).get("value", "")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def timexes(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Return the TIMEX3 elements inside TEXT as (start, end, type, value) in plain offsets."""
    return [(s, e, a.get("type", ""), a.get("value", "")) for s, e, a in doc.elements("TIMEX3")]


# ------------------------------------------------------------------------------------ values


def timeml_value(kind: str, normalized: str, time_of_day: str | None = None) -> tuple[str, str] | None:
    """Return the TIMEX3 (type, value) for a crosscheck mention kind, normalised value and time."""
    if kind == "ref":
        return "DATE", _REFS[normalized]
    ttype = _TYPES.get(kind)
    if ttype is None:
        return None
    if ttype not in ("DATE", "TIME"):
        return ttype, normalized
    value = _date_value(normalized)
    if time_of_day:
        return "TIME", f"{value}T{time_of_day}"
    return ttype, value


def _date_value(edtf: str) -> str:
    if "/" in edtf:
        return _interval_value(edtf)
    parts = edtf.split("-")
    if len(parts) == 2 and parts[1] in _SEASONS:
        return f"{parts[0]}-{_SEASONS[parts[1]]}"
    if len(parts) == 2 and parts[1] in _QUARTERS:
        return f"{parts[0]}-{_QUARTERS[parts[1]]}"
    if len(parts) == 1 and len(edtf) == 4:
        if edtf.endswith("XX") and edtf[:2].isdigit():
            return edtf[:2]
        if edtf.endswith("X") and edtf[:3].isdigit():
            return edtf[:3]
    return edtf


def _interval_value(edtf: str) -> str:
    first_s, _, last_s = edtf.partition("/")
    try:
        first = dt.date.fromisoformat(first_s)
        last = dt.date.fromisoformat(last_s)
    except ValueError:
        return first_s[:7]
    days = (last - first).days + 1
    if days == 7:
        # A calendar week, or seven days around a point ("two weeks ago"): the ISO week of its middle.
        year, week, _ = (first + dt.timedelta(days=3)).isocalendar()
        return f"{year}-W{week:02d}"
    if days == 2 and first.weekday() == 5:
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}-WE"
    if first.year == last.year:
        if first.month == last.month:
            return f"{first.year:04d}-{first.month:02d}"
        if first.day == 1 and first.month % 3 == 1 and last.month == first.month + 2 and (last + dt.timedelta(days=1)).day == 1:
            return f"{first.year:04d}-Q{(first.month + 2) // 3}"
        if first.day == 1 and first.month in (1, 7) and last.month == first.month + 5 and (last + dt.timedelta(days=1)).day == 1:
            return f"{first.year:04d}-H{(first.month + 5) // 6}"
        return f"{first.year:04d}"
    return f"{first.year:04d}-{first.month:02d}"


# ---------------------------------------------------------------------------------- annotate


def _fit(start: int, end: int, blocks: list[tuple[int, int, dict]]) -> tuple[int, int] | None:
    """Trim [start, end) so that it neither cuts into nor out of any block; None when empty."""
    for bs, be, _ in blocks:
        if be <= start or bs >= end:
            continue
        if start <= bs and be <= end:
            continue  # the block lies inside the mention
        if bs <= start and end <= be:
            continue  # the mention lies inside the block
        if bs < start:
            start = be  # the block pokes in from the left
        else:
            end = bs  # the block pokes out to the right
        if start >= end:
            return None
    return (start, end) if start < end else None


def _strip(plain: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and plain[start].isspace():
        start += 1
    while end > start and plain[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def annotate_source(source: str, find, *, stats: dict | None = None) -> str:
    """Return a TimeML document with its TEXT timexes replaced by crosscheck's.

    ``find`` is ``crosscheck.extract.dates.find``; ``stats`` (optional) collects the seconds
    spent inside it and the words it read.
    """
    doc = Doc(source)
    anchor = dct_of(source)
    # TEXT without the gold timexes: the kept elements define where a new tag may not cut.
    kept = [p for p in doc.pieces if not (p[0] == "tag" and p[2] == "TIMEX3")]
    doc.pieces = kept
    blocks = doc.elements()
    plain = doc.plain
    t0 = time.perf_counter()
    mentions = find(plain, anchor=anchor)
    if stats is not None:
        stats["seconds"] = stats.get("seconds", 0.0) + time.perf_counter() - t0
        stats["words"] = stats.get("words", 0) + len(_WORDS.findall(plain))
        stats["mentions"] = stats.get("mentions", 0) + len(mentions)
    spans = []
    last_end = -1
    for m in mentions:
        mapped = timeml_value(m.kind, m.value.normalized, m.time)
        if mapped is None:
            continue
        fitted = _fit(m.start, m.end, blocks)
        fitted = fitted and _strip(plain, *fitted)
        if not fitted or fitted[0] < last_end:
            continue  # nested or overlapping mentions: keep the first, TIMEX3 do not nest
        spans.append((fitted[0], fitted[1], mapped))
        last_end = fitted[1]
    return doc.head + _render(doc, blocks, spans) + doc.tail


def _render(doc: Doc, blocks: list[tuple[int, int, dict]], spans: list[tuple[int, int, tuple[str, str]]]) -> str:
    # Each new tag goes to a plain offset; among the existing tags sitting at that offset it goes
    # after closing tags of elements it does not contain and before opening tags of elements it
    # contains, which keeps the nesting well formed.
    block_end = {bs: be for bs, be, _ in blocks}
    opens: dict[int, tuple[int, int, str]] = {}
    closes: dict[int, tuple[int, int]] = {}
    for n, (s, e, (ttype, value)) in enumerate(spans):
        tag = f'<TIMEX3 tid="t{FIRST_TID + n}" type="{ttype}" value="{html.escape(value)}">'
        opens[s] = (s, e, tag)
        closes[e] = (s, e)
    out: list[str] = []
    at = 0
    for p in doc.pieces:
        if p[0] == "tag":
            _, raw, _, closing, _ = p
            if closing:
                if at in closes:
                    s, e = closes[at]
                    # This element ends here: if it started inside the mention it is contained,
                    # so the TIMEX3 closes after it; otherwise it contains the TIMEX3.
                    start = _start_of_closing(doc, p, at)
                    if start is not None and start < s:
                        out.append("</TIMEX3>")
                        del closes[at]
            else:
                if at in closes:
                    out.append("</TIMEX3>")
                    del closes[at]
                if at in opens:
                    s, e, tag = opens[at]
                    if block_end.get(at, e + 1) <= e:
                        out.append(tag)
                        del opens[at]
            out.append(raw)
            continue
        text = p[2]
        if at in closes:
            out.append("</TIMEX3>")
            del closes[at]
        if at in opens:
            out.append(opens.pop(at)[2])
        out.append(_slice_raw(p, opens, closes, at))
        at += len(text)
    if at in closes:
        out.append("</TIMEX3>")
        del closes[at]
    return "".join(out)


def _start_of_closing(doc: Doc, piece: tuple, at: int) -> int | None:
    # Element starts are precomputed lazily per document: map each closing piece to its start.
    cache = doc.__dict__.setdefault("_close_starts", None)
    if cache is None:
        cache = {}
        stack = []
        pos = 0
        for q in doc.pieces:
            if q[0] == "text":
                pos += len(q[2])
            elif not q[1].endswith("/>"):
                if q[3]:
                    if stack:
                        cache[id(q)] = stack.pop()
                else:
                    stack.append(pos)
        doc._close_starts = cache
    return cache.get(id(piece))


def _slice_raw(piece: tuple, opens: dict, closes: dict, base: int) -> str:
    """Return the raw text of a text piece with TIMEX3 tags inserted at interior offsets."""
    raw, decoded = piece[1], piece[2]
    limit = base + len(decoded)
    if not any(base < k < limit for k in opens) and not any(base < k < limit for k in closes):
        return raw
    # Map decoded offsets to raw offsets (entities are the only difference).
    raw_at = []
    r = 0
    for e in _ENTITY.finditer(raw):
        while r < e.start():
            raw_at.append(r)
            r += 1
        for _ in html.unescape(e.group()):
            raw_at.append(r)
        r = e.end()
    while r < len(raw):
        raw_at.append(r)
        r += 1
    raw_at.append(len(raw))
    pieces = []
    prev = 0
    for i in range(1, len(decoded)):
        k = base + i
        if k in closes or k in opens:
            pieces.append(raw[prev : raw_at[i]])
            prev = raw_at[i]
            if k in closes:
                pieces.append("</TIMEX3>")
                del closes[k]
            if k in opens:
                pieces.append(opens.pop(k)[2])
    pieces.append(raw[prev:])
    return "".join(pieces)


def annotate_dir(in_dir: Path, out_dir: Path, *, stats: dict | None = None) -> int:
    """Annotate every ``*.tml`` file of ``in_dir`` into ``out_dir``; return the file count."""
    from crosscheck.extract.dates import find

    out_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(in_dir.glob("*.tml"))
    for path in files:
        source = path.read_text(encoding="utf-8")
        result = annotate_source(source, find, stats=stats)
        if Doc(result).plain != Doc(source).plain:
            raise RuntimeError(f"{path.name}: TEXT characters changed")
        (out_dir / path.name).write_text(result, encoding="utf-8")
    return len(files)


# ------------------------------------------------------------------------------------- score


class Tally:
    """Count gold, system, matched and attribute-correct timexes over any number of files."""

    def __init__(self) -> None:
        self.gold = self.system = self.strict = self.relaxed = self.type_ok = self.value_ok = 0
        self.missed: list[tuple[str, str, str, str]] = []
        self.spurious: list[tuple[str, str, str, str]] = []
        self.wrong_value: list[tuple[str, str, str, str, str]] = []
        self.wrong_type: list[tuple[str, str, str, str, str]] = []
        self.partial: list[tuple[str, str, str]] = []

    def add(self, name: str, plain: str, gold: list, system: list) -> None:
        self.gold += len(gold)
        self.system += len(system)
        free = set(range(len(system)))
        for gs, ge, gtype, gvalue in gold:
            best = None
            best_overlap = 0
            for j in sorted(free):
                ss, se = system[j][0], system[j][1]
                overlap = min(ge, se) - max(gs, ss)
                if overlap > best_overlap:
                    best, best_overlap = j, overlap
            if best is None:
                self.missed.append((name, plain[gs:ge], gtype, gvalue))
                continue
            free.discard(best)
            ss, se, stype, svalue = system[best]
            self.relaxed += 1
            if (ss, se) == (gs, ge):
                self.strict += 1
            else:
                self.partial.append((name, plain[gs:ge], plain[ss:se]))
            if stype == gtype:
                self.type_ok += 1
            else:
                self.wrong_type.append((name, plain[gs:ge], gtype, stype, svalue))
            if svalue == gvalue:
                self.value_ok += 1
            else:
                self.wrong_value.append((name, plain[gs:ge], gvalue, svalue, plain[ss:se]))
        for j in sorted(free):
            ss, se, stype, svalue = system[j]
            self.spurious.append((name, plain[ss:se], stype, svalue))

    def figures(self) -> dict:
        """Return precision, recall, F1 and accuracies (fractions, not percentages)."""

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        out = {"gold": self.gold, "system": self.system, "relaxed_matches": self.relaxed}
        for label, count in (("strict", self.strict), ("relaxed", self.relaxed)):
            p, r = ratio(count, self.system), ratio(count, self.gold)
            out[f"{label}_p"], out[f"{label}_r"], out[f"{label}_f1"] = p, r, f1(p, r)
        out["type_accuracy"] = ratio(self.type_ok, self.relaxed)
        out["value_accuracy"] = ratio(self.value_ok, self.relaxed)
        out["type_f1"] = f1(ratio(self.type_ok, self.system), ratio(self.type_ok, self.gold))
        out["value_f1"] = f1(ratio(self.value_ok, self.system), ratio(self.value_ok, self.gold))
        return out


def score_dirs(gold_dir: Path, system_dir: Path, tally: Tally | None = None) -> Tally:
    """Score every ``*.tml`` file of ``gold_dir`` against the same name in ``system_dir``."""
    tally = tally or Tally()
    for gold_path in sorted(gold_dir.glob("*.tml")):
        system_path = system_dir / gold_path.name
        gold = Doc(gold_path.read_text(encoding="utf-8"))
        system = Doc(system_path.read_text(encoding="utf-8")) if system_path.exists() else None
        if system is not None and system.plain != gold.plain:
            raise SystemExit(f"TEXTS NOT SAME: {system_path} against {gold_path}")
        tally.add(gold_path.name, gold.plain, timexes(gold), timexes(system) if system else [])
    return tally


def _table(rows: dict[str, dict]) -> str:
    head = f"{'':10} {'gold':>5} {'sys':>5} | {'str P':>6} {'str R':>6} {'str F1':>6} | " \
           f"{'rel P':>6} {'rel R':>6} {'rel F1':>6} | {'type':>6} {'value':>6} {'val F1':>6}"
    lines = [head, "-" * len(head)]
    for name, f in rows.items():
        pct = {k: 100 * v for k, v in f.items() if isinstance(v, float)}
        lines.append(
            f"{name:10} {f['gold']:5d} {f['system']:5d} | {pct['strict_p']:6.2f} {pct['strict_r']:6.2f} "
            f"{pct['strict_f1']:6.2f} | {pct['relaxed_p']:6.2f} {pct['relaxed_r']:6.2f} {pct['relaxed_f1']:6.2f} | "
            f"{pct['type_accuracy']:6.2f} {pct['value_accuracy']:6.2f} {pct['value_f1']:6.2f}"
        )
    lines.append("(type/value = accuracy over relaxed matches; val F1 = relaxed F1 x value accuracy)")
    return "\n".join(lines)


def _errors(tally: Tally, limit: int) -> str:
    lines = []

    def top(title: str, items: list, key) -> None:
        counts = collections.Counter(key(i) for i in items)
        lines.append(f"\n{title} ({len(items)}), most common first:")
        for k, n in counts.most_common(limit):
            lines.append(f"  {n:4d}  {k}")

    top("missed gold", tally.missed, lambda i: f"{i[1].lower()!r} {i[2]} {i[3]}")
    top("spurious system", tally.spurious, lambda i: f"{i[1].lower()!r} {i[2]} {i[3]}")
    top("wrong value (gold span: gold -> system)", tally.wrong_value,
        lambda i: f"{i[1].lower()!r}: {i[2]} -> {i[3]}")
    top("wrong type (gold span: gold -> system)", tally.wrong_type, lambda i: f"{i[1].lower()!r}: {i[2]} -> {i[3]}")
    top("partial span (gold | system)", tally.partial, lambda i: f"{i[1].lower()!r} | {i[2].lower()!r}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------- CLI


def _run(data: Path, as_json: bool, errors: int) -> None:
    from crosscheck.extract.dates import find

    rows: dict[str, dict] = {}
    combined = Tally()
    stats: dict = {}
    with tempfile.TemporaryDirectory(prefix="tempeval-") as tmp:
        for corpus in CORPORA:
            gold_dir = data / corpus
            if not gold_dir.is_dir():
                continue
            out_dir = Path(tmp) / corpus
            annotate_dir(gold_dir, out_dir, stats=stats)
            rows[corpus] = score_dirs(gold_dir, out_dir).figures()
            score_dirs(gold_dir, out_dir, combined)
    rows["combined"] = combined.figures()
    # Time extraction alone, on texts already in memory, median of three passes.
    texts = []
    for corpus in CORPORA:
        for path in sorted((data / corpus).glob("*.tml")):
            source = path.read_text(encoding="utf-8")
            doc = Doc(source)
            doc.pieces = [p for p in doc.pieces if not (p[0] == "tag" and p[2] == "TIMEX3")]
            texts.append((doc.plain, dct_of(source)))
    words = sum(len(_WORDS.findall(t)) for t, _ in texts)
    passes = []
    for _ in range(3):
        t0 = time.perf_counter()
        for text, anchor in texts:
            find(text, anchor=anchor)
        passes.append(time.perf_counter() - t0)
    seconds = statistics.median(passes)
    timing = {"documents": len(texts), "words": words, "seconds": seconds, "words_per_second": words / seconds}
    if as_json:
        print(json.dumps({"corpora": rows, "timing": timing}, indent=2))
    else:
        print(_table(rows))
        print(f"\nextraction alone: {len(texts)} documents, {words} words, {seconds:.3f} s "
              f"(median of 3), {words / seconds:,.0f} words/s")
    if errors:
        print(_errors(combined, errors))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("annotate", help="tag TIMEX3 with crosscheck")
    a.add_argument("in_dir", type=Path)
    a.add_argument("out_dir", type=Path)
    s = sub.add_parser("score", help="score a system folder against a gold folder")
    s.add_argument("gold_dir", type=Path)
    s.add_argument("system_dir", type=Path)
    r = sub.add_parser("run", help="annotate and score TimeBank and AQUAINT")
    r.add_argument("data_dir", type=Path, nargs="?", default=Path(os.environ.get("TEMPEVAL_DIR", DEFAULT_DATA)))
    for p in (s, r):
        p.add_argument("--json", action="store_true", help="print machine-readable figures")
        p.add_argument("--errors", type=int, default=0, metavar="N", help="list the N commonest errors per kind")
    args = parser.parse_args(argv)
    if args.command == "annotate":
        n = annotate_dir(args.in_dir, args.out_dir)
        print(f"annotated {n} files into {args.out_dir}", file=sys.stderr)
    elif args.command == "score":
        tally = score_dirs(args.gold_dir, args.system_dir)
        figures = tally.figures()
        print(json.dumps(figures, indent=2) if args.json else _table({args.system_dir.name or "system": figures}))
        if args.errors:
            print(_errors(tally, args.errors))
    else:
        _run(args.data_dir, args.json, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
