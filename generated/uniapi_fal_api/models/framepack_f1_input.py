from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.framepack_f1_input_aspect_ratio import (
    FramepackF1InputAspectRatio,
    check_framepack_f1_input_aspect_ratio,
)
from ..models.framepack_f1_input_resolution import (
    FramepackF1InputResolution,
    check_framepack_f1_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .framepack_f1_output import FramepackF1Output  # noqa: F401


T = TypeVar("T", bound="FramepackF1Input")


@_attrs_define
class FramepackF1Input(FalInput["FramepackF1Output"], endpoint="fal-ai/framepack/f1"):
    """Input of `fal-ai/framepack/f1` (image-to-video)."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    aspect_ratio: FramepackF1InputAspectRatio | Unset = UNSET
    """Aspect Ratio (W:H): one of "16:9", "9:16". Server default: "16:9"."""
    resolution: FramepackF1InputResolution | Unset = UNSET
    """Resolution: one of "720p", "480p". Server default: "480p"."""
    cfg_scale: float | Unset = UNSET
    """CFG Scale: number, 0 to 7. Server default: 1."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 32. Server default: 10."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 30 to 900. Server default: 180."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        negative_prompt = self.negative_prompt

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        cfg_scale = self.cfg_scale

        guidance_scale = self.guidance_scale

        num_frames = self.num_frames

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        negative_prompt = d.pop("negative_prompt", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: FramepackF1InputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_framepack_f1_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: FramepackF1InputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_framepack_f1_input_resolution(_resolution)

        cfg_scale = d.pop("cfg_scale", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        framepack_f1_input = cls(
            prompt=prompt,
            image_url=image_url,
            negative_prompt=negative_prompt,
            seed=seed,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            cfg_scale=cfg_scale,
            guidance_scale=guidance_scale,
            num_frames=num_frames,
            enable_safety_checker=enable_safety_checker,
        )

        return framepack_f1_input
