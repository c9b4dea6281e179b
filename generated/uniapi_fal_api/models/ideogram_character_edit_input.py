from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_character_edit_input_rendering_speed import (
    IdeogramCharacterEditInputRenderingSpeed,
    check_ideogram_character_edit_input_rendering_speed,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.color_palette_va9f521 import ColorPaletteVA9F521
    from .ideogram_character_edit_output import IdeogramCharacterEditOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramCharacterEditInput")


@_attrs_define
class IdeogramCharacterEditInput(
    FalInput["IdeogramCharacterEditOutput"], endpoint="fal-ai/ideogram/character/edit"
):
    """Input of `fal-ai/ideogram/character/edit` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mask_url: str
    """URL or local file."""
    prompt: str
    """String."""
    reference_image_urls: list[str]
    """List of string."""
    color_palette: ColorPaletteVA9F521 | Unset = UNSET
    """ColorPaletteVA9F521."""
    expand_prompt: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    reference_mask_urls: list[str] | Unset = UNSET
    """List of string."""
    rendering_speed: IdeogramCharacterEditInputRenderingSpeed | Unset = UNSET
    """One of "TURBO", "BALANCED", "QUALITY". Server default: "BALANCED"."""
    seed: float | Unset = UNSET
    """Number."""
    style_codes: list[str] | Unset = UNSET
    """List of string."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mask_url = self.mask_url

        prompt = self.prompt

        reference_image_urls = self.reference_image_urls

        color_palette: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color_palette, Unset):
            color_palette = self.color_palette.to_dict()

        expand_prompt = self.expand_prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        num_images = self.num_images

        reference_mask_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_mask_urls, Unset):
            reference_mask_urls = self.reference_mask_urls

        rendering_speed: str | Unset = UNSET
        if not isinstance(self.rendering_speed, Unset):
            rendering_speed = self.rendering_speed

        seed = self.seed

        style_codes: list[str] | Unset = UNSET
        if not isinstance(self.style_codes, Unset):
            style_codes = self.style_codes

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
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
        if reference_mask_urls is not UNSET:
            field_dict["reference_mask_urls"] = reference_mask_urls
        if rendering_speed is not UNSET:
            field_dict["rendering_speed"] = rendering_speed
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style_codes is not UNSET:
            field_dict["style_codes"] = style_codes
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.color_palette_va9f521 import ColorPaletteVA9F521  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url")

        prompt = d.pop("prompt")

        reference_image_urls = cast(list[str], d.pop("reference_image_urls"))

        _color_palette = d.pop("color_palette", UNSET)
        color_palette: ColorPaletteVA9F521 | Unset
        if isinstance(_color_palette, Unset):
            color_palette = UNSET
        else:
            color_palette = ColorPaletteVA9F521.from_dict(_color_palette)

        expand_prompt = d.pop("expand_prompt", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        num_images = d.pop("num_images", UNSET)

        reference_mask_urls = cast(list[str], d.pop("reference_mask_urls", UNSET))

        _rendering_speed = d.pop("rendering_speed", UNSET)
        rendering_speed: IdeogramCharacterEditInputRenderingSpeed | Unset
        if isinstance(_rendering_speed, Unset):
            rendering_speed = UNSET
        else:
            rendering_speed = check_ideogram_character_edit_input_rendering_speed(_rendering_speed)

        seed = d.pop("seed", UNSET)

        style_codes = cast(list[str], d.pop("style_codes", UNSET))

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_character_edit_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            color_palette=color_palette,
            expand_prompt=expand_prompt,
            image_urls=image_urls,
            num_images=num_images,
            reference_mask_urls=reference_mask_urls,
            rendering_speed=rendering_speed,
            seed=seed,
            style_codes=style_codes,
            sync_mode=sync_mode,
        )

        return ideogram_character_edit_input
