from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40
    from ..models.loudnorm_summary import LoudnormSummary


T = TypeVar("T", bound="FfmpegApiLoudnormOutput")


@_attrs_define
class FfmpegApiLoudnormOutput:
    """Output of `fal-ai/ffmpeg-api/loudnorm` (json)."""

    audio: FalFileVB4CC40
    """FalFileVB4CC40."""
    summary: LoudnormSummary | None | Unset = UNSET
    """LoudnormSummary or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.loudnorm_summary import LoudnormSummary  # noqa: PLC0415

        audio = self.audio.to_dict()

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, LoudnormSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415
        from ..models.loudnorm_summary import LoudnormSummary  # noqa: PLC0415

        d = dict(src_dict)
        audio = FalFileVB4CC40.from_dict(d.pop("audio"))

        def _parse_summary(data: object) -> LoudnormSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = LoudnormSummary.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LoudnormSummary | None | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        ffmpeg_api_loudnorm_output = cls(
            audio=audio,
            summary=summary,
        )

        ffmpeg_api_loudnorm_output.additional_properties = d
        return ffmpeg_api_loudnorm_output

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
