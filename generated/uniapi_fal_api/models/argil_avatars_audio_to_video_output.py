from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video import Video


T = TypeVar("T", bound="ArgilAvatarsAudioToVideoOutput")


@_attrs_define
class ArgilAvatarsAudioToVideoOutput:
    """Output of `argil/avatars/audio-to-video` (audio-to-video)."""

    video: None | Unset | Video = UNSET
    """Video or None."""
    moderation_flagged: bool | Unset = UNSET
    """Moderation Flagged: boolean. Server default: false."""
    moderation_transcription: None | str | Unset = UNSET
    """Moderation Transcription: string or None."""
    moderation_error: None | str | Unset = UNSET
    """Moderation Error: string or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video import Video  # noqa: PLC0415

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, Video):
            video = self.video.to_dict()
        else:
            video = self.video

        moderation_flagged = self.moderation_flagged

        moderation_transcription: None | str | Unset
        if isinstance(self.moderation_transcription, Unset):
            moderation_transcription = UNSET
        else:
            moderation_transcription = self.moderation_transcription

        moderation_error: None | str | Unset
        if isinstance(self.moderation_error, Unset):
            moderation_error = UNSET
        else:
            moderation_error = self.moderation_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video is not UNSET:
            field_dict["video"] = video
        if moderation_flagged is not UNSET:
            field_dict["moderation_flagged"] = moderation_flagged
        if moderation_transcription is not UNSET:
            field_dict["moderation_transcription"] = moderation_transcription
        if moderation_error is not UNSET:
            field_dict["moderation_error"] = moderation_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video import Video  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_video(data: object) -> None | Unset | Video:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = Video.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Video, data)

        video = _parse_video(d.pop("video", UNSET))

        moderation_flagged = d.pop("moderation_flagged", UNSET)

        def _parse_moderation_transcription(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        moderation_transcription = _parse_moderation_transcription(
            d.pop("moderation_transcription", UNSET)
        )

        def _parse_moderation_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        moderation_error = _parse_moderation_error(d.pop("moderation_error", UNSET))

        argil_avatars_audio_to_video_output = cls(
            video=video,
            moderation_flagged=moderation_flagged,
            moderation_transcription=moderation_transcription,
            moderation_error=moderation_error,
        )

        argil_avatars_audio_to_video_output.additional_properties = d
        return argil_avatars_audio_to_video_output

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
