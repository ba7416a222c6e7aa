"""The ``crosscheck`` command: argument parsing, exit codes, and nothing else."""

from __future__ import annotations

import argparse
import os
import sys

from crosscheck import __version__

# The format names only: the renderers themselves load when a report is written.
FORMATS = ("text", "markdown", "json", "html")

__all__ = ["main"]

EXIT_OK, EXIT_INPUT, EXIT_CONFLICT = 0, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit status 2, as for bad input
        self.exit(EXIT_INPUT, f"crosscheck: {message} (see 'crosscheck {self.prog.split()[-1]} --help')\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="crosscheck", description="Cross-check claims across news articles.")
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    report = sub.add_parser(
        "report",
        prog="crosscheck report",
        help="extract claims from articles and report agreements and conflicts",
        description=(
            "Read articles (text files with optional front matter, JSON Lines corpora, or - for standard "
            "input), extract their claims, align them across sources and report what agrees and what conflicts."
        ),
    )
    report.add_argument("files", nargs="+", metavar="FILE", help="article files, *.jsonl corpora, or - for stdin")
    report.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format: text for reading, markdown for tickets and wikis, json for programs, "
        "html for one self-contained page with the evidence highlighted (default: from the --output "
        "file's extension, .json .md .html, else text)",
    )
    report.add_argument("--output", "-o", metavar="PATH", default="-", help="write the report to PATH (default: stdout)")
    report.add_argument(
        "--published",
        metavar="DATE",
        help="publication date for every article without one of its own (YYYY-MM-DD); anchors relative dates",
    )
    report.add_argument(
        "--fail-on", choices=("conflict",), help="exit with status 3 when the report has a conflict"
    )
    report.add_argument(
        "--skip-bad", action="store_true", help="report bad files and corpus records on stderr and go on"
    )
    report.add_argument("--verbose", "-v", action="store_true", help="text format: show alignment and all claims")
    report.add_argument(
        "--aliases",
        metavar="FILE",
        action="append",
        default=[],
        help="TOML file of extra place names for the gazetteer (repeatable; see docs/aliases.md)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_INPUT
    try:
        return _report(args)
    except KeyboardInterrupt:
        print("crosscheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (| head): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from crosscheck.pipeline import check
    from crosscheck.io import InputError, parse_published, read_articles, write_text
    from crosscheck.render import render

    published = None
    try:
        if args.published:
            published = parse_published(args.published, "--published")
    except InputError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_INPUT

    try:
        _load_aliases(args.aliases)
    except ValueError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_INPUT

    errors: list[str] = []
    try:
        articles = read_articles(args.files, published=published, skip_bad=args.skip_bad, errors=errors)
    except InputError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_INPUT
    for message in errors:
        print(f"crosscheck: skipped {message}", file=sys.stderr)
    if not articles:
        print("crosscheck: no readable article among the inputs", file=sys.stderr)
        return EXIT_INPUT
    progress = _progress if sys.stderr.isatty() and len(articles) > 1 else None
    report = check(articles, progress=progress, skipped=errors)
    fmt = args.format or _format_of(args.output)
    colour = args.output == "-" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    options = {"colour": colour, "verbose": args.verbose} if fmt == "text" else {}
    try:
        write_text(args.output, render(report, fmt, **options))
    except InputError as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_INPUT
    if args.fail_on == "conflict" and report.conflicts:
        return EXIT_CONFLICT
    return EXIT_OK


#: Output file extensions that name a format when --format is not given.
_EXTENSIONS = {".json": "json", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def _format_of(output: str) -> str:
    """Return the format an output path's extension names, else text."""
    return _EXTENSIONS.get(os.path.splitext(output)[1].lower(), "text") if output != "-" else "text"


def _load_aliases(paths: list[str]) -> None:
    """Load the user's alias files, and those named by $CROSSCHECK_ALIASES, before any lookup,
    so that a bad file stops the run with one line rather than in the middle of it."""
    from crosscheck import gazetteer

    if not paths and not os.environ.get(gazetteer.ALIASES_ENV):
        return
    gazetteer.candidates("")  # loads the data and the environment's alias files
    for path in paths:
        gazetteer.load_aliases(path)


def _progress(done: int, total: int) -> None:
    end = "\n" if done == total else ""
    print(f"\rcrosscheck: extracted {done}/{total} articles", end=end, file=sys.stderr, flush=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
