"""`batch`: a JSONL file of inputs through `map`, resumable, with an overall progress bar."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from .._batch import BatchResult
from .._core.requests import submit_headers
from .._exceptions import FieldError, InputValidationError
from .._registry import resolve
from ._errors import JOB_FAILED
from ._output import to_jsonable
from ._params import files_in_object
from ._paths import check_output_file
from ._progress import BatchView
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


def read_inputs(endpoint: str, path: Path) -> list[dict[str, Any]]:
    """One JSON object per non-blank line; `"@file"` values follow the CLI's `@file` rule."""
    inputs: list[dict[str, Any]] = []
    problems: list[FieldError] = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()  # a BOM, as Notepad saves
    except (OSError, UnicodeDecodeError) as exc:
        raise InputValidationError(endpoint, [FieldError("(input)", f"{path}: {exc}")]) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(FieldError(f"line {number}", f"{path}:{number}: not JSON ({exc.msg})"))
            continue
        if not isinstance(item, dict):
            problems.append(FieldError(f"line {number}", f"{path}:{number}: not a JSON object"))
            continue
        item, found = files_in_object(endpoint, item, path.parent, f"{path}:{number}")
        problems += found
        inputs.append(item)
    if problems:
        raise InputValidationError(endpoint, problems)
    return inputs


def default_batch_id(endpoint: str, path: Path) -> str:
    """Stable across runs of the same command, so a rerun resumes."""
    return hashlib.sha256(f"{endpoint}\n{path.resolve()}".encode()).hexdigest()[:12]


def _line(result: BatchResult) -> dict[str, Any]:
    line: dict[str, Any] = {
        "index": result.index,
        "request_id": result.request_id,
        "ok": result.ok,
        "source": result.source,
    }
    if result.error is None:
        line["output"] = to_jsonable(result.output)
    else:
        line["error"] = {"type": type(result.error).__name__, "message": str(result.error)}
    return line


_KNOWN_SOURCES = ("submitted", "reattached", "journal")
_LABELS = {"reattached": "re-attached", "journal": "from the journal"}


def source_counts(outcome: list[BatchResult]) -> dict[str, int]:
    """How many items came from where, keyed by source (`not sent` as `not_sent`); the
    three usual sources are always there, any other only when it occurs."""
    counts = dict.fromkeys(_KNOWN_SOURCES, 0)
    for result in outcome:
        key = str(result.source).replace(" ", "_")
        counts[key] = counts.get(key, 0) + 1
    return counts


def describe(counts: dict[str, int]) -> str:
    shown = [
        f"{_LABELS.get(key, key.replace('_', ' '))} {count}"
        for key, count in counts.items()
        if count or key == "submitted"
    ]
    return ", ".join(shown)


def register(app: typer.Typer) -> None:
    @app.command("batch")
    def batch(
        ctx: typer.Context,
        endpoint: Annotated[str, typer.Argument(help="An endpoint id, e.g. fal-ai/flux/dev.")],
        inputs_file: Annotated[Path, typer.Argument(help="JSONL: one input object per line.")],
        out_file: Annotated[
            Path, typer.Option("--out", "-o", help="Results, one JSON line per input.")
        ] = Path("results.jsonl"),
        concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1)] = 8,
        batch_id: Annotated[
            str | None,
            typer.Option(help="Resume key; default: from the endpoint and the file path."),
        ] = None,
        timeout: Annotated[float | None, typer.Option(help="Seconds to wait per job.")] = None,
        priority: Priority = None,
        webhook: Webhook = None,
        request_timeout: RequestTimeout = None,
        runner_hint: RunnerHint = None,
        no_retry: NoRetry = False,
        object_expiration: ObjectExpiration = None,
        store_io: StoreIO = True,
    ) -> None:
        """Run every line of a JSONL file; rerun the same command to resume after a stop.

        Nothing that was submitted is submitted again: finished items come from the journal,
        submitted ones are re-attached, and only the rest are sent.
        """
        s = settings(ctx)
        resumable = s.out.journal_on
        rerun = "the same command again: it resumes, submitting nothing twice"
        with failures(s.out, resume_hint=rerun if resumable else None), s.client() as client:
            info = resolve(endpoint)
            check_output_file(out_file, "--out")
            options = controls(
                priority,
                webhook,
                request_timeout,
                runner_hint,
                no_retry,
                object_expiration,
                store_io,
            )
            submit_headers(options)  # a bad option is refused before any item is sent
            items = read_inputs(info.endpoint_id, inputs_file)
            key = batch_id or default_batch_id(info.endpoint_id, inputs_file)
            s.out.event("batch", endpoint=info.endpoint_id, batch_id=key, inputs=len(items))
            s.out.say(
                f"batch {key}: {len(items)} inputs for {info.endpoint_id}"
                + (" (rerun the same command to resume)" if resumable else "")
            )
            out_file.parent.mkdir(parents=True, exist_ok=True)
            s.out.finish_when_closed = True  # `| head`: the results file is still written
            with (
                out_file.open("w", encoding="utf-8") as results,
                BatchView(s.out, len(items)) as view,
            ):

                def record(result: BatchResult) -> None:
                    results.write(json.dumps(_line(result), default=str) + "\n")
                    results.flush()
                    view(result)
                    s.out.event("item", **{k: v for k, v in _line(result).items() if k != "output"})

                outcome = client.map(
                    items,
                    endpoint=info.endpoint_id,
                    concurrency=concurrency,
                    batch=key,
                    timeout=timeout,
                    on_result=record,
                    **options,
                )
            failed = sum(not r.ok for r in outcome)
            sources = source_counts(outcome)
            s.out.event(
                "done", ok=len(outcome) - failed, failed=failed, **sources, out=str(out_file)
            )
            s.out.say(
                f"{len(outcome) - failed} ok, {failed} failed → {out_file} ({describe(sources)})"
            )
        if failed:
            raise typer.Exit(JOB_FAILED)
