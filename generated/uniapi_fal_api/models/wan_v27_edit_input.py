from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v27_edit_input_image_size_type_1 import (
    WanV27EditInputImageSizeType1,
    check_wan_v27_edit_input_image_size_type_1,
)
from ..models.wan_v27_edit_input_output_format import (
    WanV27EditInputOutputFormat,
    check_wan_v27_edit_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .wan_v27_edit_output import WanV27EditOutput  # noqa: F401


T = TypeVar("T", bound="WanV27EditInput")


@_attrs_define
class WanV27EditInput(FalInput["WanV27EditOutput"], endpoint="fal-ai/wan/v2.7/edit"):
    """Input of `fal-ai/wan/v2.7/edit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_size: ImageSizeV9A3DFF | Unset | WanV27EditInputImageSizeType1 = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: WanV27EditInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "jpeg"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_urls = self.image_urls

        prompt = self.prompt

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | Unset | WanV27EditInputImageSizeType1:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_wan_v27_edit_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: WanV27EditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_wan_v27_edit_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        wan_v27_edit_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            image_size=image_size,
            negative_prompt=negative_prompt,
            num_images=num_images,
            output_format=output_format,
            seed=seed,
        )

        return wan_v27_edit_input
