from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.video_file_v21c521 import VideoFileV21C521


T = TypeVar("T", bound="WanVace14BDepthOutput")


@_attrs_define
class WanVace14BDepthOutput:
    """Output of `fal-ai/wan-vace-14b/depth` (unknown)."""

    prompt: str
    """String."""
    seed: float
    """Number."""
    video: VideoFileV21C521
    """VideoFileV21C521."""
    frames_zip: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed = self.seed

        video = self.video.to_dict()

        frames_zip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frames_zip, Unset):
            frames_zip = self.frames_zip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "seed": seed,
                "video": video,
            }
        )
        if frames_zip is not UNSET:
            field_dict["frames_zip"] = frames_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.video_file_v21c521 import VideoFileV21C521  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed")

        video = VideoFileV21C521.from_dict(d.pop("video"))

        _frames_zip = d.pop("frames_zip", UNSET)
        frames_zip: FalFileV6E13DB | Unset
        if isinstance(_frames_zip, Unset):
            frames_zip = UNSET
        else:
            frames_zip = FalFileV6E13DB.from_dict(_frames_zip)

        wan_vace_14b_depth_output = cls(
            prompt=prompt,
            seed=seed,
            video=video,
            frames_zip=frames_zip,
        )

        wan_vace_14b_depth_output.additional_properties = d
        return wan_vace_14b_depth_output

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
