from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.triposr_input_output_format import (
    TriposrInputOutputFormat,
    check_triposr_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .triposr_output import TriposrOutput  # noqa: F401


T = TypeVar("T", bound="TriposrInput")


@_attrs_define
class TriposrInput(FalInput["TriposrOutput"], endpoint="fal-ai/triposr"):
    """Input of `fal-ai/triposr` (image-to-3d)."""

    image_url: str
    """Image Url: string."""
    output_format: TriposrInputOutputFormat | Unset = UNSET
    """Output Format: one of "glb", "obj". Server default: "glb"."""
    do_remove_background: bool | Unset = UNSET
    """Do Remove Background: boolean. Server default: true."""
    foreground_ratio: float | Unset = UNSET
    """Foreground Ratio: number, 0.5 to 1. Server default: 0.9."""
    mc_resolution: int | Unset = UNSET
    """Mc Resolution: integer, 32 to 1,024. Server default: 256."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        do_remove_background = self.do_remove_background

        foreground_ratio = self.foreground_ratio

        mc_resolution = self.mc_resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if do_remove_background is not UNSET:
            field_dict["do_remove_background"] = do_remove_background
        if foreground_ratio is not UNSET:
            field_dict["foreground_ratio"] = foreground_ratio
        if mc_resolution is not UNSET:
            field_dict["mc_resolution"] = mc_resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _output_format = d.pop("output_format", UNSET)
        output_format: TriposrInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_triposr_input_output_format(_output_format)

        do_remove_background = d.pop("do_remove_background", UNSET)

        foreground_ratio = d.pop("foreground_ratio", UNSET)

        mc_resolution = d.pop("mc_resolution", UNSET)

        triposr_input = cls(
            image_url=image_url,
            output_format=output_format,
            do_remove_background=do_remove_background,
            foreground_ratio=foreground_ratio,
            mc_resolution=mc_resolution,
        )

        return triposr_input
