"""How far an indicator has come: its figures as numbers, and current over target."""

from __future__ import annotations

import re
import unicodedata

from index.facts import Indicator

_NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")


def number(text: str) -> float | None:
    """The first figure in a cell (1,256.42 km² → 1256.42); None when it has none."""
    m = _NUMBER.search(unicodedata.normalize("NFKC", text or ""))
    return float(m.group(0).replace(",", "")) if m else None


def progress(indicator: Indicator) -> float | None:
    """Current value as a share of the target (0.74 = 74 %), capped at 1; None when either is not a figure.

    A plan does not say whether an indicator should rise or fall, so this reads every target as
    one to reach from below; a falling target (a rate to bring down) shows as reached.
    """
    current, target = number(indicator.current), number(indicator.target)
    if current is None or not target:
        return None
    return max(0.0, min(1.0, current / target))
