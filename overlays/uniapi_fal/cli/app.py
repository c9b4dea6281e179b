"""The `uniapi-fal` command: wiring only; each command group lives in its own module.

Exit codes: 0 success, 1 job failed or cancelled, 2 invalid input or usage,
3 network or API error, 4 gave up waiting (the job goes on), 130 interrupted.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .._constants import DEFAULT_MAX_RETRIES
from . import batch, emulator, jobs, journal, models, storage
from ._output import Output
from ._settings import Settings, journal_on

app = typer.Typer(
    name="uniapi-fal",
    help="Run fal.ai models through the UniAPI gateway (or fal directly) from the terminal.",
    epilog="Exit codes: 0 ok, 1 job failed, 2 invalid input, 3 network/API error, "
    "4 timed out waiting, 130 interrupted. UNIAPI_FAL_DEBUG=1 shows tracebacks. "
    "Global options (--json, --journal...) go before or after the command.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"uniapi-fal {__version__}")
        raise typer.Exit()


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
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            is_eager=True,
            callback=_print_version,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    ctx.obj = Settings(
        api_key=api_key,
        base_url=base_url,
        journal=journal,
        max_retries=max_retries,
        out=Output(json_mode=json_mode, journal_on=journal_on(journal)),
    )


for group in (models, jobs, journal, batch, emulator, storage):
    group.register(app)


_GLOBAL_VALUED = {"--api-key", "--base-url", "--max-retries", "--journal"}
_GLOBAL_FLAGS = {"--json", "--no-json", "--version"}
_COMMAND_VALUED = {
    "-p",
    "--param",
    "-i",
    "--input",
    "-d",
    "--download",
    "--timeout",
    "-o",
    "--out",
    "-c",
    "--concurrency",
    "--category",
    "--batch-id",
    "--content-type",
}


def _global_option(token: str) -> bool:
    return token in _GLOBAL_FLAGS or token.split("=", 1)[0] in _GLOBAL_VALUED


def hoist_global_options(args: list[str]) -> list[str]:
    """Global options given after the subcommand, moved before it (`run --json ...`).

    Values of the subcommand's own options (`-p x=--json`) and anything after `--` stay;
    `emulator` passes its arguments on untouched.
    """
    i = 0
    while i < len(args):  # find the subcommand
        token = args[i]
        if token in _GLOBAL_VALUED:
            i += 2
        elif token.startswith("-"):
            i += 1
        else:
            break
    if i >= len(args) or args[i] == "emulator":
        return args
    command = i
    moved: list[str] = []
    kept: list[str] = []
    i += 1
    while i < len(args):
        token = args[i]
        if token == "--":
            kept += args[i:]
            break
        if token in _COMMAND_VALUED:
            kept += args[i : i + 2]
            i += 2
        elif token in _GLOBAL_VALUED:
            moved += args[i : i + 2]
            i += 2
        elif _global_option(token):
            moved.append(token)
            i += 1
        else:
            kept.append(token)
            i += 1
    return args[:command] + moved + args[command : command + 1] + kept


def run() -> None:
    app(args=hoist_global_options(sys.argv[1:]), prog_name="uniapi-fal")
