from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.kling_image_o1_input_aspect_ratio import (
    KlingImageO1InputAspectRatio,
    check_kling_image_o1_input_aspect_ratio,
)
from ..models.kling_image_o1_input_output_format import (
    KlingImageO1InputOutputFormat,
    check_kling_image_o1_input_output_format,
)
from ..models.kling_image_o1_input_resolution import (
    KlingImageO1InputResolution,
    check_kling_image_o1_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_input import ElementInput
    from .kling_image_o1_output import KlingImageO1Output  # noqa: F401


T = TypeVar("T", bound="KlingImageO1Input")


@_attrs_define
class KlingImageO1Input(FalInput["KlingImageO1Output"], endpoint="fal-ai/kling-image/o1"):
    """Input of `fal-ai/kling-image/o1` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    aspect_ratio: KlingImageO1InputAspectRatio | Unset = UNSET
    """One of "auto", "16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", ... (9 values). Server
    default: "auto"."""
    elements: list[ElementInput] | Unset = UNSET
    """List of ElementInput."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: KlingImageO1InputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    resolution: KlingImageO1InputResolution | Unset = UNSET
    """One of "1K", "2K". Server default: "1K"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

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

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
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
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_input import ElementInput  # noqa: PLC0415

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingImageO1InputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_image_o1_input_aspect_ratio(_aspect_ratio)

        _elements = d.pop("elements", UNSET)
        elements: list[ElementInput] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = ElementInput.from_dict(elements_item_data)

                elements.append(elements_item)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: KlingImageO1InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_kling_image_o1_input_output_format(_output_format)

        _resolution = d.pop("resolution", UNSET)
        resolution: KlingImageO1InputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_kling_image_o1_input_resolution(_resolution)

        sync_mode = d.pop("sync_mode", UNSET)

        kling_image_o1_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            elements=elements,
            num_images=num_images,
            output_format=output_format,
            resolution=resolution,
            sync_mode=sync_mode,
        )

        return kling_image_o1_input
