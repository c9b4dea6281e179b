"""`jobs` (with `jobs forget`) and `resume`: the journal of submitted requests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from .._exceptions import FalError
from ._errors import CliInputError
from ._paths import check_folder
from ._settings import failures, settings
from .jobs import DownloadDir, Timeout, wait_and_show

if TYPE_CHECKING:
    from .._client import Client


def journal_needed(client: Client, why: str) -> None:
    if not client.journal.enabled:
        raise CliInputError(
            f"the journal is off (--journal off or UNIAPI_FAL_JOURNAL=off): {why}; "
            "leave it on (the default) for jobs to be kept"
        )


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="List the journaled jobs of this base URL, oldest first; `jobs forget ID`.",
        no_args_is_help=False,
    )
    app.add_typer(group, name="jobs")

    @group.callback(invoke_without_command=True)
    def jobs(
        ctx: typer.Context,
        unfinished: Annotated[
            bool, typer.Option(help="Only jobs whose result is pending.")
        ] = False,
    ) -> None:
        """List the journaled jobs of this base URL, oldest first (`jobs forget ID` drops one)."""
        if ctx.invoked_subcommand is not None:
            return
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            journal_needed(client, "nothing was recorded to list")
            entries = client.jobs()
            s.out.entries([e for e in entries if e.unfinished] if unfinished else entries)

    @group.command("forget")
    def forget(
        ctx: typer.Context,
        job: Annotated[str, typer.Argument(help="The job's id or request_id, as `jobs` lists.")],
    ) -> None:
        """Drop one job from the journal (e.g. a stuck UNKNOWN submit you checked by hand).

        A batch resubmits a forgotten item on its next run; the server is not told.
        """
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            journal_needed(client, "nothing to forget")
            matches = [e for e in client.jobs() if job in (str(e.id), e.request_id)]
            if not matches:
                raise CliInputError(f"no job {job!r} in the journal; `uniapi-fal jobs` lists them")
            for entry in matches:
                client.journal.forget(entry.id)
                s.out.event(
                    "forgotten",
                    id=entry.id,
                    request_id=entry.request_id,
                    endpoint=entry.endpoint,
                    state=entry.state,
                )
                s.out.say(
                    f"forgot job {entry.id} ({entry.endpoint}, {entry.state}, "
                    f"request_id {entry.request_id or '-'}); the server was not told"
                )

    @app.command("resume")
    def resume(ctx: typer.Context, download: DownloadDir = None, timeout: Timeout = None) -> None:
        """Collect every unfinished job of the journal (after a crash, a Ctrl-C, a reboot).

        A job that fails is reported and the others are still collected; one the queue no
        longer knows (404/410) is marked EXPIRED in the journal, so it does not come back.
        """
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            journal_needed(client, "nothing was recorded to resume")
            check_folder(download, "--download")
            pending = client.resume()
            s.out.say(f"{len(pending)} unfinished job(s) in the journal")
            s.out.event("resume", count=len(pending))
            worst = 0
            for job in pending:
                target = download / job.request_id if download is not None else None
                try:
                    wait_and_show(
                        s.out,
                        client,
                        job.endpoint,
                        job.request_id,
                        timeout=timeout,
                        stream=True,
                        download=target,
                    )
                except FalError as error:  # reported; the other jobs are collected all the same
                    # (one the queue no longer knows is journaled EXPIRED by the read itself)
                    worst = max(worst, s.out.failure(error))
            s.out.event("resumed", count=len(pending), failed_exit_code=worst)
            if worst:
                raise typer.Exit(worst)
