"""Reading articles: front matter, corpora, encodings, and one clear line for every bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from crosscheck.cli import main
from crosscheck.io import InputError, article_from_text, infer_published, read_path

GOOD = "---\ntitle: Floods hit the valley\nPublisher: Valley Times\npublished: 2024-03-14\nregion: south\n---\nHeavy rain flooded the valley on Tuesday.\n"


def _run(capsys, *args):
    status = main(["report", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_front_matter_is_read_and_removed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    [article] = read_path(str(path))
    assert article.title == "Floods hit the valley"
    assert article.publisher == "Valley Times"  # keys are case-insensitive
    assert article.published == dt.date(2024, 3, 14) and not article.published_inferred
    assert dict(article.metadata) == {"region": "south"}
    assert article.text.startswith("Heavy rain")
    assert GOOD[article.body_offset :] == article.text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_boms_are_honoured(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(GOOD.encode(encoding))
    [article] = read_path(str(path))
    assert article.title == "Floods hit the valley"
    assert not article.text.startswith("\ufeff")


def test_header_date_is_inferred_and_marked():
    article = article_from_text("Some Outlet\n\nAuthor: A. Writer\n\n12/14/2022\n\nThe summit opened on Monday.")
    assert article.published == dt.date(2022, 12, 14)
    assert article.published_inferred


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14 December 2022", dt.date(2022, 12, 14)),
        ("Published: March 3, 2021", dt.date(2021, 3, 3)),
        ("25/12/2020", dt.date(2020, 12, 25)),
        ("2019-07-01", dt.date(2019, 7, 1)),
    ],
)
def test_header_date_forms(line, expected):
    assert infer_published(f"Title\n{line}\nBody text here.") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Title\nThe vote was held on 12/14/2022 in the capital.",  # inside a sentence, not a header line
        "Title\nNothing dated here.",
    ],
)
def test_no_header_date(text):
    assert infer_published(text) is None


def test_published_option_overrides(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A storm hit the coast yesterday.", encoding="utf-8")
    [article] = read_path(str(path), published=dt.date(2023, 5, 2))
    assert article.published == dt.date(2023, 5, 2)


def test_jsonl_corpus(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [
        {"id": "a", "text": "Rain fell.", "publisher": "P", "published": "2024-01-02"},
        {"id": "b", "text": "Snow fell.", "extra": "kept"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    a, b = read_path(str(path))
    assert (a.id, a.publisher, a.published) == ("a", "P", dt.date(2024, 1, 2))
    assert dict(b.metadata) == {"extra": "kept"}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("dir", None, "is a directory"),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Caf\xe9 in Baku".encode("latin-1"), "cannot decode"),
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"   \n\n", "empty article"),
        ("onlyfront.txt", b"---\ntitle: x\n---\n", "empty article"),
        ("unclosed.txt", b"---\ntitle: x\nbody", "never closed"),
        ("badkey.txt", b"---\ntitle: x\nthis line has no colon\n---\nbody", "malformed front matter"),
        ("baddate.txt", b"---\npublished: 2022-02-30\n---\nbody", "bad publication date"),
        ("ambiguous.txt", b"---\npublished: 03/04/2022\n---\nbody", "ambiguous"),
        ("bad.jsonl", b'{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', "malformed JSON line"),
        ("nokey.jsonl", b'{"id": "a"}\n', "missing required key 'text'"),
        ("notobj.jsonl", b"[1, 2]\n", "must be a JSON object"),
    ],
)
def test_bad_input_gets_one_line_and_status_2(tmp_path, capsys, name, content, message):
    path = tmp_path / name
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    status, out, err = _run(capsys, path)
    assert status == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0] and message in lines[0]
    assert "Traceback" not in err


def test_missing_file(tmp_path, capsys):
    status, _, err = _run(capsys, tmp_path / "nope.txt")
    assert status == 2 and "no such file" in err and len(err.strip().splitlines()) == 1


def test_bad_jsonl_line_is_named(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\n\n{oops\n', encoding="utf-8")
    status, _, err = _run(capsys, path)
    assert status == 2 and f"{path}:3:" in err


def test_skip_bad_keeps_the_good_records(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    good = {"id": "good", "text": "Turkey and Azerbaijan began joint drills on 5 October 2021 in Nakhchivan."}
    path.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    status, out, err = _run(capsys, "--format", "json", "--skip-bad", path)
    assert status == 0
    report = json.loads(out)
    assert [s["id"] for s in report["sources"]] == ["good"]
    assert len(report["skipped"]) == 2
    assert f"{path}:2" in err and f"{path}:3" in err
    assert "Traceback" not in err


def test_skip_bad_also_skips_bad_files(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Rain flooded the town of Sylhet on 3 June 2022.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    status, out, err = _run(capsys, "--format", "json", "--skip-bad", good, bad)
    assert status == 0 and "bad.txt" in err
    assert [s["id"] for s in json.loads(out)["sources"]] == ["good"]


def test_bad_published_option(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    status, _, err = _run(capsys, "--published", "yesterday-ish", path)
    assert status == 2 and "--published" in err


def test_input_error_is_one_line():
    exc = InputError("f.txt:3", "problem")
    assert str(exc) == "f.txt:3: problem"


def test_headline_is_found_after_a_site_name():
    text = "Example News - World Desk\nAnalysis\nFloods Sweep Through Northern Districts After Record Rain\nAuthor: A. Writer\n\nHeavy rain flooded the districts on Monday, officials said, and more rain is expected later this week across the region."
    assert article_from_text(text).title == "Floods Sweep Through Northern Districts After Record Rain"


def test_plain_first_line_title():
    assert article_from_text("Quake hits coast\n\nA strong quake hit the coast.").title == "Quake hits coast"
