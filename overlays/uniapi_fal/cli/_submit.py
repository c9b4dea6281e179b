"""fal's submit controls as CLI options, shared by `run`, `submit` and `batch`."""

from __future__ import annotations

from typing import Annotated

import typer

from .._types import SubmitOptions

Priority = Annotated[
    str | None, typer.Option(help="Queue priority: normal or low (X-Fal-Queue-Priority).")
]
Webhook = Annotated[str | None, typer.Option(help="fal POSTs the result to this URL.")]
RequestTimeout = Annotated[
    float | None,
    typer.Option(help="Seconds fal may take to start the job (X-Fal-Request-Timeout)."),
]
RunnerHint = Annotated[
    str | None, typer.Option(help="Route to a runner that had this hint (X-Fal-Runner-Hint).")
]
NoRetry = Annotated[
    bool, typer.Option("--no-retry", help="fal does not retry the job itself (X-Fal-No-Retry).")
]
ObjectExpiration = Annotated[
    int | None, typer.Option(help="Seconds fal keeps the result files on its CDN.")
]
StoreIO = Annotated[
    bool,
    typer.Option("--store-io/--no-store-io", help="Whether fal keeps the input and output."),
]


def controls(
    priority: str | None,
    webhook: str | None,
    request_timeout: float | None,
    runner_hint: str | None,
    no_retry: bool,
    object_expiration: int | None,
    store_io: bool,
) -> SubmitOptions:
    """The options given, as `submit` takes them (checked there: a bad one is exit 2)."""
    options = SubmitOptions()
    if priority is not None:
        options["priority"] = priority  # type: ignore[typeddict-item]  # checked by the SDK
    if webhook is not None:
        options["webhook_url"] = webhook
    if request_timeout is not None:
        options["request_timeout"] = request_timeout
    if runner_hint is not None:
        options["runner_hint"] = runner_hint
    if no_retry:
        options["no_retry"] = True
    if object_expiration is not None:
        options["object_expiration"] = object_expiration
    if not store_io:
        options["store_io"] = False
    return options


__all__ = [
    "NoRetry",
    "ObjectExpiration",
    "Priority",
    "RequestTimeout",
    "RunnerHint",
    "StoreIO",
    "Webhook",
    "controls",
]
