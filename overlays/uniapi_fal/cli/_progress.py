"""Live progress: one job (state, queue position, elapsed time, newest logs) or a batch
(done, failed, pending, rate, ETA). Rendered only on a terminal; JSON mode gets events."""

from __future__ import annotations

import time
from collections import deque
from types import TracebackType
from typing import Any

from rich.console import Group, RenderableType
from rich.live import Live
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.spinner import Spinner
from rich.text import Text

from .._batch import BatchResult
from .._status import JobStatus
from ._output import Output, cli_message

LOG_LINES = 4


class JobView:
    """The live block of one waiting job; also the `on_update` callback."""

    def __init__(self, out: Output, endpoint: str, request_id: str) -> None:
        self.out = out
        self.endpoint = endpoint
        self.request_id = request_id
        self.state = "SUBMITTED"
        self.position: int | None = None
        self.logs: deque[str] = deque(maxlen=LOG_LINES)
        self.log_count = 0
        """Log lines seen in all (the live block keeps the last `LOG_LINES`)."""
        self.started = time.monotonic()
        self._spinner = Spinner("dots")
        self._live: Live | None = None
        self.finished: bool | None = None
        """None while waiting; then whether the job failed."""
        self.finished_text = ""

    def __call__(self, status: JobStatus) -> None:
        self.state, self.position = status.state, status.queue_position
        if status.is_completed:
            self.finished = status.is_failed
        self.logs.extend(line.message for line in status.new_logs)
        self.log_count += len(status.new_logs)
        self.out.event(
            "update",
            request_id=self.request_id,
            state=status.state,
            queue_position=status.queue_position,
            logs=[line.message for line in status.new_logs],
            elapsed=round(time.monotonic() - self.started, 3),
        )
        if self._live is not None:
            self._live.refresh()  # every state is drawn, however fast they follow each other

    def __rich__(self) -> RenderableType:
        where = f" · position {self.position}" if self.position is not None else ""
        if self.finished is None:
            self.finished_text = f"{time.monotonic() - self.started:.1f}s"
        line = f"{self.state}{where} · {self.finished_text} · {self.endpoint}"
        lines = [Text(f"  {message}", style="dim") for message in self.logs]
        folded = self.log_count - len(self.logs)
        if folded:
            plural = "s" if folded > 1 else ""
            note = f"  ({folded} earlier log line{plural} not shown; --json prints all)"
            lines.insert(0, Text(note, style="dim italic"))
        if self.finished is not None:
            mark = "[red]✗[/]" if self.finished else "[green]✓[/]"
            return Group(Text.from_markup(f"{mark} ") + Text(line), *lines)
        self._spinner.update(text=Text(line))
        return Group(self._spinner, *lines)

    def __enter__(self) -> JobView:
        if not self.out.json:
            self._live = Live(self, console=self.out.console, refresh_per_second=8)
            self._live.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._live is not None:
            self._live.__exit__(exc_type, exc, tb)


REASON_CHARS = 300


def reason(result: BatchResult[Any]) -> str:
    """Why an item failed, on one line: control characters out, long text cut."""
    error = result.error
    text = f"{type(error).__name__}: {error}" if error is not None else "failed"
    text = cli_message(" ".join("".join(c if c.isprintable() else " " for c in text).split()))
    return text if len(text) <= REASON_CHARS else text[: REASON_CHARS - 1] + "…"


class BatchView:
    """The batch's progress bar; `on_result` callback of `map`."""

    def __init__(self, out: Output, total: int) -> None:
        self.out = out
        self.total = total
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._progress = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[green]✓ {task.fields[ok]}[/] [red]✗ {task.fields[failed]}[/]"),
            TextColumn("pending {task.fields[pending]}"),
            TextColumn("{task.fields[rate]}/s"),
            TimeRemainingColumn(),
            console=out.console,
            disable=out.json,
        )
        self._task = self._progress.add_task(
            "batch", total=total, ok=0, failed=0, pending=total, rate="0.0"
        )

    def __call__(self, result: BatchResult[Any]) -> None:
        if result.ok:
            self.done += 1
        else:
            self.failed += 1
            if not self.out.json:
                self._progress.console.print(
                    Text("✗", style="red") + Text(f" item {result.index}: {reason(result)}"),
                    highlight=False,
                    soft_wrap=True,
                )
        finished = self.done + self.failed
        rate = finished / max(1e-9, time.monotonic() - self.started)
        self._progress.update(
            self._task,
            completed=finished,
            ok=self.done,
            failed=self.failed,
            pending=self.total - finished,
            rate=f"{rate:.1f}",
        )

    def __enter__(self) -> BatchView:
        self._progress.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.__exit__(exc_type, exc, tb)
