"""Random texts for the tests that compare a speed shortcut with the plain scan it replaces."""

from __future__ import annotations

import random
from collections.abc import Sequence


def glued_texts(
    pieces: Sequence[str], glue: Sequence[str], *, seed: int, count: int, words: tuple[int, int] = (0, 40)
) -> list[str]:
    """Return ``count`` texts, each a random number (within ``words``) of pieces, each followed by glue."""
    rng = random.Random(seed)
    low, high = words
    return [
        "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(low, high)))
        for _ in range(count)
    ]
