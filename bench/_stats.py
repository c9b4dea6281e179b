"""Summaries of repeated measurements, and the verdicts drawn from them.

- `Summary`: a client's own figure over runs, the median with the minimum and maximum;
- `Spread`: per-round ratios or differences (clients interleaved in rounds, the order
  rotated from round to round: ABC, BCA, CAB), the median with the interquartile range;
- `verdict`: met / missed / too noisy, the last when the interquartile range of the
  per-round figures holds the target.

Everything here is pure (no I/O, no clock), for the unit tests.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    """The median of some runs, and their range."""

    median: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        if not values:
            raise ValueError("no values to summarise")
        return cls(statistics.median(values), min(values), max(values), len(values))

    def show(self, digits: int = 1) -> str:
        """`12.3 (11.9–13.0)`: the range only when there is one."""
        median = f"{self.median:.{digits}f}"
        if self.runs < 2:
            return median
        return f"{median} ({self.low:.{digits}f}–{self.high:.{digits}f})"


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), interpolated between the closest ranks."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


# ------------------------------------------------------------- interleaved rounds
def rotated(items: Sequence[str], round_index: int) -> list[str]:
    """The order of one round: ABC, BCA, CAB, ABC, ... (round 0 keeps the given order)."""
    if not items:
        return []
    shift = round_index % len(items)
    return [*items[shift:], *items[:shift]]


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """(25th, 50th, 75th) percentiles, interpolated as `percentile` does."""
    return percentile(values, 25), percentile(values, 50), percentile(values, 75)


def per_round(
    numerators: Sequence[float], denominators: Sequence[float], *, difference: bool = False
) -> list[float]:
    """Round by round, `numerator / denominator` (or `numerator - denominator`)."""
    if len(numerators) != len(denominators):
        raise ValueError(f"{len(numerators)} rounds against {len(denominators)}")
    if difference:
        return [a - b for a, b in zip(numerators, denominators, strict=True)]
    return [a / b if b else float("inf") for a, b in zip(numerators, denominators, strict=True)]


@dataclass(frozen=True)
class Spread:
    """Per-round figures (ratios, differences): their median, quartiles and range."""

    median: float
    q1: float
    q3: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        if not values:
            raise ValueError("no values to summarise")
        q1, median, q3 = quartiles(values)
        return cls(median, q1, q3, min(values), max(values), len(values))

    def straddles(self, target: float) -> bool:
        """The target lies inside the interquartile range (which is not a single point)."""
        return self.q1 < self.q3 and self.q1 <= target <= self.q3


NOISY = "too noisy"
"""The verdict when the per-round figures fall on both sides of the target."""

Verdict = bool | str
"""True (met), False (missed) or NOISY."""


def verdict(figures: Spread | Summary | float, target: float) -> Verdict:
    """Met when the median is at most `target`; NOISY when the interquartile range of the
    per-round figures holds the target (a single figure is never noisy). A `Summary` (no
    quartiles) is judged on its median alone."""
    if isinstance(figures, Spread):
        if figures.straddles(target):
            return NOISY
        return figures.median <= target
    if isinstance(figures, Summary):
        return figures.median <= target
    return figures <= target
