from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_video_o1_standard_reference_to_video_input_aspect_ratio import (
    KlingVideoO1StandardReferenceToVideoInputAspectRatio,
    check_kling_video_o1_standard_reference_to_video_input_aspect_ratio,
)
from ..models.kling_video_o1_standard_reference_to_video_input_duration import (
    KlingVideoO1StandardReferenceToVideoInputDuration,
    check_kling_video_o1_standard_reference_to_video_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.omni_video_element_input_vd243fe import OmniVideoElementInputVD243FE
    from .kling_video_o1_standard_reference_to_video_output import (
        KlingVideoO1StandardReferenceToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="KlingVideoO1StandardReferenceToVideoInput")


@_attrs_define
class KlingVideoO1StandardReferenceToVideoInput(
    FalInput["KlingVideoO1StandardReferenceToVideoOutput"],
    endpoint="fal-ai/kling-video/o1/standard/reference-to-video",
):
    """Input of `fal-ai/kling-video/o1/standard/reference-to-video` (unknown). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    prompt: str
    """String."""
    aspect_ratio: KlingVideoO1StandardReferenceToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1". Server default: "16:9"."""
    duration: KlingVideoO1StandardReferenceToVideoInputDuration | Unset = UNSET
    """One of "3", "4", "5", "6", "7", "8", "9", "10". Server default: "5"."""
    elements: list[OmniVideoElementInputVD243FE] | Unset = UNSET
    """List of OmniVideoElementInputVD243FE."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.omni_video_element_input_vd243fe import (
            OmniVideoElementInputVD243FE,  # noqa: PLC0415
        )

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingVideoO1StandardReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_video_o1_standard_reference_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        _duration = d.pop("duration", UNSET)
        duration: KlingVideoO1StandardReferenceToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_video_o1_standard_reference_to_video_input_duration(_duration)

        _elements = d.pop("elements", UNSET)
        elements: list[OmniVideoElementInputVD243FE] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = OmniVideoElementInputVD243FE.from_dict(elements_item_data)

                elements.append(elements_item)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        kling_video_o1_standard_reference_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            elements=elements,
            image_urls=image_urls,
        )

        return kling_video_o1_standard_reference_to_video_input
