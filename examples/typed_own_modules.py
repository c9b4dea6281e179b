"""Typed calls with each model imported from its own module (checked by tests/test_typing.py).

`uniapi_fal.models` declares every model in one stub, which a cold `mypy` run reads whole
(a few seconds with fal's catalogue). Imported from its own module,
`uniapi_fal_api.models.<snake name>`, a model costs a type checker that model only, however
many the spec holds. Use one of the two ways throughout a project: a checker sees two
declarations of each class.
"""

from __future__ import annotations

from typing import assert_type

from uniapi_fal import AsyncClient, AsyncJob, Client, Job
from uniapi_fal_api.models.flux_dev_input import FluxDevInput
from uniapi_fal_api.models.flux_dev_output import FluxDevOutput
from uniapi_fal_api.models.kling_video_v21_standard_image_to_video_input import (
    KlingVideoV21StandardImageToVideoInput,
)
from uniapi_fal_api.models.kling_video_v21_standard_image_to_video_output import (
    KlingVideoV21StandardImageToVideoOutput,
)


def sync_usage(client: Client) -> None:
    image = client.run(FluxDevInput(prompt="a lighthouse at dawn"))
    assert_type(image, FluxDevOutput)
    job = client.submit(
        KlingVideoV21StandardImageToVideoInput(prompt="waves", image_url="https://x")
    )
    assert_type(job, Job[KlingVideoV21StandardImageToVideoOutput])
    assert_type(job.result().video.url, str)


async def async_usage(client: AsyncClient) -> None:
    job = await client.submit(FluxDevInput, {"prompt": "a fox"})
    assert_type(job, AsyncJob[FluxDevOutput])
    assert_type(await job.result(), FluxDevOutput)
