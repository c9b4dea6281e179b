from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.rife_input_output_format import (
    RifeInputOutputFormat,
    check_rife_input_output_format,
)
from ..models.rife_input_output_type import (
    RifeInputOutputType,
    check_rife_input_output_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .rife_output import RifeOutput  # noqa: F401


T = TypeVar("T", bound="RifeInput")


@_attrs_define
class RifeInput(FalInput["RifeOutput"], endpoint="fal-ai/rife"):
    """Input of `fal-ai/rife` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types): types,
    enums and required fields are checked before sending, bounds and lengths are not.

    """

    end_image_url: str
    """URL or local file."""
    start_image_url: str
    """URL or local file."""
    fps: float | Unset = UNSET
    """Number. Server default: 8."""
    include_end: bool | Unset = UNSET
    """Boolean."""
    include_start: bool | Unset = UNSET
    """Boolean."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: RifeInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg". Server default: "jpeg"."""
    output_type: RifeInputOutputType | Unset = UNSET
    """One of "images", "video". Server default: "images"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        end_image_url = self.end_image_url

        start_image_url = self.start_image_url

        fps = self.fps

        include_end = self.include_end

        include_start = self.include_start

        num_frames = self.num_frames

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        output_type: str | Unset = UNSET
        if not isinstance(self.output_type, Unset):
            output_type = self.output_type

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_image_url": end_image_url,
                "start_image_url": start_image_url,
            }
        )
        if fps is not UNSET:
            field_dict["fps"] = fps
        if include_end is not UNSET:
            field_dict["include_end"] = include_end
        if include_start is not UNSET:
            field_dict["include_start"] = include_start
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_type is not UNSET:
            field_dict["output_type"] = output_type
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_image_url = d.pop("end_image_url")

        start_image_url = d.pop("start_image_url")

        fps = d.pop("fps", UNSET)

        include_end = d.pop("include_end", UNSET)

        include_start = d.pop("include_start", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: RifeInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_rife_input_output_format(_output_format)

        _output_type = d.pop("output_type", UNSET)
        output_type: RifeInputOutputType | Unset
        if isinstance(_output_type, Unset):
            output_type = UNSET
        else:
            output_type = check_rife_input_output_type(_output_type)

        sync_mode = d.pop("sync_mode", UNSET)

        rife_input = cls(
            end_image_url=end_image_url,
            start_image_url=start_image_url,
            fps=fps,
            include_end=include_end,
            include_start=include_start,
            num_frames=num_frames,
            output_format=output_format,
            output_type=output_type,
            sync_mode=sync_mode,
        )

        return rife_input
