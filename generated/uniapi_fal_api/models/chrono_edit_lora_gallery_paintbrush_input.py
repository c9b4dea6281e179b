from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.chrono_edit_lora_gallery_paintbrush_input_output_format import (
    ChronoEditLoraGalleryPaintbrushInputOutputFormat,
    check_chrono_edit_lora_gallery_paintbrush_input_output_format,
)
from ..models.chrono_edit_lora_gallery_paintbrush_input_resolution import (
    ChronoEditLoraGalleryPaintbrushInputResolution,
    check_chrono_edit_lora_gallery_paintbrush_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chrono_lora_weight import ChronoLoraWeight
    from .chrono_edit_lora_gallery_paintbrush_output import (
        ChronoEditLoraGalleryPaintbrushOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ChronoEditLoraGalleryPaintbrushInput")


@_attrs_define
class ChronoEditLoraGalleryPaintbrushInput(
    FalInput["ChronoEditLoraGalleryPaintbrushOutput"],
    endpoint="fal-ai/chrono-edit-lora-gallery/paintbrush",
):
    """Input of `fal-ai/chrono-edit-lora-gallery/paintbrush` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    lora_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    loras: list[ChronoLoraWeight] | Unset = UNSET
    """List of ChronoLoraWeight."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 8."""
    output_format: ChronoEditLoraGalleryPaintbrushInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    resolution: ChronoEditLoraGalleryPaintbrushInputResolution | Unset = UNSET
    """One of "480p", "720p". Server default: "480p"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    turbo_mode: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        lora_scale = self.lora_scale

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        mask_url = self.mask_url

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        sync_mode = self.sync_mode

        turbo_mode = self.turbo_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if lora_scale is not UNSET:
            field_dict["lora_scale"] = lora_scale
        if loras is not UNSET:
            field_dict["loras"] = loras
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if turbo_mode is not UNSET:
            field_dict["turbo_mode"] = turbo_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chrono_lora_weight import ChronoLoraWeight  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        lora_scale = d.pop("lora_scale", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[ChronoLoraWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = ChronoLoraWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        mask_url = d.pop("mask_url", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ChronoEditLoraGalleryPaintbrushInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_chrono_edit_lora_gallery_paintbrush_input_output_format(
                _output_format
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: ChronoEditLoraGalleryPaintbrushInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_chrono_edit_lora_gallery_paintbrush_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        turbo_mode = d.pop("turbo_mode", UNSET)

        chrono_edit_lora_gallery_paintbrush_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            lora_scale=lora_scale,
            loras=loras,
            mask_url=mask_url,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            resolution=resolution,
            seed=seed,
            sync_mode=sync_mode,
            turbo_mode=turbo_mode,
        )

        return chrono_edit_lora_gallery_paintbrush_input
