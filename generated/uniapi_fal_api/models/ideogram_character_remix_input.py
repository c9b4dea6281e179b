from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_character_remix_input_image_size_type_1 import (
    IdeogramCharacterRemixInputImageSizeType1,
    check_ideogram_character_remix_input_image_size_type_1,
)
from ..models.ideogram_character_remix_input_rendering_speed import (
    IdeogramCharacterRemixInputRenderingSpeed,
    check_ideogram_character_remix_input_rendering_speed,
)
from ..models.ideogram_character_remix_input_style import (
    IdeogramCharacterRemixInputStyle,
    check_ideogram_character_remix_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.color_palette_va9f521 import ColorPaletteVA9F521
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .ideogram_character_remix_output import IdeogramCharacterRemixOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramCharacterRemixInput")


@_attrs_define
class IdeogramCharacterRemixInput(
    FalInput["IdeogramCharacterRemixOutput"], endpoint="fal-ai/ideogram/character/remix"
):
    """Input of `fal-ai/ideogram/character/remix` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    reference_image_urls: list[str]
    """List of string."""
    color_palette: ColorPaletteVA9F521 | Unset = UNSET
    """ColorPaletteVA9F521."""
    expand_prompt: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_size: IdeogramCharacterRemixInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    reference_mask_urls: list[str] | Unset = UNSET
    """List of string."""
    rendering_speed: IdeogramCharacterRemixInputRenderingSpeed | Unset = UNSET
    """One of "TURBO", "BALANCED", "QUALITY". Server default: "BALANCED"."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.8."""
    style: IdeogramCharacterRemixInputStyle | Unset = UNSET
    """One of "AUTO", "REALISTIC", "FICTION". Server default: "AUTO"."""
    style_codes: list[str] | Unset = UNSET
    """List of string."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        reference_image_urls = self.reference_image_urls

        color_palette: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color_palette, Unset):
            color_palette = self.color_palette.to_dict()

        expand_prompt = self.expand_prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        reference_mask_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_mask_urls, Unset):
            reference_mask_urls = self.reference_mask_urls

        rendering_speed: str | Unset = UNSET
        if not isinstance(self.rendering_speed, Unset):
            rendering_speed = self.rendering_speed

        seed = self.seed

        strength = self.strength

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        style_codes: list[str] | Unset = UNSET
        if not isinstance(self.style_codes, Unset):
            style_codes = self.style_codes

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
            }
        )
        if color_palette is not UNSET:
            field_dict["color_palette"] = color_palette
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if reference_mask_urls is not UNSET:
            field_dict["reference_mask_urls"] = reference_mask_urls
        if rendering_speed is not UNSET:
            field_dict["rendering_speed"] = rendering_speed
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength
        if style is not UNSET:
            field_dict["style"] = style
        if style_codes is not UNSET:
            field_dict["style_codes"] = style_codes
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.color_palette_va9f521 import ColorPaletteVA9F521  # noqa: PLC0415
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        reference_image_urls = cast(list[str], d.pop("reference_image_urls"))

        _color_palette = d.pop("color_palette", UNSET)
        color_palette: ColorPaletteVA9F521 | Unset
        if isinstance(_color_palette, Unset):
            color_palette = UNSET
        else:
            color_palette = ColorPaletteVA9F521.from_dict(_color_palette)

        expand_prompt = d.pop("expand_prompt", UNSET)

        def _parse_image_size(
            data: object,
        ) -> IdeogramCharacterRemixInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
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
            image_size_type_1 = check_ideogram_character_remix_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        reference_mask_urls = cast(list[str], d.pop("reference_mask_urls", UNSET))

        _rendering_speed = d.pop("rendering_speed", UNSET)
        rendering_speed: IdeogramCharacterRemixInputRenderingSpeed | Unset
        if isinstance(_rendering_speed, Unset):
            rendering_speed = UNSET
        else:
            rendering_speed = check_ideogram_character_remix_input_rendering_speed(_rendering_speed)

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        _style = d.pop("style", UNSET)
        style: IdeogramCharacterRemixInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_ideogram_character_remix_input_style(_style)

        style_codes = cast(list[str], d.pop("style_codes", UNSET))

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_character_remix_input = cls(
            image_url=image_url,
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            color_palette=color_palette,
            expand_prompt=expand_prompt,
            image_size=image_size,
            image_urls=image_urls,
            negative_prompt=negative_prompt,
            num_images=num_images,
            reference_mask_urls=reference_mask_urls,
            rendering_speed=rendering_speed,
            seed=seed,
            strength=strength,
            style=style,
            style_codes=style_codes,
            sync_mode=sync_mode,
        )

        return ideogram_character_remix_input
