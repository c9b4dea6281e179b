from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.patina_material_input_image_size_type_1 import (
    PatinaMaterialInputImageSizeType1,
    check_patina_material_input_image_size_type_1,
)
from ..models.patina_material_input_maps_item import (
    PatinaMaterialInputMapsItem,
    check_patina_material_input_maps_item,
)
from ..models.patina_material_input_output_format import (
    PatinaMaterialInputOutputFormat,
    check_patina_material_input_output_format,
)
from ..models.patina_material_input_tiling_mode import (
    PatinaMaterialInputTilingMode,
    check_patina_material_input_tiling_mode,
)
from ..models.patina_material_input_upscale_factor import (
    PatinaMaterialInputUpscaleFactor,
    check_patina_material_input_upscale_factor,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .patina_material_output import PatinaMaterialOutput  # noqa: F401


T = TypeVar("T", bound="PatinaMaterialInput")


@_attrs_define
class PatinaMaterialInput(FalInput["PatinaMaterialOutput"], endpoint="fal-ai/patina/material"):
    """Input of `fal-ai/patina/material` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_size: ImageSizeV9A3DFF | PatinaMaterialInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    maps: list[PatinaMaterialInputMapsItem] | Unset = UNSET
    """List of one of "basecolor", "normal", "roughness", "metalness", "height"."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 8."""
    output_format: PatinaMaterialInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.6."""
    tile_size: float | Unset = UNSET
    """Number. Server default: 128."""
    tile_stride: float | Unset = UNSET
    """Number. Server default: 64."""
    tiling_mode: PatinaMaterialInputTilingMode | Unset = UNSET
    """One of "both", "horizontal", "vertical". Server default: "both"."""
    upscale_factor: PatinaMaterialInputUpscaleFactor | Unset = UNSET
    """One of 0, 2, 4."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

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

        image_url = self.image_url

        maps: list[str] | Unset = UNSET
        if not isinstance(self.maps, Unset):
            maps = []
            for maps_item_data in self.maps:
                maps_item: str = maps_item_data
                maps.append(maps_item)

        mask_url = self.mask_url

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        strength = self.strength

        tile_size = self.tile_size

        tile_stride = self.tile_stride

        tiling_mode: str | Unset = UNSET
        if not isinstance(self.tiling_mode, Unset):
            tiling_mode = self.tiling_mode

        upscale_factor: int | Unset = UNSET
        if not isinstance(self.upscale_factor, Unset):
            upscale_factor = self.upscale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if maps is not UNSET:
            field_dict["maps"] = maps
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength
        if tile_size is not UNSET:
            field_dict["tile_size"] = tile_size
        if tile_stride is not UNSET:
            field_dict["tile_stride"] = tile_stride
        if tiling_mode is not UNSET:
            field_dict["tiling_mode"] = tiling_mode
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | PatinaMaterialInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_patina_material_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        image_url = d.pop("image_url", UNSET)

        _maps = d.pop("maps", UNSET)
        maps: list[PatinaMaterialInputMapsItem] | Unset = UNSET
        if _maps is not UNSET:
            maps = []
            for maps_item_data in _maps:
                maps_item = check_patina_material_input_maps_item(maps_item_data)

                maps.append(maps_item)

        mask_url = d.pop("mask_url", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: PatinaMaterialInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_patina_material_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        tile_size = d.pop("tile_size", UNSET)

        tile_stride = d.pop("tile_stride", UNSET)

        _tiling_mode = d.pop("tiling_mode", UNSET)
        tiling_mode: PatinaMaterialInputTilingMode | Unset
        if isinstance(_tiling_mode, Unset):
            tiling_mode = UNSET
        else:
            tiling_mode = check_patina_material_input_tiling_mode(_tiling_mode)

        _upscale_factor = d.pop("upscale_factor", UNSET)
        upscale_factor: PatinaMaterialInputUpscaleFactor | Unset
        if isinstance(_upscale_factor, Unset):
            upscale_factor = UNSET
        else:
            upscale_factor = check_patina_material_input_upscale_factor(_upscale_factor)

        patina_material_input = cls(
            prompt=prompt,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            image_size=image_size,
            image_url=image_url,
            maps=maps,
            mask_url=mask_url,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            strength=strength,
            tile_size=tile_size,
            tile_stride=tile_stride,
            tiling_mode=tiling_mode,
            upscale_factor=upscale_factor,
        )

        return patina_material_input
