"""What mypy --strict infers from the generated overloads (checked by tests/test_typing.py).

Every `assert_type` below is a claim mypy verifies: `client.run(XInput(...))` is `XOutput`,
by Input model or by endpoint id, sync and async, for jobs and re-attached jobs too.
"""

from __future__ import annotations

from typing import Any, assert_type

from uniapi_fal import AsyncClient, AsyncJob, Client, Job, JobStatus
from uniapi_fal.models import (
    FluxDevInput,
    FluxDevOutput,
    FluxSchnellOutput,
    ImageSize,
    KlingVideoV21StandardImageToVideoInput,
    KlingVideoV21StandardImageToVideoOutput,
    MinimaxVideo01Input,
    MinimaxVideo01Output,
)


def sync_usage(client: Client) -> None:
    video = client.run(
        KlingVideoV21StandardImageToVideoInput(prompt="waves", image_url="https://x")
    )
    assert_type(video, KlingVideoV21StandardImageToVideoOutput)
    assert_type(video.video.url, str)

    image = client.run(FluxDevInput(prompt="a fox", image_size=ImageSize(width=512, height=512)))
    assert_type(image, FluxDevOutput)

    by_id = client.run("fal-ai/flux/schnell", {"prompt": "a fox"}, timeout=60)
    assert_type(by_id, FluxSchnellOutput)

    job = client.submit(MinimaxVideo01Input(prompt="a cat"), priority="low")
    assert_type(job, Job[MinimaxVideo01Output])
    assert_type(job.status(), JobStatus)
    assert_type(job.result(on_update=print), MinimaxVideo01Output)

    again = client.job("fal-ai/minimax/video-01", job.request_id)
    assert_type(again, Job[MinimaxVideo01Output])

    endpoint: str = "fal-ai/flux/dev"  # not a literal: the type is known only at run time
    assert_type(client.run(endpoint, {"prompt": "p"}), Any)


async def async_usage(client: AsyncClient) -> None:
    video = await client.run(
        KlingVideoV21StandardImageToVideoInput(prompt="waves", image_url="https://x")
    )
    assert_type(video, KlingVideoV21StandardImageToVideoOutput)

    job = await client.submit("fal-ai/flux/dev", {"prompt": "a fox"})
    assert_type(job, AsyncJob[FluxDevOutput])
    assert_type(await job.result(), FluxDevOutput)
    assert_type(client.job("fal-ai/flux/dev", job.request_id), AsyncJob[FluxDevOutput])
