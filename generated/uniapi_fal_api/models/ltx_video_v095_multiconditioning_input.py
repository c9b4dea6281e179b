from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_video_v095_multiconditioning_input_aspect_ratio import (
    LtxVideoV095MulticonditioningInputAspectRatio,
    check_ltx_video_v095_multiconditioning_input_aspect_ratio,
)
from ..models.ltx_video_v095_multiconditioning_input_resolution import (
    LtxVideoV095MulticonditioningInputResolution,
    check_ltx_video_v095_multiconditioning_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_conditioning_input_v7adbc4 import ImageConditioningInputV7ADBC4
    from ..models.video_conditioning_input_vab6f7d import VideoConditioningInputVAB6F7D
    from .ltx_video_v095_multiconditioning_output import (
        LtxVideoV095MulticonditioningOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LtxVideoV095MulticonditioningInput")


@_attrs_define
class LtxVideoV095MulticonditioningInput(
    FalInput["LtxVideoV095MulticonditioningOutput"],
    endpoint="fal-ai/ltx-video-v095/multiconditioning",
):
    """Input of `fal-ai/ltx-video-v095/multiconditioning` (video-to-video)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "worst quality, inconsistent motion, blurry,
    jittery, distorted"."""
    resolution: LtxVideoV095MulticonditioningInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "720p"."""
    aspect_ratio: LtxVideoV095MulticonditioningInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "9:16", "16:9". Server default: "16:9"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 2 to 50. Server default: 40."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: true."""
    images: list[ImageConditioningInputV7ADBC4] | Unset = UNSET
    """Images: list of ImageConditioningInputV7ADBC4. Server default: []."""
    videos: list[VideoConditioningInputVAB6F7D] | Unset = UNSET
    """Videos: list of VideoConditioningInputVAB6F7D. Server default: []."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        expand_prompt = self.expand_prompt

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if images is not UNSET:
            field_dict["images"] = images
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_conditioning_input_v7adbc4 import (
            ImageConditioningInputV7ADBC4,  # noqa: PLC0415
        )
        from ..models.video_conditioning_input_vab6f7d import (
            VideoConditioningInputVAB6F7D,  # noqa: PLC0415
        )

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: LtxVideoV095MulticonditioningInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_video_v095_multiconditioning_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LtxVideoV095MulticonditioningInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_video_v095_multiconditioning_input_aspect_ratio(_aspect_ratio)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        _images = d.pop("images", UNSET)
        images: list[ImageConditioningInputV7ADBC4] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ImageConditioningInputV7ADBC4.from_dict(images_item_data)

                images.append(images_item)

        _videos = d.pop("videos", UNSET)
        videos: list[VideoConditioningInputVAB6F7D] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = VideoConditioningInputVAB6F7D.from_dict(videos_item_data)

                videos.append(videos_item)

        ltx_video_v095_multiconditioning_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            seed=seed,
            num_inference_steps=num_inference_steps,
            expand_prompt=expand_prompt,
            images=images,
            videos=videos,
        )

        return ltx_video_v095_multiconditioning_input
