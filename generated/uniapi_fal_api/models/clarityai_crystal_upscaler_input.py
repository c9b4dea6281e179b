from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.clarityai_crystal_upscaler_input_output_format import (
    ClarityaiCrystalUpscalerInputOutputFormat,
    check_clarityai_crystal_upscaler_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .clarityai_crystal_upscaler_output import ClarityaiCrystalUpscalerOutput  # noqa: F401


T = TypeVar("T", bound="ClarityaiCrystalUpscalerInput")


@_attrs_define
class ClarityaiCrystalUpscalerInput(
    FalInput["ClarityaiCrystalUpscalerOutput"], endpoint="clarityai/crystal-upscaler"
):
    """Input of `clarityai/crystal-upscaler` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    creativity: float | Unset = UNSET
    """Number."""
    output_format: ClarityaiCrystalUpscalerInputOutputFormat | Unset = UNSET
    """One of "png", "jpg". Server default: "jpg"."""
    scale_factor: float | Unset = UNSET
    """Number. Server default: 2."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        creativity = self.creativity

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        scale_factor = self.scale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if scale_factor is not UNSET:
            field_dict["scale_factor"] = scale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        creativity = d.pop("creativity", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ClarityaiCrystalUpscalerInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_clarityai_crystal_upscaler_input_output_format(_output_format)

        scale_factor = d.pop("scale_factor", UNSET)

        clarityai_crystal_upscaler_input = cls(
            image_url=image_url,
            creativity=creativity,
            output_format=output_format,
            scale_factor=scale_factor,
        )

        return clarityai_crystal_upscaler_input
