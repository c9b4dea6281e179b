from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.krea_2_turbo_lora_input_acceleration import (
    Krea2TurboLoraInputAcceleration,
    check_krea_2_turbo_lora_input_acceleration,
)
from ..models.krea_2_turbo_lora_input_image_size_type_1 import (
    Krea2TurboLoraInputImageSizeType1,
    check_krea_2_turbo_lora_input_image_size_type_1,
)
from ..models.krea_2_turbo_lora_input_output_format import (
    Krea2TurboLoraInputOutputFormat,
    check_krea_2_turbo_lora_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.lo_ra_input_vd91458 import LoRAInputVD91458
    from .krea_2_turbo_lora_output import Krea2TurboLoraOutput  # noqa: F401


T = TypeVar("T", bound="Krea2TurboLoraInput")


@_attrs_define
class Krea2TurboLoraInput(FalInput["Krea2TurboLoraOutput"], endpoint="fal-ai/krea-2/turbo/lora"):
    """Input of `fal-ai/krea-2/turbo/lora` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    acceleration: Krea2TurboLoraInputAcceleration | Unset = UNSET
    """One of "none", "regular". Server default: "none"."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_size: ImageSizeV9A3DFF | Krea2TurboLoraInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    loras: list[LoRAInputVD91458] | Unset = UNSET
    """List of LoRAInputVD91458."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: Krea2TurboLoraInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "png"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        prompt = self.prompt

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if loras is not UNSET:
            field_dict["loras"] = loras
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.lo_ra_input_vd91458 import LoRAInputVD91458  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Krea2TurboLoraInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_krea_2_turbo_lora_input_acceleration(_acceleration)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | Krea2TurboLoraInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_krea_2_turbo_lora_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _loras = d.pop("loras", UNSET)
        loras: list[LoRAInputVD91458] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoRAInputVD91458.from_dict(loras_item_data)

                loras.append(loras_item)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Krea2TurboLoraInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_krea_2_turbo_lora_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        krea_2_turbo_lora_input = cls(
            prompt=prompt,
            acceleration=acceleration,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            image_size=image_size,
            loras=loras,
            num_images=num_images,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
        )

        return krea_2_turbo_lora_input
