"""The single output sink: rich for people at a terminal, JSON lines for programs.

JSON mode is chosen by `--json` or when stdout is not a terminal; every line is one
object with an `event` key, so `uniapi-fal run ... | jq` works.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console

from .._download import Saved
from .._journal import JournalEntry
from . import _errors


def to_jsonable(value: Any) -> Any:
    """Outputs are generated attrs models: `to_dict()` gives their JSON."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


class Output:
    def __init__(self, *, json_mode: bool | None) -> None:
        self.console = Console()
        self.errors = Console(stderr=True)
        self.json = json_mode if json_mode is not None else not self.console.is_terminal

    def event(self, name: str, **fields: Any) -> None:
        """One JSON line (JSON mode only)."""
        if self.json:
            sys.stdout.write(json.dumps({"event": name, **fields}, default=str) + "\n")
            sys.stdout.flush()

    def say(self, text: str) -> None:
        """A line for people (human mode only)."""
        if not self.json:
            self.console.print(text, highlight=False)

    def result(self, endpoint: str, request_id: str, output: Any) -> None:
        data = to_jsonable(output)
        if self.json:
            self.event("result", endpoint=endpoint, request_id=request_id, output=data)
        else:
            self.console.print(f"[bold green]✓[/] {type(output).__name__}  ({request_id})")
            self.console.print_json(data=data)

    def saved(self, files: list[Saved]) -> None:
        for file in files:
            self.event("downloaded", path=str(file.path), url=file.url, size=file.size)
            self.say(f"saved {file.path}  ({file.size:,} bytes)")

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

        from rich.table import Table

        table = Table("id", "request_id", "endpoint", "state", "submitted", "result")
        for e in entries:
            when = datetime.fromtimestamp(e.submitted_at).strftime("%Y-%m-%d %H:%M:%S")
            table.add_row(
                str(e.id),
                e.request_id or "-",
                e.endpoint,
                e.state,
                when,
                "cached" if e.has_result else "",
            )
        self.console.print(table)

    def failure(self, error: BaseException, *, resume_hint: str | None = None) -> int:
        code = _errors.exit_code(error)
        message = str(error) or type(error).__name__
        if isinstance(error, KeyboardInterrupt):
            message = "interrupted; every submitted job is in the journal"
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
                f"[bold red]error[/] ({type(error).__name__}): {message}", highlight=False
            )
            next_step = (
                resume_hint if isinstance(error, KeyboardInterrupt) and resume_hint else None
            )
            next_step = next_step or _errors.hint(error)
            if next_step:
                self.errors.print(f"next: {next_step}", highlight=False)
        return code
