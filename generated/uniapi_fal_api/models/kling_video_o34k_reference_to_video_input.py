from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_o34k_reference_to_video_input_aspect_ratio import (
    KlingVideoO34KReferenceToVideoInputAspectRatio,
    check_kling_video_o34k_reference_to_video_input_aspect_ratio,
)
from ..models.kling_video_o34k_reference_to_video_input_duration import (
    KlingVideoO34KReferenceToVideoInputDuration,
    check_kling_video_o34k_reference_to_video_input_duration,
)
from ..models.kling_video_o34k_reference_to_video_input_shot_type import (
    KlingVideoO34KReferenceToVideoInputShotType,
    check_kling_video_o34k_reference_to_video_input_shot_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_v3_combo_element_input import KlingV3ComboElementInput
    from ..models.kling_v3_multi_prompt_element import KlingV3MultiPromptElement
    from .kling_video_o34k_reference_to_video_output import (
        KlingVideoO34KReferenceToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoO34KReferenceToVideoInput")


@_attrs_define
class KlingVideoO34KReferenceToVideoInput(
    FalInput["KlingVideoO34KReferenceToVideoOutput"],
    endpoint="fal-ai/kling-video/o3/4k/reference-to-video",
):
    """Input of `fal-ai/kling-video/o3/4k/reference-to-video` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    aspect_ratio: KlingVideoO34KReferenceToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1". Server default: "16:9"."""
    duration: KlingVideoO34KReferenceToVideoInputDuration | Unset = UNSET
    """One of "3", "4", "5", "6", "7", "8", "9", "10", ... (13 values). Server default: "5"."""
    elements: list[KlingV3ComboElementInput] | Unset = UNSET
    """List of KlingV3ComboElementInput."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    generate_audio: bool | Unset = UNSET
    """Boolean."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    multi_prompt: list[KlingV3MultiPromptElement] | Unset = UNSET
    """List of KlingV3MultiPromptElement."""
    prompt: str | Unset = UNSET
    """String."""
    shot_type: KlingVideoO34KReferenceToVideoInputShotType | Unset = UNSET
    """One of "customize", "intelligent". Server default: "customize"."""
    start_image_url: str | Unset = UNSET
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

        prompt = self.prompt

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        start_image_url = self.start_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if elements is not UNSET:
            field_dict["elements"] = elements
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if start_image_url is not UNSET:
            field_dict["start_image_url"] = start_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kling_v3_combo_element_input import KlingV3ComboElementInput  # noqa: PLC0415
        from ..models.kling_v3_multi_prompt_element import KlingV3MultiPromptElement  # noqa: PLC0415

        d = dict(src_dict)
        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoO34KReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_o34k_reference_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoO34KReferenceToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_o34k_reference_to_video_input_duration(_duration)

        _elements = d.pop("elements", UNSET)
        elements: list[KlingV3ComboElementInput] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = KlingV3ComboElementInput.from_dict(elements_item_data)

                elements.append(elements_item)

        end_image_url = d.pop("end_image_url", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[KlingV3MultiPromptElement] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = KlingV3MultiPromptElement.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        prompt = d.pop("prompt", UNSET)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: KlingVideoO34KReferenceToVideoInputShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_video_o34k_reference_to_video_input_shot_type(_shot_type)

        start_image_url = d.pop("start_image_url", UNSET)

        kling_video_o34k_reference_to_video_input = cls(
            aspect_ratio=aspect_ratio,
            duration=duration,
            elements=elements,
            end_image_url=end_image_url,
            generate_audio=generate_audio,
            image_urls=image_urls,
            multi_prompt=multi_prompt,
            prompt=prompt,
            shot_type=shot_type,
            start_image_url=start_image_url,
        )

        return kling_video_o34k_reference_to_video_input
