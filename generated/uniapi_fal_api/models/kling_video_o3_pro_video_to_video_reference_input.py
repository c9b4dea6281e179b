from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_o3_pro_video_to_video_reference_input_aspect_ratio import (
    KlingVideoO3ProVideoToVideoReferenceInputAspectRatio,
    check_kling_video_o3_pro_video_to_video_reference_input_aspect_ratio,
)
from ..models.kling_video_o3_pro_video_to_video_reference_input_duration import (
    KlingVideoO3ProVideoToVideoReferenceInputDuration,
    check_kling_video_o3_pro_video_to_video_reference_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_input import ElementInput
    from .kling_video_o3_pro_video_to_video_reference_output import (
        KlingVideoO3ProVideoToVideoReferenceOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoO3ProVideoToVideoReferenceInput")


@_attrs_define
class KlingVideoO3ProVideoToVideoReferenceInput(
    FalInput["KlingVideoO3ProVideoToVideoReferenceOutput"],
    endpoint="fal-ai/kling-video/o3/pro/video-to-video/reference",
):
    """Input of `fal-ai/kling-video/o3/pro/video-to-video/reference` (video-to-video). fal publishes no constraints for it
    (it comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and
    lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    aspect_ratio: KlingVideoO3ProVideoToVideoReferenceInputAspectRatio | Unset = UNSET
    """One of "auto", "16:9", "9:16", "1:1". Server default: "auto"."""
    duration: KlingVideoO3ProVideoToVideoReferenceInputDuration | Unset = UNSET
    """One of "3", "4", "5", "6", "7", "8", "9", "10", ... (13 values)."""
    elements: list[ElementInput] | Unset = UNSET
    """List of ElementInput."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    keep_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    shot_type: str | Unset = UNSET
    """String. Server default: "customize"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

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

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        keep_audio = self.keep_audio

        shot_type = self.shot_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if elements is not UNSET:
            field_dict["elements"] = elements
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if keep_audio is not UNSET:
            field_dict["keep_audio"] = keep_audio
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_input import ElementInput  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoO3ProVideoToVideoReferenceInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_o3_pro_video_to_video_reference_input_aspect_ratio(
                _aspect_ratio
            )

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoO3ProVideoToVideoReferenceInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_o3_pro_video_to_video_reference_input_duration(_duration)

        _elements = d.pop("elements", UNSET)
        elements: list[ElementInput] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = ElementInput.from_dict(elements_item_data)

                elements.append(elements_item)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        keep_audio = d.pop("keep_audio", UNSET)

        shot_type = d.pop("shot_type", UNSET)

        kling_video_o3_pro_video_to_video_reference_input = cls(
            prompt=prompt,
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            duration=duration,
            elements=elements,
            image_urls=image_urls,
            keep_audio=keep_audio,
            shot_type=shot_type,
        )

        return kling_video_o3_pro_video_to_video_reference_input
