from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="Csm1BOutput")


@_attrs_define
class Csm1BOutput:
    """Output of `fal-ai/csm-1b` (text-to-audio)."""

    audio: FalFileVB4CC40 | str
    """Audio: FalFileVB4CC40 or string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        audio: dict[str, Any] | str
        if isinstance(self.audio, FalFileVB4CC40):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_audio(data: object) -> FalFileVB4CC40 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = FalFileVB4CC40.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FalFileVB4CC40 | str, data)

        audio = _parse_audio(d.pop("audio"))

        csm_1b_output = cls(
            audio=audio,
        )

        csm_1b_output.additional_properties = d
        return csm_1b_output

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
