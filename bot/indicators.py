"""How far an indicator has come: its figures as numbers, its direction, and progress from the baseline.

A plan's one 現状 column is mostly the value measured before the plan began: it says nothing of what
the city has done since. Progress is therefore only reckoned where the table gives a baseline (基準値)
beside a later figure: the share of the way from the baseline to the target, in the indicator's
direction.
"""

from __future__ import annotations

import re
import unicodedata

from index.facts import Indicator

_NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")
UP, DOWN = "up", "down"


def number(text: str) -> float | None:
    """The first figure in a cell (1,256.42 km² → 1256.42); None when it has none."""
    m = _NUMBER.search(unicodedata.normalize("NFKC", text or ""))
    return float(m.group(0).replace(",", "")) if m else None


def direction(indicator: Indicator) -> str:
    """"up" or "down": as the manifest says, else as the target lies from the baseline; "" when unknown."""
    if indicator.direction in (UP, DOWN):
        return indicator.direction
    baseline, target = number(indicator.baseline or indicator.current), number(indicator.target)
    if baseline is None or target is None or baseline == target:
        return ""
    return UP if target > baseline else DOWN


def progress(indicator: Indicator) -> float | None:
    """The share (0–1) of the way from the baseline to the target that the latest figure has come;
    None without a baseline beside it, or without figures to reckon with."""
    if not indicator.baseline:
        return None
    baseline, measured, target = number(indicator.baseline), number(indicator.current), number(indicator.target)
    way = direction(indicator)
    if baseline is None or measured is None or target is None or not way:
        return None
    if target == baseline:  # hold the level: reached or not
        return 1.0 if (measured >= target if way == UP else measured <= target) else 0.0
    if (target > baseline) != (way == UP):  # the manifest's direction contradicts the figures: say nothing
        return None
    return max(0.0, min(1.0, (measured - baseline) / (target - baseline)))


def achieved(indicator: Indicator) -> bool:
    """Whether the latest figure has reached the target in the indicator's direction."""
    return progress(indicator) == 1.0
