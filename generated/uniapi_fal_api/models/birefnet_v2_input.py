from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.birefnet_v2_input_model import (
    BirefnetV2InputModel,
    check_birefnet_v2_input_model,
)
from ..models.birefnet_v2_input_operating_resolution import (
    BirefnetV2InputOperatingResolution,
    check_birefnet_v2_input_operating_resolution,
)
from ..models.birefnet_v2_input_output_format import (
    BirefnetV2InputOutputFormat,
    check_birefnet_v2_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .birefnet_v2_output import BirefnetV2Output  # noqa: F401


T = TypeVar("T", bound="BirefnetV2Input")


@_attrs_define
class BirefnetV2Input(FalInput["BirefnetV2Output"], endpoint="fal-ai/birefnet/v2"):
    """Input of `fal-ai/birefnet/v2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mask_only: bool | Unset = UNSET
    """Boolean."""
    model: BirefnetV2InputModel | Unset = UNSET
    """One of "General Use (Light)", "General Use (Light 2K)", "General Use (Heavy)", "Matting",
    "Portrait", "General Use (Dynamic)". Server default: "General Use (Light)"."""
    operating_resolution: BirefnetV2InputOperatingResolution | Unset = UNSET
    """One of "1024x1024", "2048x2048", "2304x2304". Server default: "1024x1024"."""
    output_format: BirefnetV2InputOutputFormat | Unset = UNSET
    """One of "webp", "png", "gif". Server default: "png"."""
    output_mask: bool | Unset = UNSET
    """Boolean."""
    refine_foreground: bool | Unset = UNSET
    """Boolean. Server default: true."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mask_only = self.mask_only

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        operating_resolution: str | Unset = UNSET
        if not isinstance(self.operating_resolution, Unset):
            operating_resolution = self.operating_resolution

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        output_mask = self.output_mask

        refine_foreground = self.refine_foreground

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if mask_only is not UNSET:
            field_dict["mask_only"] = mask_only
        if model is not UNSET:
            field_dict["model"] = model
        if operating_resolution is not UNSET:
            field_dict["operating_resolution"] = operating_resolution
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_mask is not UNSET:
            field_dict["output_mask"] = output_mask
        if refine_foreground is not UNSET:
            field_dict["refine_foreground"] = refine_foreground
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        mask_only = d.pop("mask_only", UNSET)

        _model = d.pop("model", UNSET)
        model: BirefnetV2InputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_birefnet_v2_input_model(_model)

        _operating_resolution = d.pop("operating_resolution", UNSET)
        operating_resolution: BirefnetV2InputOperatingResolution | Unset
        if isinstance(_operating_resolution, Unset):
            operating_resolution = UNSET
        else:
            operating_resolution = check_birefnet_v2_input_operating_resolution(
                _operating_resolution
            )

        _output_format = d.pop("output_format", UNSET)
        output_format: BirefnetV2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_birefnet_v2_input_output_format(_output_format)

        output_mask = d.pop("output_mask", UNSET)

        refine_foreground = d.pop("refine_foreground", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        birefnet_v2_input = cls(
            image_url=image_url,
            mask_only=mask_only,
            model=model,
            operating_resolution=operating_resolution,
            output_format=output_format,
            output_mask=output_mask,
            refine_foreground=refine_foreground,
            sync_mode=sync_mode,
        )

        return birefnet_v2_input
