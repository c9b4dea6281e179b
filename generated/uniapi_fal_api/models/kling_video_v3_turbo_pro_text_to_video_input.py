from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v3_turbo_pro_text_to_video_input_aspect_ratio import (
    KlingVideoV3TurboProTextToVideoInputAspectRatio,
    check_kling_video_v3_turbo_pro_text_to_video_input_aspect_ratio,
)
from ..models.kling_video_v3_turbo_pro_text_to_video_input_duration import (
    KlingVideoV3TurboProTextToVideoInputDuration,
    check_kling_video_v3_turbo_pro_text_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_multi_prompt_element import KlingV3MultiPromptElement
    from .kling_video_v3_turbo_pro_text_to_video_output import (
        KlingVideoV3TurboProTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV3TurboProTextToVideoInput")


@_attrs_define
class KlingVideoV3TurboProTextToVideoInput(
    FalInput["KlingVideoV3TurboProTextToVideoOutput"],
    endpoint="fal-ai/kling-video/v3/turbo/pro/text-to-video",
):
    """Input of `fal-ai/kling-video/v3/turbo/pro/text-to-video` (text-to-video). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    aspect_ratio: KlingVideoV3TurboProTextToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1". Server default: "16:9"."""
    duration: KlingVideoV3TurboProTextToVideoInputDuration | Unset = UNSET
    """One of "3", "4", "5", "6", "7", "8", "9", "10", ... (13 values). Server default: "5"."""
    multi_prompt: list[KlingV3MultiPromptElement] | Unset = UNSET
    """List of KlingV3MultiPromptElement."""
    prompt: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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

        field_dict.update({})
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
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
        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoV3TurboProTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_v3_turbo_pro_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV3TurboProTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v3_turbo_pro_text_to_video_input_duration(_duration)

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[KlingV3MultiPromptElement] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = KlingV3MultiPromptElement.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        prompt = d.pop("prompt", UNSET)

        kling_video_v3_turbo_pro_text_to_video_input = cls(
            aspect_ratio=aspect_ratio,
            duration=duration,
            multi_prompt=multi_prompt,
            prompt=prompt,
        )

        return kling_video_v3_turbo_pro_text_to_video_input
