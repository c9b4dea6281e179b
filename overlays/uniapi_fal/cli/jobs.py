"""`run`, `submit`, `status`, `result`, `cancel`, `download`: one job at a time."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

import attrs
import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from rich.text import Text

from .. import Client
from .._download import Saved
from .._download_checks import place
from ._output import Output
from ._params import build_input
from ._paths import check_folder
from ._progress import JobView
from ._settings import failures, settings
from ._submit import (
    NoRetry,
    ObjectExpiration,
    Priority,
    RequestTimeout,
    RunnerHint,
    StoreIO,
    Webhook,
    controls,
)

Endpoint = Annotated[str, typer.Argument(help="An endpoint id, e.g. fal-ai/flux/dev.")]
RequestId = Annotated[str, typer.Argument(help="The request_id `submit` printed.")]
Params = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        "-p",
        help="key=value, typed by the schema; key=@file sends a local file, only to a URL or "
        "file field (…_url); @@ for a text starting with @.",
    ),
]
InputFile = Annotated[
    Path | None,
    typer.Option(
        "--input", "-i", help='A JSON object of inputs; "@file" values follow the -p rule.'
    ),
]
DownloadDir = Annotated[
    Path | None, typer.Option("--download", "-d", help="Save the output files into this folder.")
]
Timeout = Annotated[float | None, typer.Option(help="Seconds to wait; the job goes on after that.")]
Stream = Annotated[bool, typer.Option("--stream/--poll", help="Status stream, or polling.")]


def save_files(out: Output, client: Client, output: Any, dest: Path) -> list[Saved]:
    """Download an output's files, with a byte progress bar at a terminal.

    Never over an existing file: the files land in a staging folder inside `dest`, then
    each takes its name, or `name-1.ext`... (with a warning) when that is taken, by the
    SDK's own never-overwriting `place`.
    """
    dest.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".uniapi-fal-download-", dir=dest))
    try:
        with Progress(
            TextColumn("download"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            console=out.console,
            disable=out.json,
            transient=True,
        ) as bar:
            task = bar.add_task("download", total=None)
            staged = client.download(
                output,
                staging,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        saved: list[Saved] = []
        for file in staged:
            target = place(file.path, dest / file.path.name)
            if target.name != file.path.name:
                out.event("renamed", wanted=str(dest / file.path.name), path=str(target))
                out.warn(f"{dest / file.path.name} exists: saving as {target.name}")
            saved.append(attrs.evolve(file, path=target))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    out.saved(saved)
    return saved


def wait_and_show(
    out: Output,
    client: Client,
    endpoint: str,
    request_id: str,
    *,
    timeout: float | None,
    stream: bool,
    download: Path | None,
) -> None:
    job = client.job(endpoint, request_id)
    with JobView(out, endpoint, request_id) as view:
        output = job.result(on_update=view, timeout=timeout, stream=stream)
    out.result(endpoint, request_id, output)
    if download is not None:
        save_files(out, client, output, download)


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run(
        ctx: typer.Context,
        endpoint: Endpoint,
        param: Params = None,
        input_file: InputFile = None,
        download: DownloadDir = None,
        timeout: Timeout = None,
        stream: Stream = True,
        priority: Priority = None,
        webhook: Webhook = None,
        request_timeout: RequestTimeout = None,
        runner_hint: RunnerHint = None,
        no_retry: NoRetry = False,
        object_expiration: ObjectExpiration = None,
        store_io: StoreIO = True,
    ) -> None:
        """Submit, watch it queue and run, print the typed result.

        Example: uniapi-fal run fal-ai/flux/dev -p prompt="a fox" -p num_images=2 -d out/
        """
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            body = build_input(endpoint, param or [], input_file)
            check_folder(download, "--download")
            options = controls(
                priority,
                webhook,
                request_timeout,
                runner_hint,
                no_retry,
                object_expiration,
                store_io,
            )
            job = client.submit(endpoint, body, **options)
            s.out.event("submitted", endpoint=job.endpoint, request_id=job.request_id)
            s.out.say(f"submitted {job.endpoint}: {job.request_id}")
            wait_and_show(
                s.out,
                client,
                job.endpoint,
                job.request_id,
                timeout=timeout,
                stream=stream,
                download=download,
            )

    @app.command("submit")
    def submit(
        ctx: typer.Context,
        endpoint: Endpoint,
        param: Params = None,
        input_file: InputFile = None,
        priority: Priority = None,
        webhook: Webhook = None,
        request_timeout: RequestTimeout = None,
        runner_hint: RunnerHint = None,
        no_retry: NoRetry = False,
        object_expiration: ObjectExpiration = None,
        store_io: StoreIO = True,
    ) -> None:
        """Submit and print the request_id at once (it is journaled)."""
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            options = controls(
                priority,
                webhook,
                request_timeout,
                runner_hint,
                no_retry,
                object_expiration,
                store_io,
            )
            job = client.submit(endpoint, build_input(endpoint, param or [], input_file), **options)
            s.out.event("submitted", endpoint=job.endpoint, request_id=job.request_id)
            s.out.say(job.request_id)
            s.out.say(
                Text(f"follow it: uniapi-fal result {job.endpoint} {job.request_id}", style="dim")
            )

    @app.command("status")
    def status(
        ctx: typer.Context,
        endpoint: Endpoint,
        request_id: RequestId,
        logs: Annotated[bool, typer.Option(help="Include the log lines.")] = False,
    ) -> None:
        """A job's state, in one request."""
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            state = client.job(endpoint, request_id).status(logs=logs)
            s.out.event(
                "status",
                request_id=request_id,
                state=state.state,
                queue_position=state.queue_position,
                error=state.error,
                logs=[line.message for line in state.logs],
            )
            where = (
                f" (position {state.queue_position})" if state.queue_position is not None else ""
            )
            s.out.say(f"{state.state}{where}" + (f": {state.error}" if state.error else ""))
            for line in state.logs:
                s.out.say(f"  {line.message}")

    @app.command("result")
    def result(
        ctx: typer.Context,
        endpoint: Endpoint,
        request_id: RequestId,
        download: DownloadDir = None,
        timeout: Timeout = None,
        stream: Stream = True,
    ) -> None:
        """Wait for a job (from any process) and print its typed result."""
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            check_folder(download, "--download")
            wait_and_show(
                s.out,
                client,
                endpoint,
                request_id,
                timeout=timeout,
                stream=stream,
                download=download,
            )

    @app.command("cancel")
    def cancel(ctx: typer.Context, endpoint: Endpoint, request_id: RequestId) -> None:
        """Ask the queue to cancel a job."""
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            answer = client.job(endpoint, request_id).cancel()
            s.out.event("cancel", request_id=request_id, status=answer)
            s.out.say(answer)

    @app.command("download")
    def download_files(
        ctx: typer.Context,
        endpoint: Endpoint,
        request_id: RequestId,
        dest: Annotated[Path, typer.Argument(help="The folder to save into.")] = Path("."),
    ) -> None:
        """Save a finished job's output files (from the journal's cache if collected)."""
        s = settings(ctx)
        with failures(s.out), s.client() as client:
            check_folder(dest, "DEST")
            output = client.job(endpoint, request_id).result()
            save_files(s.out, client, output, dest)
