from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.cosmos_predict_25_video_to_video_input_video_output_type import (
    CosmosPredict25VideoToVideoInputVideoOutputType,
    check_cosmos_predict_25_video_to_video_input_video_output_type,
)
from ..models.cosmos_predict_25_video_to_video_input_video_quality import (
    CosmosPredict25VideoToVideoInputVideoQuality,
    check_cosmos_predict_25_video_to_video_input_video_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cosmos_predict_25_video_to_video_output import (
        CosmosPredict25VideoToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="CosmosPredict25VideoToVideoInput")


@_attrs_define
class CosmosPredict25VideoToVideoInput(
    FalInput["CosmosPredict25VideoToVideoOutput"],
    endpoint="fal-ai/cosmos-predict-2.5/video-to-video",
):
    """Input of `fal-ai/cosmos-predict-2.5/video-to-video` (video-to-video). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 7."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "The video captures a series of frames showing ugly scenes, static
    with no motion, motion blur, over-saturation, shaky footage, low resolution, grainy texture,
    pixelated images, poorly lit areas, underexposed and overexposed scenes, poor color balance,
    washed out colors, choppy sequences, jerky movements, low frame rate, artifacting, color
    banding, unnatural transitions, outdated special effects, fake elements, unconvincing
    visuals, poorly edited content, jump cuts, visual noise, and flickering. Overall, the video
    is of poor quality."."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 93."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 35."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    video_output_type: CosmosPredict25VideoToVideoInputVideoOutputType | Unset = UNSET
    """One of "X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)". Server default:
    "X264 (.mp4)"."""
    video_quality: CosmosPredict25VideoToVideoInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        guidance_scale = self.guidance_scale

        negative_prompt = self.negative_prompt

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        sync_mode = self.sync_mode

        video_output_type: str | Unset = UNSET
        if not isinstance(self.video_output_type, Unset):
            video_output_type = self.video_output_type

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if video_output_type is not UNSET:
            field_dict["video_output_type"] = video_output_type
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _video_output_type = d.pop("video_output_type", UNSET)
        video_output_type: CosmosPredict25VideoToVideoInputVideoOutputType | Unset
        if isinstance(_video_output_type, Unset):
            video_output_type = UNSET
        else:
            video_output_type = check_cosmos_predict_25_video_to_video_input_video_output_type(
                _video_output_type
            )

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: CosmosPredict25VideoToVideoInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_cosmos_predict_25_video_to_video_input_video_quality(
                _video_quality
            )

        cosmos_predict_25_video_to_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            seed=seed,
            sync_mode=sync_mode,
            video_output_type=video_output_type,
            video_quality=video_quality,
        )

        return cosmos_predict_25_video_to_video_input
