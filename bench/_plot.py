"""`bench/waiting.png`: status requests per job and detection latency, per way of waiting."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (after choosing the Agg backend)

from .waiting import Config, Measured  # noqa: E402


def waiting_plot(measured: dict[Config, Measured], path: Path) -> None:
    labels = [config.label.replace(" (", "\n(").replace(", ", "\n") for config in measured]
    values = list(measured.values())
    positions = list(range(len(labels)))
    figure, (requests, latency) = plt.subplots(1, 2, figsize=(15, 5.2))

    counts = [v.requests_per_job.median for v in values]
    errors = [
        [v.requests_per_job.median - v.requests_per_job.low for v in values],
        [v.requests_per_job.high - v.requests_per_job.median for v in values],
    ]
    bars = requests.bar(positions, counts, yerr=errors, capsize=3, color="#4c72b0")
    requests.bar_label(bars, labels=[f"{c:.1f}" for c in counts], padding=2)
    requests.set_title("Status requests per job (status + stream)")
    requests.set_ylabel("requests per job")

    width = 0.38
    for offset, name, color in ((-width / 2, "p50", "#55a868"), (width / 2, "p95", "#c44e52")):
        picked = [v.p50_ms if name == "p50" else v.p95_ms for v in values]
        medians = [s.median for s in picked]
        spread = [[s.median - s.low for s in picked], [s.high - s.median for s in picked]]
        latency.bar(
            [p + offset for p in positions],
            medians,
            width,
            yerr=spread,
            capsize=3,
            label=name,
            color=color,
        )
    latency.set_title("Completion-detection latency")
    latency.set_ylabel("ms after the job completed")
    latency.legend()

    for axis in (requests, latency):
        axis.set_xticks(positions, labels, fontsize=7)
        axis.grid(axis="y", alpha=0.3)
    figure.suptitle(
        "Waiting for a job of 1 s queue + 3 s run (last two: 3.25 s run), "
        "median of runs, bars: min–max"
    )
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
