from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_v3_replace_background_input_rendering_speed import (
    IdeogramV3ReplaceBackgroundInputRenderingSpeed,
    check_ideogram_v3_replace_background_input_rendering_speed,
)
from ..models.ideogram_v3_replace_background_input_style import (
    IdeogramV3ReplaceBackgroundInputStyle,
    check_ideogram_v3_replace_background_input_style,
)
from ..models.ideogram_v3_replace_background_input_style_preset import (
    IdeogramV3ReplaceBackgroundInputStylePreset,
    check_ideogram_v3_replace_background_input_style_preset,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.color_palette_va9f521 import ColorPaletteVA9F521
    from .ideogram_v3_replace_background_output import IdeogramV3ReplaceBackgroundOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramV3ReplaceBackgroundInput")


@_attrs_define
class IdeogramV3ReplaceBackgroundInput(
    FalInput["IdeogramV3ReplaceBackgroundOutput"], endpoint="fal-ai/ideogram/v3/replace-background"
):
    """Input of `fal-ai/ideogram/v3/replace-background` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    color_palette: ColorPaletteVA9F521 | Unset = UNSET
    """ColorPaletteVA9F521."""
    expand_prompt: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    rendering_speed: IdeogramV3ReplaceBackgroundInputRenderingSpeed | Unset = UNSET
    """One of "TURBO", "BALANCED", "QUALITY". Server default: "BALANCED"."""
    seed: float | Unset = UNSET
    """Number."""
    style: IdeogramV3ReplaceBackgroundInputStyle | Unset = UNSET
    """One of "AUTO", "GENERAL", "REALISTIC", "DESIGN"."""
    style_codes: list[str] | Unset = UNSET
    """List of string."""
    style_preset: IdeogramV3ReplaceBackgroundInputStylePreset | Unset = UNSET
    """One of "80S_ILLUSTRATION", "90S_NOSTALGIA", "ABSTRACT_ORGANIC", "ANALOG_NOSTALGIA",
    "ART_BRUT", "ART_DECO", "ART_POSTER", "AURA", ... (62 values)."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        color_palette: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color_palette, Unset):
            color_palette = self.color_palette.to_dict()

        expand_prompt = self.expand_prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        num_images = self.num_images

        rendering_speed: str | Unset = UNSET
        if not isinstance(self.rendering_speed, Unset):
            rendering_speed = self.rendering_speed

        seed = self.seed

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        style_codes: list[str] | Unset = UNSET
        if not isinstance(self.style_codes, Unset):
            style_codes = self.style_codes

        style_preset: str | Unset = UNSET
        if not isinstance(self.style_preset, Unset):
            style_preset = self.style_preset

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if color_palette is not UNSET:
            field_dict["color_palette"] = color_palette
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if rendering_speed is not UNSET:
            field_dict["rendering_speed"] = rendering_speed
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style is not UNSET:
            field_dict["style"] = style
        if style_codes is not UNSET:
            field_dict["style_codes"] = style_codes
        if style_preset is not UNSET:
            field_dict["style_preset"] = style_preset
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.color_palette_va9f521 import ColorPaletteVA9F521  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _color_palette = d.pop("color_palette", UNSET)
        color_palette: ColorPaletteVA9F521 | Unset
        if isinstance(_color_palette, Unset):
            color_palette = UNSET
        else:
            color_palette = ColorPaletteVA9F521.from_dict(_color_palette)

        expand_prompt = d.pop("expand_prompt", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        num_images = d.pop("num_images", UNSET)

        _rendering_speed = d.pop("rendering_speed", UNSET)
        rendering_speed: IdeogramV3ReplaceBackgroundInputRenderingSpeed | Unset
        if isinstance(_rendering_speed, Unset):
            rendering_speed = UNSET
        else:
            rendering_speed = check_ideogram_v3_replace_background_input_rendering_speed(
                _rendering_speed
            )

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: IdeogramV3ReplaceBackgroundInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_ideogram_v3_replace_background_input_style(_style)

        style_codes = cast(list[str], d.pop("style_codes", UNSET))

        _style_preset = d.pop("style_preset", UNSET)
        style_preset: IdeogramV3ReplaceBackgroundInputStylePreset | Unset
        if isinstance(_style_preset, Unset):
            style_preset = UNSET
        else:
            style_preset = check_ideogram_v3_replace_background_input_style_preset(_style_preset)

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_v3_replace_background_input = cls(
            image_url=image_url,
            prompt=prompt,
            color_palette=color_palette,
            expand_prompt=expand_prompt,
            image_urls=image_urls,
            num_images=num_images,
            rendering_speed=rendering_speed,
            seed=seed,
            style=style,
            style_codes=style_codes,
            style_preset=style_preset,
            sync_mode=sync_mode,
        )

        return ideogram_v3_replace_background_input
