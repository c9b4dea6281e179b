"""What every command shares: the global options, the output sink, failure handling."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import attrs
import typer

from .. import Client
from .._exceptions import APIStatusError, FalError
from ._errors import NETWORK, CliInputError, exit_code
from ._output import Output

_OFF = ("off", "0", "false", "no")


@attrs.frozen
class Settings:
    api_key: str | None
    base_url: str | None
    journal: str | None
    max_retries: int
    out: Output

    def client(self) -> Client:
        journal: str | bool | None = self.journal if journal_on(self.journal) else False
        return Client(
            api_key=self.api_key,
            base_url=self.base_url,
            journal=journal,
            max_retries=self.max_retries,
        )


def settings(ctx: typer.Context) -> Settings:
    found = ctx.find_root().obj
    assert isinstance(found, Settings)
    return found


def _unexpected(error: BaseException) -> bool:
    """Worth a traceback: not bad input, a failed job, a timeout, Ctrl-C or an HTTP status."""
    if isinstance(error, APIStatusError):
        return False
    return exit_code(error) == NETWORK


def journal_on(setting: str | None) -> bool:
    return not (isinstance(setting, str) and setting.lower() in _OFF)


@contextmanager
def failures(out: Output, *, resume_hint: str | None = None) -> Iterator[None]:
    """Turn the SDK's typed errors and Ctrl-C into one message and an exit code."""
    try:
        yield
    except (FalError, CliInputError, KeyboardInterrupt) as error:
        if os.environ.get("UNIAPI_FAL_DEBUG"):
            raise
        code = out.failure(error, resume_hint=resume_hint)
        if not out.json and _unexpected(error):
            out.errors.print("(set UNIAPI_FAL_DEBUG=1 for a traceback)", style="dim")
        raise typer.Exit(code) from None
