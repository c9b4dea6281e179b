from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.esrgan_input_model import EsrganInputModel, check_esrgan_input_model
from ..models.esrgan_input_output_format import (
    EsrganInputOutputFormat,
    check_esrgan_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .esrgan_output import EsrganOutput  # noqa: F401


T = TypeVar("T", bound="EsrganInput")


@_attrs_define
class EsrganInput(FalInput["EsrganOutput"], endpoint="fal-ai/esrgan"):
    """Input of `fal-ai/esrgan` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    face: bool | Unset = UNSET
    """Boolean."""
    model: EsrganInputModel | Unset = UNSET
    """One of "RealESRGAN_x4plus", "RealESRGAN_x2plus", "RealESRGAN_x4plus_anime_6B",
    "RealESRGAN_x4_v3", "RealESRGAN_x4_wdn_v3", "RealESRGAN_x4_anime_v3". Server default:
    "RealESRGAN_x4plus"."""
    output_format: EsrganInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg". Server default: "png"."""
    scale: float | Unset = UNSET
    """Number. Server default: 2."""
    tile: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        face = self.face

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        scale = self.scale

        tile = self.tile

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if face is not UNSET:
            field_dict["face"] = face
        if model is not UNSET:
            field_dict["model"] = model
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if scale is not UNSET:
            field_dict["scale"] = scale
        if tile is not UNSET:
            field_dict["tile"] = tile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        face = d.pop("face", UNSET)

        _model = d.pop("model", UNSET)
        model: EsrganInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_esrgan_input_model(_model)

        _output_format = d.pop("output_format", UNSET)
        output_format: EsrganInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_esrgan_input_output_format(_output_format)

        scale = d.pop("scale", UNSET)

        tile = d.pop("tile", UNSET)

        esrgan_input = cls(
            image_url=image_url,
            face=face,
            model=model,
            output_format=output_format,
            scale=scale,
            tile=tile,
        )

        return esrgan_input
