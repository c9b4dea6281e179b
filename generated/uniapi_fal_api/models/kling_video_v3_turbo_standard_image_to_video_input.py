from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v3_turbo_standard_image_to_video_input_duration import (
    KlingVideoV3TurboStandardImageToVideoInputDuration,
    check_kling_video_v3_turbo_standard_image_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_multi_prompt_element import KlingV3MultiPromptElement
    from .kling_video_v3_turbo_standard_image_to_video_output import (
        KlingVideoV3TurboStandardImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV3TurboStandardImageToVideoInput")


@_attrs_define
class KlingVideoV3TurboStandardImageToVideoInput(
    FalInput["KlingVideoV3TurboStandardImageToVideoOutput"],
    endpoint="fal-ai/kling-video/v3/turbo/standard/image-to-video",
):
    """Input of `fal-ai/kling-video/v3/turbo/standard/image-to-video` (image-to-video). fal publishes no constraints for it
    (it comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and
    lengths are not.

    """

    image_url: str
    """URL or local file."""
    duration: KlingVideoV3TurboStandardImageToVideoInputDuration | Unset = UNSET
    """One of "3", "4", "5", "6", "7", "8", "9", "10", ... (13 values). Server default: "5"."""
    multi_prompt: list[KlingV3MultiPromptElement] | Unset = UNSET
    """List of KlingV3MultiPromptElement."""
    prompt: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_v3_multi_prompt_element import KlingV3MultiPromptElement  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV3TurboStandardImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v3_turbo_standard_image_to_video_input_duration(_duration)

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[KlingV3MultiPromptElement] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = KlingV3MultiPromptElement.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        prompt = d.pop("prompt", UNSET)

        kling_video_v3_turbo_standard_image_to_video_input = cls(
            image_url=image_url,
            duration=duration,
            multi_prompt=multi_prompt,
            prompt=prompt,
        )

        return kling_video_v3_turbo_standard_image_to_video_input
