from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.omni_video_element_input import OmniVideoElementInput
    from .kling_video_o1_standard_video_to_video_edit_output import (
        KlingVideoO1StandardVideoToVideoEditOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoO1StandardVideoToVideoEditInput")


@_attrs_define
class KlingVideoO1StandardVideoToVideoEditInput(
    FalInput["KlingVideoO1StandardVideoToVideoEditOutput"],
    endpoint="fal-ai/kling-video/o1/standard/video-to-video/edit",
):
    """Input of `fal-ai/kling-video/o1/standard/video-to-video/edit` (video-to-video)."""

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

        kling_video_o1_standard_video_to_video_edit_input = cls(
            prompt=prompt,
            video_url=video_url,
            keep_audio=keep_audio,
            image_urls=image_urls,
            elements=elements,
        )

        return kling_video_o1_standard_video_to_video_edit_input
