from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.recraft_20b_input_image_size_type_1 import (
    Recraft20BInputImageSizeType1,
    check_recraft_20b_input_image_size_type_1,
)
from ..models.recraft_20b_input_style import (
    Recraft20BInputStyle,
    check_recraft_20b_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from ..models.rgb_color import RGBColor
    from .recraft_20b_output import Recraft20BOutput  # noqa: F401


T = TypeVar("T", bound="Recraft20BInput")


@_attrs_define
class Recraft20BInput(FalInput["Recraft20BOutput"], endpoint="fal-ai/recraft-20b"):
    """Input of `fal-ai/recraft-20b` (text-to-image)."""

    prompt: str
    """Prompt: string, 1 to 1,000 characters."""
    image_size: ImageSize | Recraft20BInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    style: Recraft20BInputStyle | Unset = UNSET
    """Style: one of "any", "realistic_image", "digital_illustration", "vector_illustration",
    "realistic_image/b_and_w", "realistic_image/enterprise", "realistic_image/hard_flash",
    "realistic_image/hdr", ... (37 values). Server default: "realistic_image"."""
    colors: list[RGBColor] | Unset = UNSET
    """Colors: list of RGBColor. Server default: []."""
    style_id: str | Unset = UNSET
    """Style Id: string."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        colors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = []
            for colors_item_data in self.colors:
                colors_item = colors_item_data.to_dict()
                colors.append(colors_item)

        style_id = self.style_id

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if style is not UNSET:
            field_dict["style"] = style
        if colors is not UNSET:
            field_dict["colors"] = colors
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.rgb_color import RGBColor  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(data: object) -> ImageSize | Recraft20BInputImageSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSize.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_recraft_20b_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _style = d.pop("style", UNSET)
        style: Recraft20BInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_recraft_20b_input_style(_style)

        _colors = d.pop("colors", UNSET)
        colors: list[RGBColor] | Unset = UNSET
        if _colors is not UNSET:
            colors = []
            for colors_item_data in _colors:
                colors_item = RGBColor.from_dict(colors_item_data)

                colors.append(colors_item)

        style_id = d.pop("style_id", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        recraft_20b_input = cls(
            prompt=prompt,
            image_size=image_size,
            style=style,
            colors=colors,
            style_id=style_id,
            enable_safety_checker=enable_safety_checker,
        )

        return recraft_20b_input
