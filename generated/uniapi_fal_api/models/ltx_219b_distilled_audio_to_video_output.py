from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_file import VideoFile


T = TypeVar("T", bound="Ltx219BDistilledAudioToVideoOutput")


@_attrs_define
class Ltx219BDistilledAudioToVideoOutput:
    """Output of `fal-ai/ltx-2-19b/distilled/audio-to-video` (audio-to-video)."""

    video: VideoFile
    """VideoFile."""
    seed: int
    """Seed: integer."""
    prompt: str
    """Prompt: string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        seed = self.seed

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "seed": seed,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_file import VideoFile  # noqa: PLC0415

        d = dict(src_dict)
        video = VideoFile.from_dict(d.pop("video"))

        seed = d.pop("seed")

        prompt = d.pop("prompt")

        ltx_219b_distilled_audio_to_video_output = cls(
            video=video,
            seed=seed,
            prompt=prompt,
        )

        ltx_219b_distilled_audio_to_video_output.additional_properties = d
        return ltx_219b_distilled_audio_to_video_output

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
