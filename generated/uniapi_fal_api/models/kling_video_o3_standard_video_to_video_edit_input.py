from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_input import ElementInput
    from .kling_video_o3_standard_video_to_video_edit_output import (
        KlingVideoO3StandardVideoToVideoEditOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoO3StandardVideoToVideoEditInput")


@_attrs_define
class KlingVideoO3StandardVideoToVideoEditInput(
    FalInput["KlingVideoO3StandardVideoToVideoEditOutput"],
    endpoint="fal-ai/kling-video/o3/standard/video-to-video/edit",
):
    """Input of `fal-ai/kling-video/o3/standard/video-to-video/edit` (video-to-video). fal publishes no constraints for it
    (it comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and
    lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
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

        kling_video_o3_standard_video_to_video_edit_input = cls(
            prompt=prompt,
            video_url=video_url,
            elements=elements,
            image_urls=image_urls,
            keep_audio=keep_audio,
            shot_type=shot_type,
        )

        return kling_video_o3_standard_video_to_video_edit_input
