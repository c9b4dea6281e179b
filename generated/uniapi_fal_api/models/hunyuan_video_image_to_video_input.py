from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_video_image_to_video_input_aspect_ratio import (
    HunyuanVideoImageToVideoInputAspectRatio,
    check_hunyuan_video_image_to_video_input_aspect_ratio,
)
from ..models.hunyuan_video_image_to_video_input_num_frames import (
    HunyuanVideoImageToVideoInputNumFrames,
    check_hunyuan_video_image_to_video_input_num_frames,
)
from ..models.hunyuan_video_image_to_video_input_resolution import (
    HunyuanVideoImageToVideoInputResolution,
    check_hunyuan_video_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_video_image_to_video_output import HunyuanVideoImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanVideoImageToVideoInput")


@_attrs_define
class HunyuanVideoImageToVideoInput(
    FalInput["HunyuanVideoImageToVideoOutput"], endpoint="fal-ai/hunyuan-video-image-to-video"
):
    """Input of `fal-ai/hunyuan-video-image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 1,000 characters."""
    image_url: str
    """Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    aspect_ratio: HunyuanVideoImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio (W:H): one of "16:9", "9:16". Server default: "16:9"."""
    resolution: HunyuanVideoImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "720p". Server default: "720p"."""
    num_frames: HunyuanVideoImageToVideoInputNumFrames | Unset = UNSET
    """Number of Frames: one of "129"."""
    i2v_stability: bool | Unset = UNSET
    """I2V Stability: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        seed = self.seed

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        num_frames: str | Unset = UNSET
        if not isinstance(self.num_frames, Unset):
            num_frames = self.num_frames

        i2v_stability = self.i2v_stability

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if i2v_stability is not UNSET:
            field_dict["i2v_stability"] = i2v_stability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HunyuanVideoImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_hunyuan_video_image_to_video_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: HunyuanVideoImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hunyuan_video_image_to_video_input_resolution(_resolution)

        _num_frames = d.pop("num_frames", UNSET)
        num_frames: HunyuanVideoImageToVideoInputNumFrames | Unset
        if isinstance(_num_frames, Unset):
            num_frames = UNSET
        else:
            num_frames = check_hunyuan_video_image_to_video_input_num_frames(_num_frames)

        i2v_stability = d.pop("i2v_stability", UNSET)

        hunyuan_video_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            seed=seed,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            num_frames=num_frames,
            i2v_stability=i2v_stability,
        )

        return hunyuan_video_image_to_video_input
