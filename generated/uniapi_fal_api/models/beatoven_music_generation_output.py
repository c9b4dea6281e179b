from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.beatoven_music_generation_output_metadata import (
        BeatovenMusicGenerationOutputMetadata,
    )
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="BeatovenMusicGenerationOutput")


@_attrs_define
class BeatovenMusicGenerationOutput:
    """Output of `beatoven/music-generation` (text-to-audio). fal no longer lists this endpoint."""

    audio: FalFileVB4CC40
    """FalFileVB4CC40."""
    prompt: str
    """Prompt: string."""
    metadata: BeatovenMusicGenerationOutputMetadata
    """Metadata: object."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        prompt = self.prompt

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "prompt": prompt,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.beatoven_music_generation_output_metadata import (
            BeatovenMusicGenerationOutputMetadata,  # noqa: PLC0415
        )
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)
        audio = FalFileVB4CC40.from_dict(d.pop("audio"))

        prompt = d.pop("prompt")

        metadata = BeatovenMusicGenerationOutputMetadata.from_dict(d.pop("metadata"))

        beatoven_music_generation_output = cls(
            audio=audio,
            prompt=prompt,
            metadata=metadata,
        )

        beatoven_music_generation_output.additional_properties = d
        return beatoven_music_generation_output

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
