from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_v34k_image_to_video_input_duration import (
    KlingVideoV34KImageToVideoInputDuration,
    check_kling_video_v34k_image_to_video_input_duration,
)
from ..models.kling_video_v34k_image_to_video_input_shot_type import (
    KlingVideoV34KImageToVideoInputShotType,
    check_kling_video_v34k_image_to_video_input_shot_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_combo_element_input import KlingV3ComboElementInput
    from ..models.kling_v3_multi_prompt_element import KlingV3MultiPromptElement
    from .kling_video_v34k_image_to_video_output import KlingVideoV34KImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="KlingVideoV34KImageToVideoInput")


@_attrs_define
class KlingVideoV34KImageToVideoInput(
    FalInput["KlingVideoV34KImageToVideoOutput"], endpoint="fal-ai/kling-video/v3/4k/image-to-video"
):
    """Input of `fal-ai/kling-video/v3/4k/image-to-video` (image-to-video). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    start_image_url: str
    """URL or local file."""
    cfg_scale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    duration: KlingVideoV34KImageToVideoInputDuration | Unset = UNSET
    """One of "3", "4", "5", "6", "7", "8", "9", "10", ... (13 values). Server default: "5"."""
    elements: list[KlingV3ComboElementInput] | Unset = UNSET
    """List of KlingV3ComboElementInput."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    multi_prompt: list[KlingV3MultiPromptElement] | Unset = UNSET
    """List of KlingV3MultiPromptElement."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "blur, distort, and low quality"."""
    prompt: str | Unset = UNSET
    """String."""
    shot_type: KlingVideoV34KImageToVideoInputShotType | Unset = UNSET
    """One of "customize", "intelligent". Server default: "customize"."""

    def to_dict(self) -> dict[str, Any]:
        start_image_url = self.start_image_url

        cfg_scale = self.cfg_scale

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        end_image_url = self.end_image_url

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

        field_dict.update(
            {
                "start_image_url": start_image_url,
            }
        )
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if duration is not UNSET:
            field_dict["duration"] = duration
        if elements is not UNSET:
            field_dict["elements"] = elements
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
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
        from ..models.kling_v3_combo_element_input import KlingV3ComboElementInput  # noqa: PLC0415
        from ..models.kling_v3_multi_prompt_element import KlingV3MultiPromptElement  # noqa: PLC0415

        d = dict(src_dict)
        start_image_url = d.pop("start_image_url")

        cfg_scale = d.pop("cfg_scale", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoV34KImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_v34k_image_to_video_input_duration(_duration)

        _elements = d.pop("elements", UNSET)
        elements: list[KlingV3ComboElementInput] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = KlingV3ComboElementInput.from_dict(elements_item_data)

                elements.append(elements_item)

        end_image_url = d.pop("end_image_url", UNSET)

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
        shot_type: KlingVideoV34KImageToVideoInputShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_video_v34k_image_to_video_input_shot_type(_shot_type)

        kling_video_v34k_image_to_video_input = cls(
            start_image_url=start_image_url,
            cfg_scale=cfg_scale,
            duration=duration,
            elements=elements,
            end_image_url=end_image_url,
            generate_audio=generate_audio,
            multi_prompt=multi_prompt,
            negative_prompt=negative_prompt,
            prompt=prompt,
            shot_type=shot_type,
        )

        return kling_video_v34k_image_to_video_input
