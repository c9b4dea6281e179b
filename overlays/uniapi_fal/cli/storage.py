"""`upload`: a file into fal's storage, with a progress bar; prints its URL."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from ._settings import failures, settings


def register(app: typer.Typer) -> None:
    @app.command("upload")
    def upload(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(help="The file to upload.", show_default=False)],
        content_type: Annotated[
            str | None,
            typer.Option("--content-type", help="Its media type (default: from its name)."),
        ] = None,
        timeout: Annotated[
            float | None, typer.Option(help="Seconds for the whole upload (default: none).")
        ] = None,
    ) -> None:
        """Upload a file to fal's storage and print its URL, for any input.

        Example: uniapi-fal upload photo.png
        """
        s = settings(ctx)
        bar = Progress(
            TextColumn("[bold]upload"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=s.out.errors,
            disable=s.out.json,
            transient=True,
        )
        task = bar.add_task("upload", total=None)

        def moved(sent: int, total: int) -> None:
            bar.update(task, completed=sent, total=total)

        with failures(s.out), s.client() as client, bar:
            url = client.upload(file, content_type, timeout=timeout, on_progress=moved)
        s.out.event("uploaded", file=str(file), url=url)
        s.out.say(url)
