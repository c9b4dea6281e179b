"""The table of results: rows, rendering, and `bench/results.md`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._stats import Summary

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
    met: bool | None
    digits: int = 1

    def cells(self) -> list[str]:
        shown = []
        for client in CLIENTS:
            value = self.values.get(client)
            if value is None:
                shown.append("–")
            else:
                shown.append(value if isinstance(value, str) else value.show(self.digits))
        met = "n/a" if self.met is None else ("yes" if self.met else "**NO**")
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


def ratio_text(numerator: float, denominator: float, against: str) -> str:
    if denominator == 0:
        return "–"
    return f"{numerator / denominator:.2f}× {against}"
