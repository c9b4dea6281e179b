from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_pro_v1_erase_input_output_format import (
    FluxProV1EraseInputOutputFormat,
    check_flux_pro_v1_erase_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_pro_v1_erase_output import FluxProV1EraseOutput  # noqa: F401


T = TypeVar("T", bound="FluxProV1EraseInput")


@_attrs_define
class FluxProV1EraseInput(FalInput["FluxProV1EraseOutput"], endpoint="fal-ai/flux-pro/v1/erase"):
    """Input of `fal-ai/flux-pro/v1/erase` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mask_url: str
    """URL or local file."""
    dilate_pixels: float | Unset = UNSET
    """Number. Server default: 10."""
    output_format: FluxProV1EraseInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mask_url = self.mask_url

        dilate_pixels = self.dilate_pixels

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        if dilate_pixels is not UNSET:
            field_dict["dilate_pixels"] = dilate_pixels
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url")

        dilate_pixels = d.pop("dilate_pixels", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxProV1EraseInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_pro_v1_erase_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_pro_v1_erase_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            dilate_pixels=dilate_pixels,
            output_format=output_format,
            sync_mode=sync_mode,
        )

        return flux_pro_v1_erase_input
