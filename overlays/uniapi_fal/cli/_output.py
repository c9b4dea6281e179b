"""The single output sink: rich for people at a terminal, JSON lines for programs.

JSON mode is chosen by `--json` or when stdout is not a terminal; every line is one
object with an `event` key, so `uniapi-fal run ... | jq` works.

Data (model names, schema text, error messages, paths) is never read as rich markup: it
goes out as `Text` or escaped. Tables never cut the columns users copy (ids, names): when
the console is too narrow for them, each record is printed as `key: value` lines instead.
A closed stdout (`uniapi-fal run ... | head -1`) ends the command quietly with exit 0.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .._download import Saved
from .._journal import JournalEntry
from . import _errors

_GAP = 2  # rich's padding between two cells of a box-less table
_OTHER_MIN = 8  # the least width a wrapping column is given before records replace the table


def cli_message(message: str) -> str:
    """The SDK's Python advice (`client.job(...)`, ...) as the CLI command that does it."""
    message = re.sub(
        r"client\.job\(\s*'([^']*)'\s*,\s*'([^']*)'\s*\)(?:\.result\(\))?",
        r"uniapi-fal result \1 \2",
        message,
    )
    message = message.replace(
        "client.job(endpoint, request_id)", "uniapi-fal result ENDPOINT REQUEST_ID"
    )
    message = re.sub(r"client\.journal\.forget\(([^)]*)\)", r"uniapi-fal jobs forget \1", message)
    message = message.replace("client.jobs()", "uniapi-fal jobs")
    message = message.replace("client.resume()", "uniapi-fal resume")
    return message


