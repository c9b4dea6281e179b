from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_image_o3_text_to_image_input_aspect_ratio import (
    KlingImageO3TextToImageInputAspectRatio,
    check_kling_image_o3_text_to_image_input_aspect_ratio,
)
from ..models.kling_image_o3_text_to_image_input_output_format import (
    KlingImageO3TextToImageInputOutputFormat,
    check_kling_image_o3_text_to_image_input_output_format,
)
from ..models.kling_image_o3_text_to_image_input_resolution import (
    KlingImageO3TextToImageInputResolution,
    check_kling_image_o3_text_to_image_input_resolution,
)
from ..models.kling_image_o3_text_to_image_input_result_type import (
    KlingImageO3TextToImageInputResultType,
    check_kling_image_o3_text_to_image_input_result_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_input import ElementInput
    from .kling_image_o3_text_to_image_output import KlingImageO3TextToImageOutput  # noqa: F401


T = TypeVar("T", bound="KlingImageO3TextToImageInput")


@_attrs_define
class KlingImageO3TextToImageInput(
    FalInput["KlingImageO3TextToImageOutput"], endpoint="fal-ai/kling-image/o3/text-to-image"
):
    """Input of `fal-ai/kling-image/o3/text-to-image` (text-to-image). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: KlingImageO3TextToImageInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9". Server default: "16:9"."""
    elements: list[ElementInput] | Unset = UNSET
    """List of ElementInput."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: KlingImageO3TextToImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    resolution: KlingImageO3TextToImageInputResolution | Unset = UNSET
    """One of "1K", "2K", "4K". Server default: "1K"."""
    result_type: KlingImageO3TextToImageInputResultType | Unset = UNSET
    """One of "single", "series". Server default: "single"."""
    series_amount: float | Unset = UNSET
    """Number."""
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

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        result_type: str | Unset = UNSET
        if not isinstance(self.result_type, Unset):
            result_type = self.result_type

        series_amount = self.series_amount

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
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if series_amount is not UNSET:
            field_dict["series_amount"] = series_amount
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_input import ElementInput  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingImageO3TextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_image_o3_text_to_image_input_aspect_ratio(_aspect_ratio)

        _elements = d.pop("elements", UNSET)
        elements: list[ElementInput] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = ElementInput.from_dict(elements_item_data)

                elements.append(elements_item)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: KlingImageO3TextToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_kling_image_o3_text_to_image_input_output_format(_output_format)

        _resolution = d.pop("resolution", UNSET)
        resolution: KlingImageO3TextToImageInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_kling_image_o3_text_to_image_input_resolution(_resolution)

        _result_type = d.pop("result_type", UNSET)
        result_type: KlingImageO3TextToImageInputResultType | Unset
        if isinstance(_result_type, Unset):
            result_type = UNSET
        else:
            result_type = check_kling_image_o3_text_to_image_input_result_type(_result_type)

        series_amount = d.pop("series_amount", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        kling_image_o3_text_to_image_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            elements=elements,
            num_images=num_images,
            output_format=output_format,
            resolution=resolution,
            result_type=result_type,
            series_amount=series_amount,
            sync_mode=sync_mode,
        )

        return kling_image_o3_text_to_image_input
