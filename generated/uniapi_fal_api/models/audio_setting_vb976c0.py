from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_setting_vb976c0_bitrate import (
    AudioSettingVB976C0Bitrate,
    check_audio_setting_vb976c0_bitrate,
)
from ..models.audio_setting_vb976c0_channel import (
    AudioSettingVB976C0Channel,
    check_audio_setting_vb976c0_channel,
)
from ..models.audio_setting_vb976c0_format import (
    AudioSettingVB976C0Format,
    check_audio_setting_vb976c0_format,
)
from ..models.audio_setting_vb976c0_sample_rate import (
    AudioSettingVB976C0SampleRate,
    check_audio_setting_vb976c0_sample_rate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioSettingVB976C0")


@_attrs_define
class AudioSettingVB976C0:
    bitrate: AudioSettingVB976C0Bitrate | Unset = UNSET
    """One of 32000, 64000, 128000, 256000."""
    channel: AudioSettingVB976C0Channel | Unset = UNSET
    """One of 1, 2."""
    format_: AudioSettingVB976C0Format | Unset = UNSET
    """One of "mp3", "pcm", "flac". Server default: "mp3"."""
    sample_rate: AudioSettingVB976C0SampleRate | Unset = UNSET
    """One of 8000, 16000, 22050, 24000, 32000, 44100."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate: int | Unset = UNSET
        if not isinstance(self.bitrate, Unset):
            bitrate = self.bitrate

        channel: int | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

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
        if channel is not UNSET:
            field_dict["channel"] = channel
        if format_ is not UNSET:
            field_dict["format"] = format_
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bitrate = d.pop("bitrate", UNSET)
        bitrate: AudioSettingVB976C0Bitrate | Unset
        if isinstance(_bitrate, Unset):
            bitrate = UNSET
        else:
            bitrate = check_audio_setting_vb976c0_bitrate(_bitrate)

        _channel = d.pop("channel", UNSET)
        channel: AudioSettingVB976C0Channel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_audio_setting_vb976c0_channel(_channel)

        _format_ = d.pop("format", UNSET)
        format_: AudioSettingVB976C0Format | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_audio_setting_vb976c0_format(_format_)

        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: AudioSettingVB976C0SampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_audio_setting_vb976c0_sample_rate(_sample_rate)

        audio_setting_vb976c0 = cls(
            bitrate=bitrate,
            channel=channel,
            format_=format_,
            sample_rate=sample_rate,
        )

        audio_setting_vb976c0.additional_properties = d
        return audio_setting_vb976c0

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
