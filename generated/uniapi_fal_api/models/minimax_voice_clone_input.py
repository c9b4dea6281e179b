from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_voice_clone_input_model import (
    MinimaxVoiceCloneInputModel,
    check_minimax_voice_clone_input_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_voice_clone_output import MinimaxVoiceCloneOutput  # noqa: F401


T = TypeVar("T", bound="MinimaxVoiceCloneInput")


@_attrs_define
class MinimaxVoiceCloneInput(
    FalInput["MinimaxVoiceCloneOutput"], endpoint="fal-ai/minimax/voice-clone"
):
    """Input of `fal-ai/minimax/voice-clone` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    accuracy: float | Unset = UNSET
    """Number."""
    model: MinimaxVoiceCloneInputModel | Unset = UNSET
    """One of "speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo". Server default:
    "speech-02-hd"."""
    need_volume_normalization: bool | Unset = UNSET
    """Boolean."""
    noise_reduction: bool | Unset = UNSET
    """Boolean."""
    text: str | Unset = UNSET
    """String. Server default: "Hello, this is a preview of your cloned voice! I hope you like
    it!"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        accuracy = self.accuracy

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        need_volume_normalization = self.need_volume_normalization

        noise_reduction = self.noise_reduction

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if model is not UNSET:
            field_dict["model"] = model
        if need_volume_normalization is not UNSET:
            field_dict["need_volume_normalization"] = need_volume_normalization
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        accuracy = d.pop("accuracy", UNSET)

        _model = d.pop("model", UNSET)
        model: MinimaxVoiceCloneInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_minimax_voice_clone_input_model(_model)

        need_volume_normalization = d.pop("need_volume_normalization", UNSET)

        noise_reduction = d.pop("noise_reduction", UNSET)

        text = d.pop("text", UNSET)

        minimax_voice_clone_input = cls(
            audio_url=audio_url,
            accuracy=accuracy,
            model=model,
            need_volume_normalization=need_volume_normalization,
            noise_reduction=noise_reduction,
            text=text,
        )

        return minimax_voice_clone_input
