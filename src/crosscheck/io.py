"""Read articles from files, standard input and JSON Lines corpora; the only module that opens files.

Errors are :class:`InputError` with one line of text naming the file (and line); the CLI prints
that line and exits with status 2.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from dateutil import parser as _dateparser

from crosscheck.model import Article, evolve

__all__ = [
    "InputError",
    "article_from_text",
    "parse_published",
    "read_articles",
    "read_path",
    "unique_ids",
]

#: Front-matter keys that become Article fields; any other key is kept as metadata.
_FIELDS = ("title", "publisher", "published", "url", "id")
#: The largest file read; a news article is a few hundred kilobytes at the very most.
MAX_BYTES = 50 * 1024 * 1024


class InputError(ValueError):
    """A file or record that cannot be read as an article; ``str()`` is one line for the user."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


# --------------------------------------------------------------------------- decoding


def decode(data: bytes, where: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; reject binary data."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data[:8192]:
            raise InputError(where, "binary file (NUL bytes); expected UTF-8 or UTF-16 text with a BOM")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(where, f"cannot decode as {encoding.upper()} (byte {exc.start}): not a text article") from None
    if "\x00" in text:
        raise InputError(where, "binary content (NUL characters) in text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- dates


def parse_published(raw: str, where: str) -> _dt.date:
    """Parse a publication date that python-dateutil reads unambiguously, or raise InputError."""
    raw = raw.strip().strip("'\"")
    try:
        return _dt.date.fromisoformat(raw[:10]) if re.match(r"^\d{4}-\d{2}-\d{2}", raw) else _parse_loose(raw)
    except (ValueError, OverflowError) as exc:
        raise InputError(where, f"bad publication date {raw!r}: {exc}") from None


def _parse_loose(raw: str) -> _dt.date:
    # Parse twice with opposite day/month preferences: if they disagree, the date is ambiguous
    # (03/04/2022) and we refuse rather than guess.
    first = _dateparser.parse(raw, dayfirst=False, default=_dt.datetime(1, 1, 1))
    second = _dateparser.parse(raw, dayfirst=True, default=_dt.datetime(1, 1, 1))
    if first.date() != second.date():
        raise ValueError("ambiguous day and month; write it as YYYY-MM-DD")
    if first.year == 1:
        raise ValueError("no year")
    return first.date()


# A header date line: alone on a line near the top, e.g. "12/14/2022", "December 14, 2022",
# "14 December 2022", "2022-12-14", optionally after "Published:"/"Updated:".
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_HEADER_DATE = re.compile(
    r"^\s*(?:(?:published|updated|posted|date)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}|"
    rf"{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}})"
    r"(?:\s*[,|]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
#: How many non-empty lines at the top of an article count as its header.
HEADER_LINES = 12


def infer_published(text: str) -> _dt.date | None:
    """Return the date of a header date line near the top of the text, if there is one."""
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        m = _HEADER_DATE.match(line)
        if not m:
            continue
        raw = m.group(1)
        if "/" in raw:
            # Slashed header dates: month first unless the first number cannot be a month.
            a, b, y = (int(x) for x in raw.split("/"))
            month, day = (a, b) if a <= 12 else (b, a)
            try:
                return _dt.date(y, month, day)
            except ValueError:
                continue
        try:
            return _dateparser.parse(raw, default=_dt.datetime(1, 1, 1)).date()
        except (ValueError, OverflowError):
            continue
    return None


# --------------------------------------------------------------------------- front matter

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def split_front_matter(text: str, where: str) -> tuple[dict[str, str], str, int]:
    """Return the front-matter keys (lower-cased), the body and the body's offset in ``text``."""
    if not text.startswith("---"):
        return {}, text, 0
    m = _FRONT.match(text)
    if not m:
        raise InputError(f"{where}:1", "front matter opened with '---' is never closed by a '---' line")
    keys: dict[str, str] = {}
    for n, line in enumerate(m.group(1).split("\n"), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        km = _KEY_LINE.match(line)
        if not km:
            raise InputError(f"{where}:{n}", f"malformed front matter line {line.strip()!r}; expected 'key: value'")
        value = km.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        keys[km.group(1).lower()] = value
    return keys, text[m.end() :], m.end()


# --------------------------------------------------------------------------- articles


def _content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    path: str | None = None,
    published: _dt.date | None = None,
    front_matter: bool = True,
) -> Article:
    """Build an Article from raw text, reading front matter and inferring a header date.

    ``published`` given by the caller wins over front matter and inference.
    """
    where = path or id or "<text>"
    keys: dict[str, str] = {}
    body, offset = text, 0
    if front_matter:
        keys, body, offset = split_front_matter(text, where)
    if not body.strip():
        raise InputError(where, "empty article (no text after front matter)" if keys else "empty article")
    inferred = False
    date = published
    if date is None and keys.get("published"):
        date = parse_published(keys["published"], where)
    if date is None:
        date = infer_published(body)
        inferred = date is not None
    metadata = {k: v for k, v in keys.items() if k not in _FIELDS}
    title = keys.get("title") or _first_line(body)
    return Article(
        text=body,
        id=keys.get("id") or id or _content_id(body),
        title=title,
        publisher=keys.get("publisher"),
        published=date,
        published_inferred=inferred,
        url=keys.get("url"),
        path=path,
        metadata=metadata,
        body_offset=offset,
    )


def _first_line(body: str) -> str | None:
    """Guess the headline: the longest title-like line of the header, else the first line.

    The header is what comes before the first paragraph of running text; web copies often open
    with a site name or section ("CPC - Caspian Policy Center", "Research") before the headline.
    """
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if not lines:
        return None
    header: list[str] = []
    for line in lines[:HEADER_LINES]:
        if len(line.split()) >= 25:
            break
        header.append(line)
    titles = [
        line
        for line in header
        if len(line.split()) >= 4
        and not line.endswith((".", ":"))
        and not _KEY_LINE.match(line)
        and not _HEADER_DATE.match(line)
        and sum(w[:1].isupper() for w in line.split()) >= len(line.split()) / 2
    ]
    return max(titles, key=len)[:200] if titles else lines[0][:200]


def read_path(
    path: str, *, published: _dt.date | None = None, skip_bad: bool = False, errors: list[str] | None = None
) -> list[Article]:
    """Read one path: a text article, a ``.jsonl`` corpus, or ``-`` for standard input.

    With ``skip_bad``, bad records of a corpus are described in ``errors`` and skipped.
    """
    if path == "-":
        data = sys.stdin.buffer.read()
        return [article_from_text(decode(data, "<stdin>"), id="stdin", path="-", published=published)]
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if p.is_dir():
        raise InputError(path, "is a directory; give the article files inside it")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"file too large ({size} bytes; the limit is {MAX_BYTES})")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    text = decode(data, path)
    if p.suffix.lower() == ".jsonl":
        return list(_read_jsonl(text, path, published=published, skip_bad=skip_bad, errors=errors))
    return [article_from_text(text, id=p.stem, path=path, published=published)]


def _read_jsonl(
    text: str, path: str, *, published: _dt.date | None, skip_bad: bool, errors: list[str] | None
) -> Iterator[Article]:
    found = False
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            yield _record(line, where, path, published)
            found = True
        except InputError as exc:
            if not skip_bad:
                raise
            if errors is not None:
                errors.append(str(exc))
    if not found and not skip_bad:
        raise InputError(path, "empty corpus (no JSON lines)")


def _record(line: str, where: str, path: str, published: _dt.date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON line ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputError(where, "a corpus line must be a JSON object")
    for key in ("id", "text"):
        if key not in record:
            raise InputError(where, f"missing required key {key!r}")
    if not isinstance(record["text"], str) or not record["text"].strip():
        raise InputError(where, "'text' must be a non-empty string")
    for key in ("id", "title", "publisher", "published", "url"):
        if key in record and record[key] is not None and not isinstance(record[key], (str, int)):
            raise InputError(where, f"{key!r} must be a string")
    date = published
    if date is None and record.get("published"):
        date = parse_published(str(record["published"]), where)
    article = article_from_text(
        record["text"].replace("\r\n", "\n"), id=str(record["id"]), path=where, published=date, front_matter=False
    )
    extra = {k: str(v) for k, v in record.items() if k not in ("id", "text", *_FIELDS)}
    return evolve(
        article,
        title=record.get("title") or article.title,
        publisher=record.get("publisher"),
        url=record.get("url"),
        metadata=extra,
    )


def read_articles(
    paths: Iterable[str],
    *,
    published: _dt.date | None = None,
    skip_bad: bool = False,
    errors: list[str] | None = None,
) -> list[Article]:
    """Read every path; ids are made unique by suffixing ``-2``, ``-3`` in the order given.

    With ``skip_bad``, a bad file or corpus record is described in ``errors`` and skipped.
    """
    articles: list[Article] = []
    for path in paths:
        try:
            articles.extend(read_path(path, published=published, skip_bad=skip_bad, errors=errors))
        except InputError as exc:
            if not skip_bad:
                raise
            if errors is not None:
                errors.append(str(exc))
    return unique_ids(articles)


def unique_ids(articles: list[Article]) -> list[Article]:
    """Make article ids unique by suffixing repeats with ``-2``, ``-3``, in the order given."""
    seen: dict[str, int] = {}
    out = []
    for article in articles:
        n = seen.get(article.id, 0) + 1
        seen[article.id] = n
        out.append(article if n == 1 else evolve(article, id=f"{article.id}-{n}"))
    return out


def write_text(path: str, text: str) -> None:
    """Write a report to ``path`` (``-`` is standard output)."""
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot write: {exc.strerror or exc}") from None
