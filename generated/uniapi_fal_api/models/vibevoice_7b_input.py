from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vibe_voice_speaker import VibeVoiceSpeaker
    from .vibevoice_7b_output import Vibevoice7BOutput  # noqa: F401


T = TypeVar("T", bound="Vibevoice7BInput")


@_attrs_define
class Vibevoice7BInput(FalInput["Vibevoice7BOutput"], endpoint="fal-ai/vibevoice/7b"):
    """Input of `fal-ai/vibevoice/7b` (text-to-speech)."""

    script: str
    """Script: string, at most 30,000 characters."""
    speakers: list[VibeVoiceSpeaker]
    """Speakers: list of VibeVoiceSpeaker."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    cfg_scale: float | Unset = UNSET
    """CFG Scale: number, 1 to 2. Server default: 1.3."""

    def to_dict(self) -> dict[str, Any]:
        script = self.script

        speakers = []
        for speakers_item_data in self.speakers:
            speakers_item = speakers_item_data.to_dict()
            speakers.append(speakers_item)

        seed = self.seed

        cfg_scale = self.cfg_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "script": script,
                "speakers": speakers,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vibe_voice_speaker import VibeVoiceSpeaker  # noqa: PLC0415

        d = dict(src_dict)
        script = d.pop("script")

        speakers = []
        _speakers = d.pop("speakers")
        for speakers_item_data in _speakers:
            speakers_item = VibeVoiceSpeaker.from_dict(speakers_item_data)

            speakers.append(speakers_item)

        seed = d.pop("seed", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        vibevoice_7b_input = cls(
            script=script,
            speakers=speakers,
            seed=seed,
            cfg_scale=cfg_scale,
        )

        return vibevoice_7b_input
