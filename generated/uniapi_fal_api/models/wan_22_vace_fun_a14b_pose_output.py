from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40
    from ..models.video_file import VideoFile


T = TypeVar("T", bound="Wan22VaceFunA14BPoseOutput")


@_attrs_define
class Wan22VaceFunA14BPoseOutput:
    """Output of `fal-ai/wan-22-vace-fun-a14b/pose` (video-to-video). fal no longer lists this endpoint."""

    video: VideoFile
    """VideoFile."""
    prompt: str
    """Prompt: string."""
    seed: int
    """Seed: integer."""
    frames_zip: FalFileVB4CC40 | None | Unset = UNSET
    """FalFileVB4CC40 or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        video = self.video.to_dict()

        prompt = self.prompt

        seed = self.seed

        frames_zip: dict[str, Any] | None | Unset
        if isinstance(self.frames_zip, Unset):
            frames_zip = UNSET
        elif isinstance(self.frames_zip, FalFileVB4CC40):
            frames_zip = self.frames_zip.to_dict()
        else:
            frames_zip = self.frames_zip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "prompt": prompt,
                "seed": seed,
            }
        )
        if frames_zip is not UNSET:
            field_dict["frames_zip"] = frames_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415
        from ..models.video_file import VideoFile  # noqa: PLC0415

        d = dict(src_dict)
        video = VideoFile.from_dict(d.pop("video"))

        prompt = d.pop("prompt")

        seed = d.pop("seed")

        def _parse_frames_zip(data: object) -> FalFileVB4CC40 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                frames_zip_type_0 = FalFileVB4CC40.from_dict(data)

                return frames_zip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FalFileVB4CC40 | None | Unset, data)

        frames_zip = _parse_frames_zip(d.pop("frames_zip", UNSET))

        wan_22_vace_fun_a14b_pose_output = cls(
            video=video,
            prompt=prompt,
            seed=seed,
            frames_zip=frames_zip,
        )

        wan_22_vace_fun_a14b_pose_output.additional_properties = d
        return wan_22_vace_fun_a14b_pose_output

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
