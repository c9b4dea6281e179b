from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_o1_video_to_video_reference_input_aspect_ratio import (
    KlingVideoO1VideoToVideoReferenceInputAspectRatio,
    check_kling_video_o1_video_to_video_reference_input_aspect_ratio,
)
from ..models.kling_video_o1_video_to_video_reference_input_duration import (
    KlingVideoO1VideoToVideoReferenceInputDuration,
    check_kling_video_o1_video_to_video_reference_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.omni_video_element_input import OmniVideoElementInput
    from .kling_video_o1_video_to_video_reference_output import (
        KlingVideoO1VideoToVideoReferenceOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoO1VideoToVideoReferenceInput")


@_attrs_define
class KlingVideoO1VideoToVideoReferenceInput(
    FalInput["KlingVideoO1VideoToVideoReferenceOutput"],
    endpoint="fal-ai/kling-video/o1/video-to-video/reference",
):
    """Input of `fal-ai/kling-video/o1/video-to-video/reference` (video-to-video)."""

    prompt: str
    """Prompt: string, at most 2,500 characters."""
    video_url: str
    """Video Url: string."""
    keep_audio: bool | Unset = UNSET
    """Keep Audio: boolean. Server default: false."""
    image_urls: list[str] | Unset = UNSET
    """Image Urls: list of string."""
    elements: list[OmniVideoElementInput] | Unset = UNSET
    """Elements: list of OmniVideoElementInput."""
    aspect_ratio: KlingVideoO1VideoToVideoReferenceInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "auto", "16:9", "9:16", "1:1". Server default: "auto"."""
    duration: KlingVideoO1VideoToVideoReferenceInputDuration | Unset = UNSET
    """Duration: one of "3", "4", "5", "6", "7", "8", "9", "10". Server default: "5"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        keep_audio = self.keep_audio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if keep_audio is not UNSET:
            field_dict["keep_audio"] = keep_audio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if elements is not UNSET:
            field_dict["elements"] = elements
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.omni_video_element_input import OmniVideoElementInput  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        keep_audio = d.pop("keep_audio", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _elements = d.pop("elements", UNSET)
        elements: list[OmniVideoElementInput] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = OmniVideoElementInput.from_dict(elements_item_data)

                elements.append(elements_item)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoO1VideoToVideoReferenceInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_o1_video_to_video_reference_input_aspect_ratio(
                _aspect_ratio
            )

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoO1VideoToVideoReferenceInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_o1_video_to_video_reference_input_duration(_duration)

        kling_video_o1_video_to_video_reference_input = cls(
            prompt=prompt,
            video_url=video_url,
            keep_audio=keep_audio,
            image_urls=image_urls,
            elements=elements,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )

        return kling_video_o1_video_to_video_reference_input
