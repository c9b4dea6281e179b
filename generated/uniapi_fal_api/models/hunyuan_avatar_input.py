from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_avatar_output import HunyuanAvatarOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanAvatarInput")


@_attrs_define
class HunyuanAvatarInput(FalInput["HunyuanAvatarOutput"], endpoint="fal-ai/hunyuan-avatar"):
    """Input of `fal-ai/hunyuan-avatar` (image-to-video). fal no longer lists this endpoint."""

    audio_url: str
    """Audio Url: string."""
    image_url: str
    """Image Url: string."""
    text: str | Unset = UNSET
    """Text: string. Server default: "A cat is singing."."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 129 to 401. Server default: 129."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 30 to 50. Server default: 30."""
    turbo_mode: bool | Unset = UNSET
    """Turbo Mode: boolean. Server default: true."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        image_url = self.image_url

        text = self.text

        num_frames = self.num_frames

        num_inference_steps = self.num_inference_steps

        turbo_mode = self.turbo_mode

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "image_url": image_url,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if turbo_mode is not UNSET:
            field_dict["turbo_mode"] = turbo_mode
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        image_url = d.pop("image_url")

        text = d.pop("text", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        turbo_mode = d.pop("turbo_mode", UNSET)

        seed = d.pop("seed", UNSET)

        hunyuan_avatar_input = cls(
            audio_url=audio_url,
            image_url=image_url,
            text=text,
            num_frames=num_frames,
            num_inference_steps=num_inference_steps,
            turbo_mode=turbo_mode,
            seed=seed,
        )

        return hunyuan_avatar_input
