"""Place sets judged by each source's finest places: a town and its region place the event in the town."""

from __future__ import annotations

import pytest

from crosscheck.model import Article, Claim, PlaceValue, Span
from crosscheck.pipeline import findings_for

_RUSSIA = PlaceValue("Russia", "iso:RU", "country")
_YAKUTIA = PlaceValue("Yakutia", "iso:RU-SA", "subdivision", within=("iso:RU",), within_names=("Russia",))
_MIRNY = PlaceValue("Mirny", "t:mirny", "city", within=("iso:RU-SA", "iso:RU"), within_names=("Yakutia", "Russia"))
_NYURBA = PlaceValue("Nyurba", "t:nyurba", "city", within=("iso:RU-SA", "iso:RU"), within_names=("Yakutia", "Russia"))


def _verdict(a: list[PlaceValue], b: list[PlaceValue]) -> str:
    claims = [
        Claim(f"{source}:c{n}", source, "e1", "location", v, v.name, Span(0, 1))
        for source, values in (("a", a), ("b", b))
        for n, v in enumerate(values, start=1)
    ]
    articles = {s: Article("text", s, published=None) for s in "ab"}
    (finding,) = [f for f in findings_for("e1", "crash", claims, articles) if f.scope == "cross-source"]
    return finding.verdict


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ([_MIRNY, _YAKUTIA, _RUSSIA], [_NYURBA], "conflict"),  # two towns, whatever region they share
        ([_MIRNY, _RUSSIA], [_NYURBA, _RUSSIA], "conflict"),  # sharing the country settles nothing
        ([_MIRNY, _YAKUTIA], [_YAKUTIA], "compatible"),  # the town lies in the region the other names
        ([_RUSSIA], [_NYURBA, _RUSSIA], "compatible"),
        ([_MIRNY, _YAKUTIA], [_MIRNY], "compatible"),
        ([_MIRNY, _NYURBA], [_NYURBA], "compatible"),  # a source naming two towns overlaps on one
        ([_MIRNY, _YAKUTIA], [_MIRNY, _YAKUTIA], "agree"),
    ],
)
def test_place_sets_are_judged_by_their_finest_places(a, b, verdict):
    assert _verdict(a, b) == verdict
    assert _verdict(b, a) == verdict
