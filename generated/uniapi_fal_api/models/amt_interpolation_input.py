from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .amt_interpolation_output import AmtInterpolationOutput  # noqa: F401


T = TypeVar("T", bound="AmtInterpolationInput")


@_attrs_define
class AmtInterpolationInput(
    FalInput["AmtInterpolationOutput"], endpoint="fal-ai/amt-interpolation"
):
    """Input of `fal-ai/amt-interpolation` (video-to-video)."""

    video_url: str
    """Video URL: string."""
    output_fps: int | Unset = UNSET
    """Output FPS: integer. Server default: 24."""
    recursive_interpolation_passes: int | Unset = UNSET
    """Recursive Interpolation Passes: integer. Server default: 2."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        output_fps = self.output_fps

        recursive_interpolation_passes = self.recursive_interpolation_passes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if output_fps is not UNSET:
            field_dict["output_fps"] = output_fps
        if recursive_interpolation_passes is not UNSET:
            field_dict["recursive_interpolation_passes"] = recursive_interpolation_passes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        output_fps = d.pop("output_fps", UNSET)

        recursive_interpolation_passes = d.pop("recursive_interpolation_passes", UNSET)

        amt_interpolation_input = cls(
            video_url=video_url,
            output_fps=output_fps,
            recursive_interpolation_passes=recursive_interpolation_passes,
        )

        return amt_interpolation_input
