from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_v4_tiling_input_acceleration import (
    IdeogramV4TilingInputAcceleration,
    check_ideogram_v4_tiling_input_acceleration,
)
from ..models.ideogram_v4_tiling_input_expansion_model import (
    IdeogramV4TilingInputExpansionModel,
    check_ideogram_v4_tiling_input_expansion_model,
)
from ..models.ideogram_v4_tiling_input_image_size_type_1 import (
    IdeogramV4TilingInputImageSizeType1,
    check_ideogram_v4_tiling_input_image_size_type_1,
)
from ..models.ideogram_v4_tiling_input_output_format import (
    IdeogramV4TilingInputOutputFormat,
    check_ideogram_v4_tiling_input_output_format,
)
from ..models.ideogram_v4_tiling_input_rendering_speed import (
    IdeogramV4TilingInputRenderingSpeed,
    check_ideogram_v4_tiling_input_rendering_speed,
)
from ..models.ideogram_v4_tiling_input_tiling_mode import (
    IdeogramV4TilingInputTilingMode,
    check_ideogram_v4_tiling_input_tiling_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .ideogram_v4_tiling_output import IdeogramV4TilingOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramV4TilingInput")


@_attrs_define
class IdeogramV4TilingInput(FalInput["IdeogramV4TilingOutput"], endpoint="ideogram/v4/tiling"):
    """Input of `ideogram/v4/tiling` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    acceleration: IdeogramV4TilingInputAcceleration | Unset = UNSET
    """One of "none", "low", "regular", "high". Server default: "none"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    expansion_model: IdeogramV4TilingInputExpansionModel | Unset = UNSET
    """One of "None", "Medium", "Large". Server default: "Medium"."""
    image_size: IdeogramV4TilingInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: IdeogramV4TilingInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    rendering_speed: IdeogramV4TilingInputRenderingSpeed | Unset = UNSET
    """One of "TURBO", "BALANCED", "QUALITY". Server default: "BALANCED"."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.8."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    tiling_mode: IdeogramV4TilingInputTilingMode | Unset = UNSET
    """One of "both", "horizontal", "vertical". Server default: "both"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        prompt = self.prompt

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        enable_safety_checker = self.enable_safety_checker

        expansion_model: str | Unset = UNSET
        if not isinstance(self.expansion_model, Unset):
            expansion_model = self.expansion_model

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        image_url = self.image_url

        mask_url = self.mask_url

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        rendering_speed: str | Unset = UNSET
        if not isinstance(self.rendering_speed, Unset):
            rendering_speed = self.rendering_speed

        seed = self.seed

        strength = self.strength

        sync_mode = self.sync_mode

        tiling_mode: str | Unset = UNSET
        if not isinstance(self.tiling_mode, Unset):
            tiling_mode = self.tiling_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if expansion_model is not UNSET:
            field_dict["expansion_model"] = expansion_model
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if rendering_speed is not UNSET:
            field_dict["rendering_speed"] = rendering_speed
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if tiling_mode is not UNSET:
            field_dict["tiling_mode"] = tiling_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: IdeogramV4TilingInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_ideogram_v4_tiling_input_acceleration(_acceleration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _expansion_model = d.pop("expansion_model", UNSET)
        expansion_model: IdeogramV4TilingInputExpansionModel | Unset
        if isinstance(_expansion_model, Unset):
            expansion_model = UNSET
        else:
            expansion_model = check_ideogram_v4_tiling_input_expansion_model(_expansion_model)

        def _parse_image_size(
            data: object,
        ) -> IdeogramV4TilingInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
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
            image_size_type_1 = check_ideogram_v4_tiling_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        image_url = d.pop("image_url", UNSET)

        mask_url = d.pop("mask_url", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: IdeogramV4TilingInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_ideogram_v4_tiling_input_output_format(_output_format)

        _rendering_speed = d.pop("rendering_speed", UNSET)
        rendering_speed: IdeogramV4TilingInputRenderingSpeed | Unset
        if isinstance(_rendering_speed, Unset):
            rendering_speed = UNSET
        else:
            rendering_speed = check_ideogram_v4_tiling_input_rendering_speed(_rendering_speed)

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _tiling_mode = d.pop("tiling_mode", UNSET)
        tiling_mode: IdeogramV4TilingInputTilingMode | Unset
        if isinstance(_tiling_mode, Unset):
            tiling_mode = UNSET
        else:
            tiling_mode = check_ideogram_v4_tiling_input_tiling_mode(_tiling_mode)

        ideogram_v4_tiling_input = cls(
            prompt=prompt,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            expansion_model=expansion_model,
            image_size=image_size,
            image_url=image_url,
            mask_url=mask_url,
            num_images=num_images,
            output_format=output_format,
            rendering_speed=rendering_speed,
            seed=seed,
            strength=strength,
            sync_mode=sync_mode,
            tiling_mode=tiling_mode,
        )

        return ideogram_v4_tiling_input