def to_jsonable(value: Any) -> Any:
    """Outputs are generated attrs models: `to_dict()` gives their JSON."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _silence_stdout() -> None:
    """The reader went away: whatever is still written goes nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class _PipeSafe:
    """stdout for rich: a closed pipe silences it instead of raising (from any thread)."""

    def __init__(self, stream: Any, on_close: Any) -> None:
        self._stream = stream
        self._on_close = on_close

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except BrokenPipeError:
            self._on_close()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._on_close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class Output:
    def __init__(self, *, json_mode: bool | None, journal_on: bool = True) -> None:
        self.console = Console(file=_PipeSafe(sys.stdout, self._pipe_closed))  # type: ignore[arg-type]
        self.errors = Console(stderr=True)
        self.json = json_mode if json_mode is not None else not self.console.is_terminal
        self.journal_on = journal_on
        self.closed = False
        """stdout was closed by its reader (`| head -1`)."""
        self.finish_when_closed = False
        """Go on when stdout closes (a batch still writes its results file), or end at once."""

    def _pipe_closed(self) -> None:
        _silence_stdout()
        self.closed = True

    def _stdout_closed(self) -> None:
        _silence_stdout()
        self.closed = True
        if not self.finish_when_closed:
            raise typer.Exit(_errors.OK)

    def event(self, name: str, **fields: Any) -> None:
        """One JSON line (JSON mode only)."""
        if self.json:
            try:
                sys.stdout.write(json.dumps({"event": name, **fields}, default=str) + "\n")
                sys.stdout.flush()
            except BrokenPipeError:
                self._stdout_closed()

    def print(self, *renderables: Any, **options: Any) -> None:
        """`console.print`, ending quietly when stdout is closed."""
        try:
            self.console.print(*renderables, **options)
        except BrokenPipeError:
            self._stdout_closed()

    def say(self, text: str | Text) -> None:
        """A line for people (human mode only); `text` is shown as is, never as markup."""
        if not self.json:
            self.print(text if isinstance(text, Text) else Text(text), highlight=False)

    def warn(self, text: str) -> None:
        """A warning on stderr (human mode; JSON mode has its own event)."""
        if not self.json:
            self.errors.print(Text("warning", style="yellow") + Text(f": {text}"), highlight=False)

    def result(self, endpoint: str, request_id: str, output: Any) -> None:
        data = to_jsonable(output)
        if self.json:
            self.event("result", endpoint=endpoint, request_id=request_id, output=data)
        else:
            line = Text("✓", style="bold green") + Text(f" {type(output).__name__}  ({request_id})")
            self.print(line)
            try:
                self.console.print_json(data=data)
            except BrokenPipeError:
                self._stdout_closed()

    def saved(self, files: list[Saved]) -> None:
        for file in files:
            self.event("downloaded", path=str(file.path), url=file.url, size=file.size)
            self.say(f"saved {file.path}  ({file.size:,} bytes)")

    def records(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        keep: Sequence[str],
        others_min: int = _OTHER_MIN,
    ) -> None:
        """A table whose `keep` columns are never cut; records when too narrow for that."""
        kept = [i for i, h in enumerate(headers) if h in keep]
        widths = {i: max([len(headers[i])] + [len(row[i]) for row in rows]) for i in kept}
        others = len(headers) - len(kept)
        needed = sum(widths.values()) + others * others_min + _GAP * (len(headers) - 1)
        if needed <= self.console.width:
            table = Table(box=None, header_style="bold", pad_edge=False)
            for i, header in enumerate(headers):
                if i in kept:
                    table.add_column(header, no_wrap=True, min_width=widths[i])
                else:
                    table.add_column(header, overflow="fold")
            for row in rows:
                table.add_row(*(Text(cell) for cell in row))
            self.print(table)
            return
        label = max(len(h) for h in headers)
        for number, row in enumerate(rows):
            if number:
                self.print("")
            width = max(self.console.width - label - _GAP, _OTHER_MIN)
            for header, cell in zip(headers, row, strict=True):
                if not cell:
                    continue
                # A long value wraps at words, its lines indented under its first.
                lines = Text(cell).wrap(self.console, width, overflow="fold")
                for number_in_cell, line in enumerate(lines):
                    line.rstrip()
                    shown = header if number_in_cell == 0 else ""
                    start = Text(f"{shown:<{label}}{' ' * _GAP}", style="bold")
                    self.print(start + line, soft_wrap=True, highlight=False)

    def entries(self, entries: list[JournalEntry]) -> None:
        if self.json:
            for e in entries:
                self.event(
                    "job",
                    id=e.id,
                    request_id=e.request_id,
                    endpoint=e.endpoint,
                    state=e.state,
                    submitted_at=e.submitted_at,
                    has_result=e.has_result,
                    error=e.error,
                )
            return
        from datetime import datetime

        rows = [
            [
                str(e.id),
                e.request_id or "-",
                e.endpoint,
                e.state,
                datetime.fromtimestamp(e.submitted_at).strftime("%Y-%m-%d %H:%M:%S"),
                "cached" if e.has_result else "",
            ]
            for e in entries
        ]
        self.records(
            ["id", "request_id", "endpoint", "state", "submitted", "result"],
            rows,
            keep=["id", "request_id", "endpoint"],
        )

    def failure(self, error: BaseException, *, resume_hint: str | None = None) -> int:
        code = _errors.exit_code(error)
        message = cli_message(str(error) or type(error).__name__)
        if isinstance(error, KeyboardInterrupt):
            message = (
                "interrupted; every submitted job is in the journal"
                if self.journal_on
                else "interrupted"
            )
        if self.json:
            self.event(
                "error",
                type=type(error).__name__,
                message=message,
                exit_code=code,
                request_id=getattr(error, "request_id", None),
            )
        else:
            self.errors.print(
                Text("error", style="bold red") + Text(f" ({type(error).__name__}): {message}"),
                highlight=False,
            )
            next_step = (
                resume_hint if isinstance(error, KeyboardInterrupt) and resume_hint else None
            )
            next_step = next_step or _errors.hint(error, journal_on=self.journal_on)
            if next_step:
                self.errors.print(Text(f"next: {next_step}"), highlight=False)
        return code
