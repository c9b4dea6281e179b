from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionWord")


@_attrs_define
class TranscriptionWord:
    text: str
    """String."""
    start: float | None
    """Number or None."""
    end: float | None
    """Number or None."""
    type_: str
    """String."""
    speaker_id: None | str | Unset = UNSET
    """String or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start: float | None
        start = self.start

        end: float | None
        end = self.end

        type_ = self.type_

        speaker_id: None | str | Unset
        if isinstance(self.speaker_id, Unset):
            speaker_id = UNSET
        else:
            speaker_id = self.speaker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "start": start,
                "end": end,
                "type": type_,
            }
        )
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_start(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        end = _parse_end(d.pop("end"))

        type_ = d.pop("type")

        def _parse_speaker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speaker_id = _parse_speaker_id(d.pop("speaker_id", UNSET))

        transcription_word = cls(
            text=text,
            start=start,
            end=end,
            type_=type_,
            speaker_id=speaker_id,
        )

        transcription_word.additional_properties = d
        return transcription_word

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
