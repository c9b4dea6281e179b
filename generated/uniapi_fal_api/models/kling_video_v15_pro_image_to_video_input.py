from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v15_pro_image_to_video_input_aspect_ratio import (
    KlingVideoV15ProImageToVideoInputAspectRatio,
    check_kling_video_v15_pro_image_to_video_input_aspect_ratio,
)
from ..models.kling_video_v15_pro_image_to_video_input_duration import (
    KlingVideoV15ProImageToVideoInputDuration,
    check_kling_video_v15_pro_image_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_mask import DynamicMask
    from .kling_video_v15_pro_image_to_video_output import (
        KlingVideoV15ProImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV15ProImageToVideoInput")


@_attrs_define
class KlingVideoV15ProImageToVideoInput(
    FalInput["KlingVideoV15ProImageToVideoOutput"],
    endpoint="fal-ai/kling-video/v1.5/pro/image-to-video",
):
    """Input of `fal-ai/kling-video/v1.5/pro/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,500 characters."""
    image_url: str
    """Image Url: string."""
    duration: KlingVideoV15ProImageToVideoInputDuration | Unset = UNSET
    """Duration: one of "5", "10". Server default: "5"."""
    aspect_ratio: KlingVideoV15ProImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    tail_image_url: str | Unset = UNSET
    """Tail Image Url: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string, at most 2,500 characters. Server default: "blur, distort, and low
    quality"."""
    cfg_scale: float | Unset = UNSET
    """Cfg Scale: number, 0 to 1. Server default: 0.5."""
    static_mask_url: str | Unset = UNSET
    """Static Mask Url: string."""
    dynamic_masks: list[DynamicMask] | Unset = UNSET
    """Dynamic Masks: list of DynamicMask."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        tail_image_url = self.tail_image_url

        negative_prompt = self.negative_prompt

        cfg_scale = self.cfg_scale

        static_mask_url = self.static_mask_url

        dynamic_masks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_masks, Unset):
            dynamic_masks = []
            for dynamic_masks_item_data in self.dynamic_masks:
                dynamic_masks_item = dynamic_masks_item_data.to_dict()
                dynamic_masks.append(dynamic_masks_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if tail_image_url is not UNSET:
            field_dict["tail_image_url"] = tail_image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if static_mask_url is not UNSET:
            field_dict["static_mask_url"] = static_mask_url
        if dynamic_masks is not UNSET:
            field_dict["dynamic_masks"] = dynamic_masks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dynamic_mask import DynamicMask  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV15ProImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v15_pro_image_to_video_input_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoV15ProImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_v15_pro_image_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        tail_image_url = d.pop("tail_image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        static_mask_url = d.pop("static_mask_url", UNSET)

        _dynamic_masks = d.pop("dynamic_masks", UNSET)
        dynamic_masks: list[DynamicMask] | Unset = UNSET
        if _dynamic_masks is not UNSET:
            dynamic_masks = []
            for dynamic_masks_item_data in _dynamic_masks:
                dynamic_masks_item = DynamicMask.from_dict(dynamic_masks_item_data)

                dynamic_masks.append(dynamic_masks_item)

        kling_video_v15_pro_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            aspect_ratio=aspect_ratio,
            tail_image_url=tail_image_url,
            negative_prompt=negative_prompt,
            cfg_scale=cfg_scale,
            static_mask_url=static_mask_url,
            dynamic_masks=dynamic_masks,
        )

        return kling_video_v15_pro_image_to_video_input
