"""The count extractor: properties on any text, number parsing, and contract details."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract import counts as counts_module
from crosscheck.extract.counts import find, parse_number
from crosscheck.model import CountValue

_FRAGMENTS = [
    "at least", "more than", "up to", "nearly", "about", "between", "and", "to", "from", "-",
    "–", "125", "11,300", "1.5 million", "2,021", "2021", "0", "00", "999,999,999,999", "1.",
    ".5", "three", "twenty-one", "two hundred", "a dozen", "dozens", "hundreds of thousands",
    "a", "one", "no one", "people", "died", "killed", "killing", "injured", "troops", "seats",
    "fans", "death toll rose to", "of the", "%", "$", "No.", "October", "45-year-old", "2-1",
    "F-16", "10:30", ",", ".", "\n", " ",
]
count_ish = st.lists(st.sampled_from(_FRAGMENTS), max_size=16).map(" ".join)
any_text = st.one_of(st.text(max_size=300), count_ish)


@given(any_text)
def test_find_never_raises_and_spans_are_exact(text):
    found = find(text)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start < m.end
        assert m.kind == "count"
        assert isinstance(m.value, CountValue)
        assert m.role
    assert [(m.start, m.end) for m in found] == sorted((m.start, m.end) for m in found)


@given(any_text)
def test_find_is_deterministic(text):
    assert find(text) == find(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_round_trip(n):
    assert parse_number(str(n)) == (n, False)
    assert parse_number(f"{n:,}") == (n, False)


def test_number_words():
    assert parse_number("three") == (3, False)
    assert parse_number("twenty-one") == (21, False)
    assert parse_number("two hundred and fifty") == (250, False)
    assert parse_number("1.5 million") == (1_500_000, False)
    assert parse_number("a dozen") == (12, False)
    assert parse_number("dozens") == (24, True)
    assert parse_number("tens of thousands") == (20_000, True)
    assert parse_number("banana") is None


def test_qualifiers_bound_the_value():
    values = {m.text: m.value for m in find(
        "At least 125 people died, more than 150 were injured, up to 40 are missing "
        "and almost 900 homes were destroyed."
    )}
    assert values["At least 125"] == CountValue(125, None)
    assert values["more than 150"] == CountValue(151, None)
    assert values["up to 40"] == CountValue(None, 40)
    assert values["almost 900"] == CountValue(None, 900, approximate=True)


def test_a_revised_toll_keeps_only_the_new_figure():
    found = find("The toll rose from 41 to 58.")
    assert [(m.text, m.role) for m in found] == [("58", "killed")]


def test_empty_text():
    assert find("") == []


# The words before a number are searched only with the patterns that can end with its last word
# (counts._role_before); the plain reference searches with every pattern in turn.
_BEFORE_WORDS = sorted(
    {w for words in counts_module._BEFORE_ROLE_LAST_WORDS for w in words.split()}
    | {"toll", "number", "the", "lives", "dead", "deaths", "people", "front", "detention", "rounded",
       "In", "KILLED", "Toll", "Of", "overkilled", "kill3", "x", "a.", "(killed", "death", "tollof"}
)
before_window = st.lists(
    st.one_of(st.sampled_from(_BEFORE_WORDS), st.sampled_from([",", "-", "3", "é", "ı", "\u212a"])), max_size=12
).flatmap(lambda ws: st.sampled_from(["", " ", "  ", "\n", " \t"]).map(lambda end: " ".join(ws) + end))


def _role_before_plain(window: str) -> str | None:
    for pattern, role in counts_module._BEFORE_ROLES:
        if pattern.search(window):
            return role
    return None


@settings(max_examples=400)
@given(before_window)
def test_role_before_gate_matches_every_pattern_search(window):
    text = window + "12"
    plain_window = window[max(0, len(window) - 120) :]
    cut = max(plain_window.rfind(ch) for ch in ".;!?\n")
    expected = _role_before_plain(plain_window[cut + 1 :] if cut >= 0 else plain_window)
    assert counts_module._role_before(text, len(window)) == expected


def test_role_before_gate_reads_each_kind_of_ending():
    assert counts_module._role_before("floods killed 12", len("floods killed ")) == "killed"
    assert counts_module._role_before("The toll rose to 12", len("The toll rose to ")) == "killed"
    assert counts_module._role_before("police Arrested  12", len("police Arrested  ")) == "arrested"
    assert counts_module._role_before("a crowd of 12", len("a crowd of ")) == "attendance"
    assert counts_module._role_before("they killed12", len("they killed")) is None
    assert counts_module._role_before("the tollof 12", len("the tollof ")) is None
