"""The `uniapi-fal` command: wiring only; each command group lives in its own module.

Exit codes: 0 success, 1 job failed or cancelled, 2 invalid input or usage,
3 network or API error, 4 gave up waiting (the job goes on), 130 interrupted.
"""

from __future__ import annotations

from typing import Annotated

import typer

from .._constants import DEFAULT_MAX_RETRIES
from . import batch, emulator, jobs, journal, models
from ._output import Output
from ._settings import Settings

app = typer.Typer(
    name="uniapi-fal",
    help="Run fal.ai models through the UniAPI gateway (or fal directly) from the terminal.",
    epilog="Exit codes: 0 ok, 1 job failed, 2 invalid input, 3 network/API error, "
    "4 timed out waiting, 130 interrupted. UNIAPI_FAL_DEBUG=1 shows tracebacks.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def options(
    ctx: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option(
            envvar="UNIAPI_API_KEY",
            show_envvar=True,
            show_default=False,
            help="The key (UniAPI or fal).",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            envvar="UNIAPI_BASE_URL", show_envvar=True, help="Default https://api.uniapi.io."
        ),
    ] = None,
    json_mode: Annotated[
        bool | None,
        typer.Option("--json/--no-json", help="JSON lines only (the default when piped)."),
    ] = None,
    max_retries: Annotated[
        int, typer.Option(min=0, help="Retries of each read (status, result); 0 for none.")
    ] = DEFAULT_MAX_RETRIES,
    journal: Annotated[
        str | None,
        typer.Option(
            envvar="UNIAPI_FAL_JOURNAL",
            show_envvar=True,
            help="Journal file, or 'off'. Default: the per-user data folder.",
        ),
    ] = None,
) -> None:
    ctx.obj = Settings(
        api_key=api_key,
        base_url=base_url,
        journal=journal,
        max_retries=max_retries,
        out=Output(json_mode=json_mode),
    )


for group in (models, jobs, journal, batch, emulator):
    group.register(app)


def run() -> None:
    app()
