from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_2_max_input_image_size_type_1 import (
    Flux2MaxInputImageSizeType1,
    check_flux_2_max_input_image_size_type_1,
)
from ..models.flux_2_max_input_output_format import (
    Flux2MaxInputOutputFormat,
    check_flux_2_max_input_output_format,
)
from ..models.flux_2_max_input_safety_tolerance import (
    Flux2MaxInputSafetyTolerance,
    check_flux_2_max_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .flux_2_max_output import Flux2MaxOutput  # noqa: F401


T = TypeVar("T", bound="Flux2MaxInput")


@_attrs_define
class Flux2MaxInput(FalInput["Flux2MaxOutput"], endpoint="fal-ai/flux-2-max"):
    """Input of `fal-ai/flux-2-max` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_size: Flux2MaxInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "landscape_4_3"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    safety_tolerance: Flux2MaxInputSafetyTolerance | Unset = UNSET
    """Safety Tolerance: one of "1", "2", "3", "4", "5". Server default: "2"."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: Flux2MaxInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        seed = self.seed

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if seed is not UNSET:
            field_dict["seed"] = seed
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(data: object) -> Flux2MaxInputImageSizeType1 | ImageSize | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSize.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_flux_2_max_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        seed = d.pop("seed", UNSET)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: Flux2MaxInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_flux_2_max_input_safety_tolerance(_safety_tolerance)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Flux2MaxInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_2_max_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_2_max_input = cls(
            prompt=prompt,
            image_size=image_size,
            seed=seed,
            safety_tolerance=safety_tolerance,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            sync_mode=sync_mode,
        )

        return flux_2_max_input
