from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_v4_image_to_image_input_acceleration import (
    IdeogramV4ImageToImageInputAcceleration,
    check_ideogram_v4_image_to_image_input_acceleration,
)
from ..models.ideogram_v4_image_to_image_input_expansion_model import (
    IdeogramV4ImageToImageInputExpansionModel,
    check_ideogram_v4_image_to_image_input_expansion_model,
)
from ..models.ideogram_v4_image_to_image_input_image_size_type_1 import (
    IdeogramV4ImageToImageInputImageSizeType1,
    check_ideogram_v4_image_to_image_input_image_size_type_1,
)
from ..models.ideogram_v4_image_to_image_input_output_format import (
    IdeogramV4ImageToImageInputOutputFormat,
    check_ideogram_v4_image_to_image_input_output_format,
)
from ..models.ideogram_v4_image_to_image_input_rendering_speed import (
    IdeogramV4ImageToImageInputRenderingSpeed,
    check_ideogram_v4_image_to_image_input_rendering_speed,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .ideogram_v4_image_to_image_output import IdeogramV4ImageToImageOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramV4ImageToImageInput")


@_attrs_define
class IdeogramV4ImageToImageInput(
    FalInput["IdeogramV4ImageToImageOutput"], endpoint="ideogram/v4/image-to-image"
):
    """Input of `ideogram/v4/image-to-image` (image-to-image). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    acceleration: IdeogramV4ImageToImageInputAcceleration | Unset = UNSET
    """One of "none", "low", "regular", "high". Server default: "none"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    expansion_model: IdeogramV4ImageToImageInputExpansionModel | Unset = UNSET
    """One of "None", "Medium", "Large". Server default: "Medium"."""
    image_size: IdeogramV4ImageToImageInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9", "auto". Server default: "auto"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: IdeogramV4ImageToImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    rendering_speed: IdeogramV4ImageToImageInputRenderingSpeed | Unset = UNSET
    """One of "TURBO", "BALANCED", "QUALITY". Server default: "BALANCED"."""
    seed: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.8."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: IdeogramV4ImageToImageInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_ideogram_v4_image_to_image_input_acceleration(_acceleration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _expansion_model = d.pop("expansion_model", UNSET)
        expansion_model: IdeogramV4ImageToImageInputExpansionModel | Unset
        if isinstance(_expansion_model, Unset):
            expansion_model = UNSET
        else:
            expansion_model = check_ideogram_v4_image_to_image_input_expansion_model(
                _expansion_model
            )

        def _parse_image_size(
            data: object,
        ) -> IdeogramV4ImageToImageInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
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
            image_size_type_1 = check_ideogram_v4_image_to_image_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: IdeogramV4ImageToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_ideogram_v4_image_to_image_input_output_format(_output_format)

        _rendering_speed = d.pop("rendering_speed", UNSET)
        rendering_speed: IdeogramV4ImageToImageInputRenderingSpeed | Unset
        if isinstance(_rendering_speed, Unset):
            rendering_speed = UNSET
        else:
            rendering_speed = check_ideogram_v4_image_to_image_input_rendering_speed(
                _rendering_speed
            )

        seed = d.pop("seed", UNSET)

        strength = d.pop("strength", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_v4_image_to_image_input = cls(
            image_url=image_url,
            prompt=prompt,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            expansion_model=expansion_model,
            image_size=image_size,
            num_images=num_images,
            output_format=output_format,
            rendering_speed=rendering_speed,
            seed=seed,
            strength=strength,
            sync_mode=sync_mode,
        )

        return ideogram_v4_image_to_image_input
