from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.heygen_avatar_4_digital_twin_input_aspect_ratio import (
    HeygenAvatar4DigitalTwinInputAspectRatio,
    check_heygen_avatar_4_digital_twin_input_aspect_ratio,
)
from ..models.heygen_avatar_4_digital_twin_input_resolution import (
    HeygenAvatar4DigitalTwinInputResolution,
    check_heygen_avatar_4_digital_twin_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.character import Character
    from ..models.text_voice import TextVoice
    from .heygen_avatar_4_digital_twin_output import HeygenAvatar4DigitalTwinOutput  # noqa: F401


T = TypeVar("T", bound="HeygenAvatar4DigitalTwinInput")


@_attrs_define
class HeygenAvatar4DigitalTwinInput(
    FalInput["HeygenAvatar4DigitalTwinOutput"], endpoint="fal-ai/heygen/avatar4/digital-twin"
):
    """Input of `fal-ai/heygen/avatar4/digital-twin` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    character: Character
    """Character."""
    voice: TextVoice
    """TextVoice."""
    aspect_ratio: HeygenAvatar4DigitalTwinInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "4:5", "5:4", "1:1", "auto". Server default: "16:9"."""
    audio_url: str | Unset = UNSET
    """URL or local file."""
    resolution: HeygenAvatar4DigitalTwinInputResolution | Unset = UNSET
    """One of "360p", "480p", "540p", "720p", "1080p". Server default: "720p"."""

    def to_dict(self) -> dict[str, Any]:
        character = self.character.to_dict()

        voice = self.voice.to_dict()

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio_url = self.audio_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "character": character,
                "voice": voice,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.character import Character  # noqa: PLC0415
        from ..models.text_voice import TextVoice  # noqa: PLC0415

        d = dict(src_dict)
        character = Character.from_dict(d.pop("character"))

        voice = TextVoice.from_dict(d.pop("voice"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HeygenAvatar4DigitalTwinInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_heygen_avatar_4_digital_twin_input_aspect_ratio(_aspect_ratio)

        audio_url = d.pop("audio_url", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: HeygenAvatar4DigitalTwinInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_heygen_avatar_4_digital_twin_input_resolution(_resolution)

        heygen_avatar_4_digital_twin_input = cls(
            character=character,
            voice=voice,
            aspect_ratio=aspect_ratio,
            audio_url=audio_url,
            resolution=resolution,
        )

        return heygen_avatar_4_digital_twin_input
