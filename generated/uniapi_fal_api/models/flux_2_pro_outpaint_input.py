from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_2_pro_outpaint_input_mode import (
    Flux2ProOutpaintInputMode,
    check_flux_2_pro_outpaint_input_mode,
)
from ..models.flux_2_pro_outpaint_input_output_format import (
    Flux2ProOutpaintInputOutputFormat,
    check_flux_2_pro_outpaint_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_2_pro_outpaint_output import Flux2ProOutpaintOutput  # noqa: F401


T = TypeVar("T", bound="Flux2ProOutpaintInput")


@_attrs_define
class Flux2ProOutpaintInput(
    FalInput["Flux2ProOutpaintOutput"], endpoint="fal-ai/flux-2-pro/outpaint"
):
    """Input of `fal-ai/flux-2-pro/outpaint` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    auto_crop: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    expand_bottom: float | Unset = UNSET
    """Number."""
    expand_left: float | Unset = UNSET
    """Number."""
    expand_right: float | Unset = UNSET
    """Number."""
    expand_top: float | Unset = UNSET
    """Number."""
    mode: Flux2ProOutpaintInputMode | Unset = UNSET
    """One of "high", "fast". Server default: "high"."""
    output_format: Flux2ProOutpaintInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        auto_crop = self.auto_crop

        enable_safety_checker = self.enable_safety_checker

        expand_bottom = self.expand_bottom

        expand_left = self.expand_left

        expand_right = self.expand_right

        expand_top = self.expand_top

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if auto_crop is not UNSET:
            field_dict["auto_crop"] = auto_crop
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if expand_bottom is not UNSET:
            field_dict["expand_bottom"] = expand_bottom
        if expand_left is not UNSET:
            field_dict["expand_left"] = expand_left
        if expand_right is not UNSET:
            field_dict["expand_right"] = expand_right
        if expand_top is not UNSET:
            field_dict["expand_top"] = expand_top
        if mode is not UNSET:
            field_dict["mode"] = mode
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        auto_crop = d.pop("auto_crop", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        expand_bottom = d.pop("expand_bottom", UNSET)

        expand_left = d.pop("expand_left", UNSET)

        expand_right = d.pop("expand_right", UNSET)

        expand_top = d.pop("expand_top", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Flux2ProOutpaintInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_flux_2_pro_outpaint_input_mode(_mode)

        _output_format = d.pop("output_format", UNSET)
        output_format: Flux2ProOutpaintInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_2_pro_outpaint_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_2_pro_outpaint_input = cls(
            image_url=image_url,
            auto_crop=auto_crop,
            enable_safety_checker=enable_safety_checker,
            expand_bottom=expand_bottom,
            expand_left=expand_left,
            expand_right=expand_right,
            expand_top=expand_top,
            mode=mode,
            output_format=output_format,
            sync_mode=sync_mode,
        )

        return flux_2_pro_outpaint_input
