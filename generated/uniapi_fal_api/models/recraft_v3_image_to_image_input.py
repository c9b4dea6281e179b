from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.recraft_v3_image_to_image_input_style import (
    RecraftV3ImageToImageInputStyle,
    check_recraft_v3_image_to_image_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rgb_color_v9ae01c import RGBColorV9AE01C
    from .recraft_v3_image_to_image_output import RecraftV3ImageToImageOutput  # noqa: F401


T = TypeVar("T", bound="RecraftV3ImageToImageInput")


@_attrs_define
class RecraftV3ImageToImageInput(
    FalInput["RecraftV3ImageToImageOutput"], endpoint="fal-ai/recraft/v3/image-to-image"
):
    """Input of `fal-ai/recraft/v3/image-to-image` (image-to-image). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    colors: list[RGBColorV9AE01C] | Unset = UNSET
    """List of RGBColorV9AE01C."""
    negative_prompt: str | Unset = UNSET
    """String."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.5."""
    style: RecraftV3ImageToImageInputStyle | Unset = UNSET
    """One of "any", "realistic_image", "digital_illustration", "vector_illustration",
    "realistic_image/b_and_w", "realistic_image/hard_flash", "realistic_image/hdr",
    "realistic_image/natural_light", ... (85 values). Server default: "realistic_image"."""
    style_id: str | Unset = UNSET
    """String."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        colors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = []
            for colors_item_data in self.colors:
                colors_item = colors_item_data.to_dict()
                colors.append(colors_item)

        negative_prompt = self.negative_prompt

        strength = self.strength

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        style_id = self.style_id

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if colors is not UNSET:
            field_dict["colors"] = colors
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if strength is not UNSET:
            field_dict["strength"] = strength
        if style is not UNSET:
            field_dict["style"] = style
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rgb_color_v9ae01c import RGBColorV9AE01C  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _colors = d.pop("colors", UNSET)
        colors: list[RGBColorV9AE01C] | Unset = UNSET
        if _colors is not UNSET:
            colors = []
            for colors_item_data in _colors:
                colors_item = RGBColorV9AE01C.from_dict(colors_item_data)

                colors.append(colors_item)

        negative_prompt = d.pop("negative_prompt", UNSET)

        strength = d.pop("strength", UNSET)

        _style = d.pop("style", UNSET)
        style: RecraftV3ImageToImageInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_recraft_v3_image_to_image_input_style(_style)

        style_id = d.pop("style_id", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        recraft_v3_image_to_image_input = cls(
            image_url=image_url,
            prompt=prompt,
            colors=colors,
            negative_prompt=negative_prompt,
            strength=strength,
            style=style,
            style_id=style_id,
            sync_mode=sync_mode,
        )

        return recraft_v3_image_to_image_input
