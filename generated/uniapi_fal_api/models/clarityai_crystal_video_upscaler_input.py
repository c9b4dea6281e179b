from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .clarityai_crystal_video_upscaler_output import (
        ClarityaiCrystalVideoUpscalerOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ClarityaiCrystalVideoUpscalerInput")


@_attrs_define
class ClarityaiCrystalVideoUpscalerInput(
    FalInput["ClarityaiCrystalVideoUpscalerOutput"], endpoint="clarityai/crystal-video-upscaler"
):
    """Input of `clarityai/crystal-video-upscaler` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    scale_factor: float | Unset = UNSET
    """Scale Factor: number, 1 to 200. Server default: 2."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        scale_factor = self.scale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if scale_factor is not UNSET:
            field_dict["scale_factor"] = scale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        scale_factor = d.pop("scale_factor", UNSET)

        clarityai_crystal_video_upscaler_input = cls(
            video_url=video_url,
            scale_factor=scale_factor,
        )

        return clarityai_crystal_video_upscaler_input
