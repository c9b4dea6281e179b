from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.video_file_v21c521 import VideoFileV21C521


T = TypeVar("T", bound="Ltx23QualityHdrOutput")


@_attrs_define
class Ltx23QualityHdrOutput:
    """Output of `fal-ai/ltx-2.3-quality/hdr` (unknown)."""

    exr_frames_url: FalFileV6E13DB
    """FalFileV6E13DB."""
    preview_video: VideoFileV21C521
    """VideoFileV21C521."""
    prompt: str
    """String."""
    seed: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exr_frames_url = self.exr_frames_url.to_dict()

        preview_video = self.preview_video.to_dict()

        prompt = self.prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exr_frames_url": exr_frames_url,
                "preview_video": preview_video,
                "prompt": prompt,
                "seed": seed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.video_file_v21c521 import VideoFileV21C521  # noqa: PLC0415

        d = dict(src_dict)
        exr_frames_url = FalFileV6E13DB.from_dict(d.pop("exr_frames_url"))

        preview_video = VideoFileV21C521.from_dict(d.pop("preview_video"))

        prompt = d.pop("prompt")

        seed = d.pop("seed")

        ltx_23_quality_hdr_output = cls(
            exr_frames_url=exr_frames_url,
            preview_video=preview_video,
            prompt=prompt,
            seed=seed,
        )

        ltx_23_quality_hdr_output.additional_properties = d
        return ltx_23_quality_hdr_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
