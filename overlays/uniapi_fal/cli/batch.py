"""`batch`: a JSONL file of inputs through `map`, resumable, with an overall progress bar."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from .._batch import BatchResult
from .._exceptions import FieldError, InputValidationError
from .._registry import resolve
from ._errors import JOB_FAILED
from ._output import to_jsonable
from ._progress import BatchView
from ._settings import failures, settings


def read_inputs(endpoint: str, path: Path) -> list[dict[str, Any]]:
    """One JSON object per non-blank line; a top-level `"@file"` value is a local file."""
    inputs: list[dict[str, Any]] = []
    problems: list[FieldError] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
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
        inputs.append(
            {
                key: (path.parent / value[1:])
                if isinstance(value, str) and value.startswith("@")
                else value
                for key, value in item.items()
            }
        )
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
    ) -> None:
        """Run every line of a JSONL file; rerun the same command to resume after a stop.

        Nothing that was submitted is submitted again: finished items come from the journal,
        submitted ones are re-attached, and only the rest are sent.
        """
        s = settings(ctx)
        rerun = "the same command again: it resumes, submitting nothing twice"
        with failures(s.out, resume_hint=rerun), s.client() as client:
            info = resolve(endpoint)
            items = read_inputs(info.endpoint_id, inputs_file)
            key = batch_id or default_batch_id(info.endpoint_id, inputs_file)
            s.out.event("batch", endpoint=info.endpoint_id, batch_id=key, inputs=len(items))
            s.out.say(
                f"batch {key}: {len(items)} inputs for {info.endpoint_id} "
                f"(rerun the same command to resume)"
            )
            out_file.parent.mkdir(parents=True, exist_ok=True)
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
                )
            failed = sum(not r.ok for r in outcome)
            sources = {
                src: sum(r.source == src for r in outcome)
                for src in ("submitted", "reattached", "journal")
            }
            s.out.event(
                "done", ok=len(outcome) - failed, failed=failed, **sources, out=str(out_file)
            )
            s.out.say(
                f"{len(outcome) - failed} ok, {failed} failed → {out_file} "
                f"(submitted {sources['submitted']}, re-attached {sources['reattached']}, "
                f"from the journal {sources['journal']})"
            )
        if failed:
            raise typer.Exit(JOB_FAILED)
