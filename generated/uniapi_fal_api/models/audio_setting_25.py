from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_setting_25_bitrate import (
    AudioSetting25Bitrate,
    check_audio_setting_25_bitrate,
)
from ..models.audio_setting_25_format import (
    AudioSetting25Format,
    check_audio_setting_25_format,
)
from ..models.audio_setting_25_sample_rate import (
    AudioSetting25SampleRate,
    check_audio_setting_25_sample_rate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioSetting25")


@_attrs_define
class AudioSetting25:
    bitrate: AudioSetting25Bitrate | Unset = UNSET
    """One of 32000, 64000, 128000, 256000."""
    format_: AudioSetting25Format | Unset = UNSET
    """One of "mp3", "wav", "pcm". Server default: "mp3"."""
    sample_rate: AudioSetting25SampleRate | Unset = UNSET
    """One of 16000, 24000, 32000, 44100."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate: int | Unset = UNSET
        if not isinstance(self.bitrate, Unset):
            bitrate = self.bitrate

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        sample_rate: int | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if format_ is not UNSET:
            field_dict["format"] = format_
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bitrate = d.pop("bitrate", UNSET)
        bitrate: AudioSetting25Bitrate | Unset
        if isinstance(_bitrate, Unset):
            bitrate = UNSET
        else:
            bitrate = check_audio_setting_25_bitrate(_bitrate)

        _format_ = d.pop("format", UNSET)
        format_: AudioSetting25Format | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_audio_setting_25_format(_format_)

        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: AudioSetting25SampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_audio_setting_25_sample_rate(_sample_rate)

        audio_setting_25 = cls(
            bitrate=bitrate,
            format_=format_,
            sample_rate=sample_rate,
        )

        audio_setting_25.additional_properties = d
        return audio_setting_25

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
