"""The table of results: rows, rendering, and `bench/results.md`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._stats import NOISY, Spread, Summary, Verdict

UNIAPI = "uniapi-fal"
FAL = "fal-client"
HTTPX = "raw httpx"
CLIENTS = (UNIAPI, FAL, HTTPX)


@dataclass(frozen=True)
class Row:
    """One measure of one scenario, for each client, against its target."""

    scenario: str
    measure: str
    values: dict[str, Summary | str | None]
    ratio: str
    target: str
    met: Verdict | None
    """True / False / `NOISY` (the per-round figures straddle the target) / None (no target)."""
    digits: int = 1

    def cells(self) -> list[str]:
        shown = []
        for client in CLIENTS:
            value = self.values.get(client)
            if value is None:
                shown.append("–")
            else:
                shown.append(value if isinstance(value, str) else value.show(self.digits))
        met = "n/a" if self.met is None else met_text(self.met)
        return [self.scenario, self.measure, *shown, self.ratio, self.target, met]


@dataclass(frozen=True)
class CpuRow:
    """The emulator's CPU share while one client ran one scenario (1.0 = one full core)."""

    scenario: str
    client: str
    share: Summary


@dataclass
class Section:
    """What one scenario contributes: table rows, CPU readings, notes for results.md."""

    rows: list[Row] = field(default_factory=list)
    cpu: list[CpuRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


HEADER = ["scenario", "measure", UNIAPI, FAL, HTTPX, "ratio", "target", "met?"]


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "| " + " | ".join("-" * w for w in widths) + " |"
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def results_table(rows: list[Row]) -> str:
    return markdown_table(HEADER, [row.cells() for row in rows])


def cpu_table(readings: list[CpuRow]) -> str:
    scenarios: dict[str, dict[str, Summary]] = {}
    for reading in readings:
        scenarios.setdefault(reading.scenario, {})[reading.client] = reading.share
    rows = []
    for scenario, by_client in scenarios.items():
        cells = [scenario]
        for client in CLIENTS:
            share = by_client.get(client)
            cells.append("–" if share is None else f"{share.median * 100:.0f} %")
        peak = max(share.high for share in by_client.values())
        cells.append(f"{peak * 100:.0f} %")
        rows.append(cells)
    return markdown_table(["scenario", UNIAPI, FAL, HTTPX, "highest run"], rows)


def met_text(met: Verdict) -> str:
    if met == NOISY:
        return NOISY
    return "yes" if met is True else "**NO**"


def spread_text(spread: Spread, digits: int = 2, sign: bool = False) -> str:
    """`1.04 (IQR 0.98–1.10)`: the median of per-round figures and their quartiles."""
    form = f"{'+' if sign else ''}.{digits}f"
    median = format(spread.median, form)
    if spread.runs < 2:
        return median
    return f"{median} (IQR {format(spread.q1, form)}…{format(spread.q3, form)})"


def round_ratio_text(spread: Spread, against: str, digits: int = 2) -> str:
    """`1.04× fal-client (IQR 0.98…1.10)`: the median of the per-round ratios."""
    shown = spread_text(spread, digits)
    median, _, rest = shown.partition(" ")
    return f"{median}× {against}" + (f" {rest}" if rest else "")


def round_difference_text(
    spread: Spread, unit: str = "ms", digits: int = 0, *, sign: bool = True
) -> str:
    """`+89 ms (IQR +80…+95)`: the median of per-round differences (or, `sign=False`,
    of per-run figures: `38 ms (IQR 37…40)`)."""
    shown = spread_text(spread, digits, sign=sign)
    median, _, rest = shown.partition(" ")
    return f"{median} {unit}" + (f" {rest}" if rest else "")


def noise_note(row: Row) -> str:
    """One line for the notes on a row whose verdict is `NOISY`."""
    return (
        f"- **{row.scenario}, {row.measure}**: {row.ratio} against a target of {row.target}: "
        "the target lies inside the interquartile range of the per-round figures, so this "
        "run neither meets nor misses it; run the scenario with more rounds, or on a "
        "quieter machine."
    )


def ratio_text(numerator: float, denominator: float, against: str) -> str:
    if denominator == 0:
        return "–"
    return f"{numerator / denominator:.2f}× {against}"
