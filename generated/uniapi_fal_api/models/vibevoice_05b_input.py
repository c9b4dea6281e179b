from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vibevoice_05b_input_speaker import (
    Vibevoice05BInputSpeaker,
    check_vibevoice_05b_input_speaker,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vibevoice_05b_output import Vibevoice05BOutput  # noqa: F401


T = TypeVar("T", bound="Vibevoice05BInput")


@_attrs_define
class Vibevoice05BInput(FalInput["Vibevoice05BOutput"], endpoint="fal-ai/vibevoice/0.5b"):
    """Input of `fal-ai/vibevoice/0.5b` (text-to-speech)."""

    script: str
    """Script: string, at most 90,000 characters."""
    speaker: Vibevoice05BInputSpeaker
    """Speaker: one of "Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    cfg_scale: float | Unset = UNSET
    """CFG Scale: number, 1 to 2. Server default: 1.3."""

    def to_dict(self) -> dict[str, Any]:
        script = self.script

        speaker: str = self.speaker

        seed = self.seed

        cfg_scale = self.cfg_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "script": script,
                "speaker": speaker,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        script = d.pop("script")

        speaker = check_vibevoice_05b_input_speaker(d.pop("speaker"))

        seed = d.pop("seed", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        vibevoice_05b_input = cls(
            script=script,
            speaker=speaker,
            seed=seed,
            cfg_scale=cfg_scale,
        )

        return vibevoice_05b_input
