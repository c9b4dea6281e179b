from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.frame import Frame
    from .amt_interpolation_frame_interpolation_output import (
        AmtInterpolationFrameInterpolationOutput,  # noqa: F401
    )


T = TypeVar("T", bound="AmtInterpolationFrameInterpolationInput")


@_attrs_define
class AmtInterpolationFrameInterpolationInput(
    FalInput["AmtInterpolationFrameInterpolationOutput"],
    endpoint="fal-ai/amt-interpolation/frame-interpolation",
):
    """Input of `fal-ai/amt-interpolation/frame-interpolation` (image-to-video)."""

    frames: list[Frame]
    """Frames: list of Frame."""
    output_fps: int | Unset = UNSET
    """Output FPS: integer. Server default: 24."""
    recursive_interpolation_passes: int | Unset = UNSET
    """Recursive Interpolation Passes: integer. Server default: 4."""

    def to_dict(self) -> dict[str, Any]:
        frames = []
        for frames_item_data in self.frames:
            frames_item = frames_item_data.to_dict()
            frames.append(frames_item)

        output_fps = self.output_fps

        recursive_interpolation_passes = self.recursive_interpolation_passes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "frames": frames,
            }
        )
        if output_fps is not UNSET:
            field_dict["output_fps"] = output_fps
        if recursive_interpolation_passes is not UNSET:
            field_dict["recursive_interpolation_passes"] = recursive_interpolation_passes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.frame import Frame  # noqa: PLC0415

        d = dict(src_dict)
        frames = []
        _frames = d.pop("frames")
        for frames_item_data in _frames:
            frames_item = Frame.from_dict(frames_item_data)

            frames.append(frames_item)

        output_fps = d.pop("output_fps", UNSET)

        recursive_interpolation_passes = d.pop("recursive_interpolation_passes", UNSET)

        amt_interpolation_frame_interpolation_input = cls(
            frames=frames,
            output_fps=output_fps,
            recursive_interpolation_passes=recursive_interpolation_passes,
        )

        return amt_interpolation_frame_interpolation_input
