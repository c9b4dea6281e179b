"""`jobs` and `resume`: the journal of submitted requests."""

from __future__ import annotations

from typing import Annotated

import typer

from ._settings import failures, settings
from .jobs import DownloadDir, Timeout, wait_and_show


def register(app: typer.Typer) -> None:
    @app.command("jobs")
    def jobs(
        ctx: typer.Context,
        unfinished: Annotated[
            bool, typer.Option(help="Only jobs whose result is pending.")
        ] = False,
    ) -> None:
        """List the journaled jobs of this base URL, oldest first."""
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            entries = client.jobs()
            s.out.entries([e for e in entries if e.unfinished] if unfinished else entries)

    @app.command("resume")
    def resume(ctx: typer.Context, download: DownloadDir = None, timeout: Timeout = None) -> None:
        """Collect every unfinished job of the journal (after a crash, a Ctrl-C, a reboot)."""
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            pending = client.resume()
            s.out.say(f"{len(pending)} unfinished job(s) in the journal")
            s.out.event("resume", count=len(pending))
            for job in pending:
                target = download / job.request_id if download is not None else None
                wait_and_show(
                    s.out,
                    client,
                    job.endpoint,
                    job.request_id,
                    timeout=timeout,
                    stream=True,
                    download=target,
                )
