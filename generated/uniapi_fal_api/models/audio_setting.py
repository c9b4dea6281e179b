from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_setting_bitrate import (
    AudioSettingBitrate,
    check_audio_setting_bitrate,
)
from ..models.audio_setting_channel import (
    AudioSettingChannel,
    check_audio_setting_channel,
)
from ..models.audio_setting_format import AudioSettingFormat, check_audio_setting_format
from ..models.audio_setting_sample_rate import (
    AudioSettingSampleRate,
    check_audio_setting_sample_rate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioSetting")


@_attrs_define
class AudioSetting:
    """Encoding of generated speech."""

    sample_rate: AudioSettingSampleRate | Unset = UNSET
    """One of 8000, 16000, 22050, 24000, 32000, 44100. Server default: 32000."""
    bitrate: AudioSettingBitrate | Unset = UNSET
    """One of 32000, 64000, 128000, 256000. Server default: 128000."""
    format_: AudioSettingFormat | Unset = UNSET
    """One of "mp3", "pcm", "flac". Server default: "mp3"."""
    channel: AudioSettingChannel | Unset = UNSET
    """One of 1, 2. Server default: 1."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_rate: int | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        bitrate: int | Unset = UNSET
        if not isinstance(self.bitrate, Unset):
            bitrate = self.bitrate

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        channel: int | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if format_ is not UNSET:
            field_dict["format"] = format_
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: AudioSettingSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_audio_setting_sample_rate(_sample_rate)

        _bitrate = d.pop("bitrate", UNSET)
        bitrate: AudioSettingBitrate | Unset
        if isinstance(_bitrate, Unset):
            bitrate = UNSET
        else:
            bitrate = check_audio_setting_bitrate(_bitrate)

        _format_ = d.pop("format", UNSET)
        format_: AudioSettingFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_audio_setting_format(_format_)

        _channel = d.pop("channel", UNSET)
        channel: AudioSettingChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_audio_setting_channel(_channel)

        audio_setting = cls(
            sample_rate=sample_rate,
            bitrate=bitrate,
            format_=format_,
            channel=channel,
        )

        audio_setting.additional_properties = d
        return audio_setting

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
