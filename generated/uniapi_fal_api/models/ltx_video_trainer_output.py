from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="LtxVideoTrainerOutput")


@_attrs_define
class LtxVideoTrainerOutput:
    """Output of `fal-ai/ltx-video-trainer` (training). fal no longer lists this endpoint."""

    video: FalFileVB4CC40 | None
    """FalFileVB4CC40 or None."""
    lora_file: FalFileVB4CC40
    """FalFileVB4CC40."""
    config_file: FalFileVB4CC40
    """FalFileVB4CC40."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        video: dict[str, Any] | None
        if isinstance(self.video, FalFileVB4CC40):
            video = self.video.to_dict()
        else:
            video = self.video

        lora_file = self.lora_file.to_dict()

        config_file = self.config_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "lora_file": lora_file,
                "config_file": config_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_video(data: object) -> FalFileVB4CC40 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = FalFileVB4CC40.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FalFileVB4CC40 | None, data)

        video = _parse_video(d.pop("video"))

        lora_file = FalFileVB4CC40.from_dict(d.pop("lora_file"))

        config_file = FalFileVB4CC40.from_dict(d.pop("config_file"))

        ltx_video_trainer_output = cls(
            video=video,
            lora_file=lora_file,
            config_file=config_file,
        )

        ltx_video_trainer_output.additional_properties = d
        return ltx_video_trainer_output

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
