from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v3_standard_text_to_video_input_aspect_ratio import (
    KlingVideoV3StandardTextToVideoInputAspectRatio,
    check_kling_video_v3_standard_text_to_video_input_aspect_ratio,
)
from ..models.kling_video_v3_standard_text_to_video_input_duration import (
    KlingVideoV3StandardTextToVideoInputDuration,
    check_kling_video_v3_standard_text_to_video_input_duration,
)
from ..models.kling_video_v3_standard_text_to_video_input_shot_type import (
    KlingVideoV3StandardTextToVideoInputShotType,
    check_kling_video_v3_standard_text_to_video_input_shot_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_multi_prompt_element import KlingV3MultiPromptElement
    from .kling_video_v3_standard_text_to_video_output import (
        KlingVideoV3StandardTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoV3StandardTextToVideoInput")


@_attrs_define
class KlingVideoV3StandardTextToVideoInput(
    FalInput["KlingVideoV3StandardTextToVideoOutput"],
    endpoint="fal-ai/kling-video/v3/standard/text-to-video",
):
    """Input of `fal-ai/kling-video/v3/standard/text-to-video` (text-to-video). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    aspect_ratio: KlingVideoV3StandardTextToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1". Server default: "16:9"."""
    cfg_scale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    duration: KlingVideoV3StandardTextToVideoInputDuration | Unset = UNSET
    """One of "3", "4", "5", "6", "7", "8", "9", "10", ... (13 values). Server default: "5"."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    multi_prompt: list[KlingV3MultiPromptElement] | Unset = UNSET
    """List of KlingV3MultiPromptElement."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "blur, distort, and low quality"."""
    prompt: str | Unset = UNSET
    """String."""
    shot_type: KlingVideoV3StandardTextToVideoInputShotType | Unset = UNSET
    """One of "customize", "intelligent". Server default: "customize"."""

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        cfg_scale = self.cfg_scale

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        generate_audio = self.generate_audio

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_v3_multi_prompt_element import KlingV3MultiPromptElement  # noqa: PLC0415

        d = dict(src_dict)
        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoV3StandardTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_v3_standard_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        cfg_scale = d.pop("cfg_scale", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV3StandardTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v3_standard_text_to_video_input_duration(_duration)

        generate_audio = d.pop("generate_audio", UNSET)

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[KlingV3MultiPromptElement] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = KlingV3MultiPromptElement.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: KlingVideoV3StandardTextToVideoInputShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_video_v3_standard_text_to_video_input_shot_type(_shot_type)

        kling_video_v3_standard_text_to_video_input = cls(
            aspect_ratio=aspect_ratio,
            cfg_scale=cfg_scale,
            duration=duration,
            generate_audio=generate_audio,
            multi_prompt=multi_prompt,
            negative_prompt=negative_prompt,
            prompt=prompt,
            shot_type=shot_type,
        )

        return kling_video_v3_standard_text_to_video_input
