from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_o1_reference_to_video_input_aspect_ratio import (
    KlingVideoO1ReferenceToVideoInputAspectRatio,
    check_kling_video_o1_reference_to_video_input_aspect_ratio,
)
from ..models.kling_video_o1_reference_to_video_input_duration import (
    KlingVideoO1ReferenceToVideoInputDuration,
    check_kling_video_o1_reference_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.omni_video_element_input import OmniVideoElementInput
    from .kling_video_o1_reference_to_video_output import (
        KlingVideoO1ReferenceToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoO1ReferenceToVideoInput")


@_attrs_define
class KlingVideoO1ReferenceToVideoInput(
    FalInput["KlingVideoO1ReferenceToVideoOutput"],
    endpoint="fal-ai/kling-video/o1/reference-to-video",
):
    """Input of `fal-ai/kling-video/o1/reference-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 2,500 characters."""
    image_urls: list[str] | Unset = UNSET
    """Image Urls: list of string."""
    elements: list[OmniVideoElementInput] | Unset = UNSET
    """Elements: list of OmniVideoElementInput."""
    duration: KlingVideoO1ReferenceToVideoInputDuration | Unset = UNSET
    """Duration: one of "3", "4", "5", "6", "7", "8", "9", "10". Server default: "5"."""
    aspect_ratio: KlingVideoO1ReferenceToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if elements is not UNSET:
            field_dict["elements"] = elements
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.omni_video_element_input import OmniVideoElementInput  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _elements = d.pop("elements", UNSET)
        elements: list[OmniVideoElementInput] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = OmniVideoElementInput.from_dict(elements_item_data)

                elements.append(elements_item)

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoO1ReferenceToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_o1_reference_to_video_input_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoO1ReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_o1_reference_to_video_input_aspect_ratio(_aspect_ratio)

        kling_video_o1_reference_to_video_input = cls(
            prompt=prompt,
            image_urls=image_urls,
            elements=elements,
            duration=duration,
            aspect_ratio=aspect_ratio,
        )

        return kling_video_o1_reference_to_video_input
