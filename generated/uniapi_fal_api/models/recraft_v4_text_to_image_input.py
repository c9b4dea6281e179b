from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.recraft_v4_text_to_image_input_image_size_type_1 import (
    RecraftV4TextToImageInputImageSizeType1,
    check_recraft_v4_text_to_image_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.rgb_color_v9ae01c import RGBColorV9AE01C
    from .recraft_v4_text_to_image_output import RecraftV4TextToImageOutput  # noqa: F401


T = TypeVar("T", bound="RecraftV4TextToImageInput")


@_attrs_define
class RecraftV4TextToImageInput(
    FalInput["RecraftV4TextToImageOutput"], endpoint="fal-ai/recraft/v4/text-to-image"
):
    """Input of `fal-ai/recraft/v4/text-to-image` (text-to-image). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    background_color: RGBColorV9AE01C | Unset = UNSET
    """RGBColorV9AE01C."""
    colors: list[RGBColorV9AE01C] | Unset = UNSET
    """List of RGBColorV9AE01C."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_size: ImageSizeV9A3DFF | RecraftV4TextToImageInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        prompt = self.prompt

        background_color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_color, Unset):
            background_color = self.background_color.to_dict()

        colors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = []
            for colors_item_data in self.colors:
                colors_item = colors_item_data.to_dict()
                colors.append(colors_item)

        enable_safety_checker = self.enable_safety_checker

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if colors is not UNSET:
            field_dict["colors"] = colors
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if image_size is not UNSET:
            field_dict["image_size"] = image_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.rgb_color_v9ae01c import RGBColorV9AE01C  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _background_color = d.pop("background_color", UNSET)
        background_color: RGBColorV9AE01C | Unset
        if isinstance(_background_color, Unset):
            background_color = UNSET
        else:
            background_color = RGBColorV9AE01C.from_dict(_background_color)

        _colors = d.pop("colors", UNSET)
        colors: list[RGBColorV9AE01C] | Unset = UNSET
        if _colors is not UNSET:
            colors = []
            for colors_item_data in _colors:
                colors_item = RGBColorV9AE01C.from_dict(colors_item_data)

                colors.append(colors_item)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | RecraftV4TextToImageInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_recraft_v4_text_to_image_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        recraft_v4_text_to_image_input = cls(
            prompt=prompt,
            background_color=background_color,
            colors=colors,
            enable_safety_checker=enable_safety_checker,
            image_size=image_size,
        )

        return recraft_v4_text_to_image_input
