from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v1_standard_image_to_video_input_duration import (
    KlingVideoV1StandardImageToVideoInputDuration,
    check_kling_video_v1_standard_image_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_mask_v83ced2 import DynamicMaskV83CED2
    from .kling_video_v1_standard_image_to_video_output import (
        KlingVideoV1StandardImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV1StandardImageToVideoInput")


@_attrs_define
class KlingVideoV1StandardImageToVideoInput(
    FalInput["KlingVideoV1StandardImageToVideoOutput"],
    endpoint="fal-ai/kling-video/v1/standard/image-to-video",
):
    """Input of `fal-ai/kling-video/v1/standard/image-to-video` (image-to-video). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    cfg_scale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    duration: KlingVideoV1StandardImageToVideoInputDuration | Unset = UNSET
    """One of "5", "10". Server default: "5"."""
    dynamic_masks: list[DynamicMaskV83CED2] | Unset = UNSET
    """List of DynamicMaskV83CED2."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "blur, distort, and low quality"."""
    static_mask_url: str | Unset = UNSET
    """URL or local file."""
    tail_image_url: str | Unset = UNSET
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        cfg_scale = self.cfg_scale

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        dynamic_masks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_masks, Unset):
            dynamic_masks = []
            for dynamic_masks_item_data in self.dynamic_masks:
                dynamic_masks_item = dynamic_masks_item_data.to_dict()
                dynamic_masks.append(dynamic_masks_item)

        negative_prompt = self.negative_prompt

        static_mask_url = self.static_mask_url

        tail_image_url = self.tail_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if duration is not UNSET:
            field_dict["duration"] = duration
        if dynamic_masks is not UNSET:
            field_dict["dynamic_masks"] = dynamic_masks
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if static_mask_url is not UNSET:
            field_dict["static_mask_url"] = static_mask_url
        if tail_image_url is not UNSET:
            field_dict["tail_image_url"] = tail_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dynamic_mask_v83ced2 import DynamicMaskV83CED2  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        cfg_scale = d.pop("cfg_scale", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV1StandardImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v1_standard_image_to_video_input_duration(_duration)

        _dynamic_masks = d.pop("dynamic_masks", UNSET)
        dynamic_masks: list[DynamicMaskV83CED2] | Unset = UNSET
        if _dynamic_masks is not UNSET:
            dynamic_masks = []
            for dynamic_masks_item_data in _dynamic_masks:
                dynamic_masks_item = DynamicMaskV83CED2.from_dict(dynamic_masks_item_data)

                dynamic_masks.append(dynamic_masks_item)

        negative_prompt = d.pop("negative_prompt", UNSET)

        static_mask_url = d.pop("static_mask_url", UNSET)

        tail_image_url = d.pop("tail_image_url", UNSET)

        kling_video_v1_standard_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            cfg_scale=cfg_scale,
            duration=duration,
            dynamic_masks=dynamic_masks,
            negative_prompt=negative_prompt,
            static_mask_url=static_mask_url,
            tail_image_url=tail_image_url,
        )

        return kling_video_v1_standard_image_to_video_input
