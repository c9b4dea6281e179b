from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_image_v3_text_to_image_input_aspect_ratio import (
    KlingImageV3TextToImageInputAspectRatio,
    check_kling_image_v3_text_to_image_input_aspect_ratio,
)
from ..models.kling_image_v3_text_to_image_input_output_format import (
    KlingImageV3TextToImageInputOutputFormat,
    check_kling_image_v3_text_to_image_input_output_format,
)
from ..models.kling_image_v3_text_to_image_input_resolution import (
    KlingImageV3TextToImageInputResolution,
    check_kling_image_v3_text_to_image_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_input import ElementInput
    from .kling_image_v3_text_to_image_output import KlingImageV3TextToImageOutput  # noqa: F401


T = TypeVar("T", bound="KlingImageV3TextToImageInput")


@_attrs_define
class KlingImageV3TextToImageInput(
    FalInput["KlingImageV3TextToImageOutput"], endpoint="fal-ai/kling-image/v3/text-to-image"
):
    """Input of `fal-ai/kling-image/v3/text-to-image` (text-to-image). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: KlingImageV3TextToImageInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9". Server default: "16:9"."""
    elements: list[ElementInput] | Unset = UNSET
    """List of ElementInput."""
    negative_prompt: str | Unset = UNSET
    """String."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: KlingImageV3TextToImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    resolution: KlingImageV3TextToImageInputResolution | Unset = UNSET
    """One of "1K", "2K". Server default: "1K"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if elements is not UNSET:
            field_dict["elements"] = elements
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_input import ElementInput  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingImageV3TextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_image_v3_text_to_image_input_aspect_ratio(_aspect_ratio)

        _elements = d.pop("elements", UNSET)
        elements: list[ElementInput] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = ElementInput.from_dict(elements_item_data)

                elements.append(elements_item)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: KlingImageV3TextToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_kling_image_v3_text_to_image_input_output_format(_output_format)

        _resolution = d.pop("resolution", UNSET)
        resolution: KlingImageV3TextToImageInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_kling_image_v3_text_to_image_input_resolution(_resolution)

        sync_mode = d.pop("sync_mode", UNSET)

        kling_image_v3_text_to_image_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            elements=elements,
            negative_prompt=negative_prompt,
            num_images=num_images,
            output_format=output_format,
            resolution=resolution,
            sync_mode=sync_mode,
        )

        return kling_image_v3_text_to_image_input
