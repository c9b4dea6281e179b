from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_v3_input_image_size_type_1 import (
    IdeogramV3InputImageSizeType1,
    check_ideogram_v3_input_image_size_type_1,
)
from ..models.ideogram_v3_input_rendering_speed import (
    IdeogramV3InputRenderingSpeed,
    check_ideogram_v3_input_rendering_speed,
)
from ..models.ideogram_v3_input_style_preset_type_0 import (
    IdeogramV3InputStylePresetType0,
    check_ideogram_v3_input_style_preset_type_0,
)
from ..models.ideogram_v3_input_style_type_0 import (
    IdeogramV3InputStyleType0,
    check_ideogram_v3_input_style_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.color_palette import ColorPalette
    from ..models.image_size import ImageSize
    from .ideogram_v3_output import IdeogramV3Output  # noqa: F401


T = TypeVar("T", bound="IdeogramV3Input")


@_attrs_define
class IdeogramV3Input(FalInput["IdeogramV3Output"], endpoint="fal-ai/ideogram/v3"):
    """Input of `fal-ai/ideogram/v3` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_urls: list[str] | None | Unset = UNSET
    """Image Urls: list of string or None."""
    rendering_speed: IdeogramV3InputRenderingSpeed | Unset = UNSET
    """Rendering Speed: one of "TURBO", "BALANCED", "QUALITY". Server default: "BALANCED"."""
    color_palette: ColorPalette | None | Unset = UNSET
    """ColorPalette or None."""
    style_codes: list[str] | None | Unset = UNSET
    """Style Codes: list of string or None."""
    style: IdeogramV3InputStyleType0 | None | Unset = UNSET
    """Style: one of "AUTO", "GENERAL", "REALISTIC", "DESIGN" or None."""
    expand_prompt: bool | Unset = UNSET
    """Expand Prompt: boolean. Server default: true."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 8. Server default: 1."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    style_preset: IdeogramV3InputStylePresetType0 | None | Unset = UNSET
    """Style Preset: one of "80S_ILLUSTRATION", "90S_NOSTALGIA", "ABSTRACT_ORGANIC",
    "ANALOG_NOSTALGIA", "ART_BRUT", "ART_DECO", "ART_POSTER", "AURA", ... (62 values) or None."""
    image_size: IdeogramV3InputImageSizeType1 | ImageSize | None | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9" or None. Server default: "square_hd"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.color_palette import ColorPalette  # noqa: PLC0415
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        image_urls: list[str] | None | Unset
        if isinstance(self.image_urls, Unset):
            image_urls = UNSET
        elif isinstance(self.image_urls, list):
            image_urls = self.image_urls

        else:
            image_urls = self.image_urls

        rendering_speed: str | Unset = UNSET
        if not isinstance(self.rendering_speed, Unset):
            rendering_speed = self.rendering_speed

        color_palette: dict[str, Any] | None | Unset
        if isinstance(self.color_palette, Unset):
            color_palette = UNSET
        elif isinstance(self.color_palette, ColorPalette):
            color_palette = self.color_palette.to_dict()
        else:
            color_palette = self.color_palette

        style_codes: list[str] | None | Unset
        if isinstance(self.style_codes, Unset):
            style_codes = UNSET
        elif isinstance(self.style_codes, list):
            style_codes = self.style_codes

        else:
            style_codes = self.style_codes

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif isinstance(self.style, str):
            style = self.style
        else:
            style = self.style

        expand_prompt = self.expand_prompt

        num_images = self.num_images

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        sync_mode = self.sync_mode

        style_preset: None | str | Unset
        if isinstance(self.style_preset, Unset):
            style_preset = UNSET
        elif isinstance(self.style_preset, str):
            style_preset = self.style_preset
        else:
            style_preset = self.style_preset

        image_size: dict[str, Any] | None | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        elif isinstance(self.image_size, str):
            image_size = self.image_size
        else:
            image_size = self.image_size

        negative_prompt = self.negative_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if rendering_speed is not UNSET:
            field_dict["rendering_speed"] = rendering_speed
        if color_palette is not UNSET:
            field_dict["color_palette"] = color_palette
        if style_codes is not UNSET:
            field_dict["style_codes"] = style_codes
        if style is not UNSET:
            field_dict["style"] = style
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if style_preset is not UNSET:
            field_dict["style_preset"] = style_preset
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.color_palette import ColorPalette  # noqa: PLC0415
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_urls_type_0 = cast(list[str], data)

                return image_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        image_urls = _parse_image_urls(d.pop("image_urls", UNSET))

        _rendering_speed = d.pop("rendering_speed", UNSET)
        rendering_speed: IdeogramV3InputRenderingSpeed | Unset
        if isinstance(_rendering_speed, Unset):
            rendering_speed = UNSET
        else:
            rendering_speed = check_ideogram_v3_input_rendering_speed(_rendering_speed)

        def _parse_color_palette(data: object) -> ColorPalette | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                color_palette_type_0 = ColorPalette.from_dict(data)

                return color_palette_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColorPalette | None | Unset, data)

        color_palette = _parse_color_palette(d.pop("color_palette", UNSET))

        def _parse_style_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                style_codes_type_0 = cast(list[str], data)

                return style_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        style_codes = _parse_style_codes(d.pop("style_codes", UNSET))

        def _parse_style(data: object) -> IdeogramV3InputStyleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                style_type_0 = check_ideogram_v3_input_style_type_0(data)

                return style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdeogramV3InputStyleType0 | None | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        expand_prompt = d.pop("expand_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        sync_mode = d.pop("sync_mode", UNSET)

        def _parse_style_preset(data: object) -> IdeogramV3InputStylePresetType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                style_preset_type_0 = check_ideogram_v3_input_style_preset_type_0(data)

                return style_preset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdeogramV3InputStylePresetType0 | None | Unset, data)

        style_preset = _parse_style_preset(d.pop("style_preset", UNSET))

        def _parse_image_size(
            data: object,
        ) -> IdeogramV3InputImageSizeType1 | ImageSize | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSize.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                image_size_type_1 = check_ideogram_v3_input_image_size_type_1(data)

                return image_size_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdeogramV3InputImageSizeType1 | ImageSize | None | Unset, data)

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        ideogram_v3_input = cls(
            prompt=prompt,
            image_urls=image_urls,
            rendering_speed=rendering_speed,
            color_palette=color_palette,
            style_codes=style_codes,
            style=style,
            expand_prompt=expand_prompt,
            num_images=num_images,
            seed=seed,
            sync_mode=sync_mode,
            style_preset=style_preset,
            image_size=image_size,
            negative_prompt=negative_prompt,
        )

        return ideogram_v3_input
