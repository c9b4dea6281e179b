"""What mypy --strict infers (checked by tests/test_typing.py).

Every `assert_type` below is a claim mypy verifies: `client.run(XInput(...))` is `XOutput`,
by Input model or by Input class and a dict, sync and async, for jobs and re-attached jobs
too; an endpoint id as a string is `Any` (typed at run time, or a plain dict for an
endpoint the spec does not know). One generic signature does it for every model. A URL
field of an input takes a local file too (`Path`), and `map` is typed by its items.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, assert_type

from uniapi_fal import (
    AsyncClient,
    AsyncJob,
    BatchResult,
    Client,
    Job,
    JobStatus,
    RawResponse,
)
from uniapi_fal.models import (
    BytedanceSeedreamV4TextToImageInput,
    BytedanceSeedreamV4TextToImageOutput,
    FluxDevInput,
    FluxDevOutput,
    FluxSchnellInput,
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

    # A local file where a URL is expected: sent as a data URI.
    from_disk = KlingVideoV21StandardImageToVideoInput(prompt="waves", image_url=Path("in.jpg"))
    assert_type(client.run(from_disk), KlingVideoV21StandardImageToVideoOutput)

    # Many at once: each result typed by the items' Input class.
    results = client.map([FluxDevInput(prompt=p) for p in ("a fox", "an owl")], batch="b")
    assert_type(results, list[BatchResult[FluxDevOutput]])
    for result in results:
        if result.output is not None:
            assert_type(result.output.images[0].url, str)
    assert_type(client.map([{"prompt": "p"}], endpoint="fal-ai/flux/dev"), list[BatchResult[Any]])

    image = client.run(FluxDevInput(prompt="a fox", image_size=ImageSize(width=512, height=512)))
    assert_type(image, FluxDevOutput)

    by_class = client.run(FluxSchnellInput, {"prompt": "a fox"}, timeout=60)
    assert_type(by_class, FluxSchnellOutput)

    seedream = client.run(BytedanceSeedreamV4TextToImageInput(prompt="a fox"))
    assert_type(seedream, BytedanceSeedreamV4TextToImageOutput)

    job = client.submit(MinimaxVideo01Input(prompt="a cat"), priority="low")
    assert_type(job, Job[MinimaxVideo01Output])
    assert_type(job.status(), JobStatus)
    assert_type(job.result(on_update=print), MinimaxVideo01Output)

    again = client.job(MinimaxVideo01Input, job.request_id)
    assert_type(again, Job[MinimaxVideo01Output])

    # The server's answer beside the parsed value.
    raw = client.with_raw_response.submit(FluxDevInput(prompt="a fox"), runner_hint="warm")
    assert_type(raw, RawResponse[Job[FluxDevOutput]])
    assert_type(client.with_raw_response.result(raw.parse()).parse(), FluxDevOutput)
    assert_type(client.with_raw_response.status(raw.parse()), RawResponse[JobStatus])

    # An endpoint id as a string: typed at run time only (a dict if not in the spec).
    assert_type(client.run("fal-ai/flux/dev", {"prompt": "p"}), Any)
    assert_type(client.job("fal-ai/not-in-the-spec", "id"), Job[Any])


async def async_usage(client: AsyncClient) -> None:
    video = await client.run(
        KlingVideoV21StandardImageToVideoInput(prompt="waves", image_url="https://x")
    )
    assert_type(video, KlingVideoV21StandardImageToVideoOutput)

    job = await client.submit(FluxDevInput, {"prompt": "a fox"})
    assert_type(job, AsyncJob[FluxDevOutput])
    assert_type(await job.result(), FluxDevOutput)
    assert_type(client.job(FluxDevInput, job.request_id), AsyncJob[FluxDevOutput])
    assert_type(await client.run("fal-ai/not-in-the-spec", {"x": 1}), Any)
    many = await client.map([FluxSchnellInput(prompt="a fox")], on_result=print)
    assert_type(many, list[BatchResult[FluxSchnellOutput]])
