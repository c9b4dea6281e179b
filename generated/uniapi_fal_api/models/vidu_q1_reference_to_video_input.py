from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q1_reference_to_video_input_aspect_ratio import (
    ViduQ1ReferenceToVideoInputAspectRatio,
    check_vidu_q1_reference_to_video_input_aspect_ratio,
)
from ..models.vidu_q1_reference_to_video_input_movement_amplitude import (
    ViduQ1ReferenceToVideoInputMovementAmplitude,
    check_vidu_q1_reference_to_video_input_movement_amplitude,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q1_reference_to_video_output import ViduQ1ReferenceToVideoOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ1ReferenceToVideoInput")


@_attrs_define
class ViduQ1ReferenceToVideoInput(
    FalInput["ViduQ1ReferenceToVideoOutput"], endpoint="fal-ai/vidu/q1/reference-to-video"
):
    """Input of `fal-ai/vidu/q1/reference-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 1,500 characters."""
    reference_image_urls: list[str]
    """Reference Image Urls: list of string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    aspect_ratio: ViduQ1ReferenceToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    movement_amplitude: ViduQ1ReferenceToVideoInputMovementAmplitude | Unset = UNSET
    """Movement Amplitude: one of "auto", "small", "medium", "large". Server default: "auto"."""
    bgm: bool | Unset = UNSET
    """Bgm: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        reference_image_urls = self.reference_image_urls

        seed = self.seed

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        bgm = self.bgm

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if movement_amplitude is not UNSET:
            field_dict["movement_amplitude"] = movement_amplitude
        if bgm is not UNSET:
            field_dict["bgm"] = bgm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        reference_image_urls = cast(list[str], d.pop("reference_image_urls"))

        seed = d.pop("seed", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ViduQ1ReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_q1_reference_to_video_input_aspect_ratio(_aspect_ratio)

        _movement_amplitude = d.pop("movement_amplitude", UNSET)
        movement_amplitude: ViduQ1ReferenceToVideoInputMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_vidu_q1_reference_to_video_input_movement_amplitude(
                _movement_amplitude
            )

        bgm = d.pop("bgm", UNSET)

        vidu_q1_reference_to_video_input = cls(
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            seed=seed,
            aspect_ratio=aspect_ratio,
            movement_amplitude=movement_amplitude,
            bgm=bgm,
        )

        return vidu_q1_reference_to_video_input
