"""`batch`: a JSONL file of inputs through `map`, resumable, with an overall progress bar."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer

from .._batch import BatchResult
from .._core.requests import submit_headers
from .._exceptions import FieldError, InputValidationError
from .._registry import resolve
from ._errors import JOB_FAILED, CliInputError
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


def read_inputs(endpoint: str, path: Path) -> list[tuple[int, dict[str, Any]]]:
    """One JSON object per non-blank line, with its line number; `"@file"` values follow
    the CLI's `@file` rule."""
    inputs: list[tuple[int, dict[str, Any]]] = []
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
        inputs.append((number, item))
    if problems:
        raise InputValidationError(endpoint, problems)
    return inputs


def default_batch_id(endpoint: str, path: Path) -> str:
    """Stable across runs of the same command, so a rerun resumes."""
    return hashlib.sha256(f"{endpoint}\n{path.resolve()}".encode()).hexdigest()[:12]


def _line(result: BatchResult[Any], line: int, batch: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "line": line,
        "index": result.index,
        "request_id": result.request_id,
        "ok": result.ok,
        "source": result.source,
        "batch": batch,
    }
    if result.error is None:
        entry["output"] = to_jsonable(result.output)
    else:
        entry["error"] = {"type": type(result.error).__name__, "message": str(result.error)}
    return entry


def _earlier_results_of(path: Path, batch: str) -> bool:
    """Whether `path` holds only result lines of `batch` (a run stopped midway may have
    left its last line cut): what a rerun may replace, the journal holding all of it."""
    try:
        with path.open(encoding="utf-8") as lines:
            cut = False
            for text in lines:
                if cut:
                    return False  # a broken line before the last: not one of ours
                try:
                    entry = json.loads(text)
                except json.JSONDecodeError:
                    cut = True
                    continue
                if not isinstance(entry, dict) or entry.get("batch") != batch:
                    return False
    except (OSError, UnicodeDecodeError):
        return False
    return True


def check_results_file(path: Path, batch: str, overwrite: bool) -> None:
    """Refuse, before anything is sent, to replace a file that is not this batch's."""
    check_output_file(path, "--out")
    if overwrite or not path.exists() or path.stat().st_size == 0:
        return
    if not _earlier_results_of(path, batch):
        raise CliInputError(
            f"--out {path} exists and does not hold results of this batch ({batch}): "
            "choose another --out, or pass --overwrite to replace it"
        )


def write_results(path: Path, lines: dict[int, dict[str, Any]]) -> None:
    """All the lines, in input order, in place of `path` at once (a run of the same batch
    in another process replaces it whole too, never line by line)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("w", encoding="utf-8") as out:
            for index in sorted(lines):
                out.write(json.dumps(lines[index], default=str) + "\n")
        os.replace(partial, path)
    except OSError as exc:
        raise CliInputError(
            f"--out {path}: the results could not be written ({exc.strerror or exc}); every "
            "job is in the journal: fix the cause and rerun the same command"
        ) from None
    finally:
        partial.unlink(missing_ok=True)


_KNOWN_SOURCES = ("submitted", "reattached", "journal")
_LABELS = {"reattached": "re-attached", "journal": "from the journal"}


def source_counts(outcome: list[BatchResult[Any]]) -> dict[str, int]:
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
        overwrite: Annotated[
            bool, typer.Option(help="Replace --out even if it holds something else.")
        ] = False,
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
            numbered = read_inputs(info.endpoint_id, inputs_file)
            key = batch_id or default_batch_id(info.endpoint_id, inputs_file)
            check_results_file(out_file, key, overwrite)
            s.out.event("batch", endpoint=info.endpoint_id, batch_id=key, inputs=len(numbered))
            s.out.say(
                f"batch {key}: {len(numbered)} inputs for {info.endpoint_id}"
                + (" (rerun the same command to resume)" if resumable else "")
            )
            s.out.finish_when_closed = True  # `| head`: the results file is still written
            lines: dict[int, dict[str, Any]] = {}
            with BatchView(s.out, len(numbered)) as view:

                def record(result: BatchResult[Any]) -> None:
                    line = _line(result, numbered[result.index][0], key)
                    lines[result.index] = line
                    view(result)
                    s.out.event("item", **{k: v for k, v in line.items() if k != "output"})

                try:
                    outcome = client.map(
                        [item for _, item in numbered],
                        endpoint=info.endpoint_id,
                        concurrency=concurrency,
                        batch=key,
                        timeout=timeout,
                        on_result=record,
                        **options,
                    )
                finally:  # stopped too: what is done is written, the rest is in the journal
                    write_results(out_file, lines)
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
