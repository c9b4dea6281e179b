from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.scail_2_input_driving_type import (
    Scail2InputDrivingType,
    check_scail_2_input_driving_type,
)
from ..models.scail_2_input_mode import Scail2InputMode, check_scail_2_input_mode
from ..models.scail_2_input_resolution import (
    Scail2InputResolution,
    check_scail_2_input_resolution,
)
from ..models.scail_2_input_subject_type import (
    Scail2InputSubjectType,
    check_scail_2_input_subject_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .scail_2_output import Scail2Output  # noqa: F401


T = TypeVar("T", bound="Scail2Input")


@_attrs_define
class Scail2Input(FalInput["Scail2Output"], endpoint="fal-ai/scail-2"):
    """Input of `fal-ai/scail-2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    driving_type: Scail2InputDrivingType | Unset = UNSET
    """One of "end_to_end", "pose". Server default: "end_to_end"."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    mode: Scail2InputMode | Unset = UNSET
    """One of "animation", "replacement". Server default: "animation"."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 40."""
    resolution: Scail2InputResolution | Unset = UNSET
    """One of "512p", "704p". Server default: "512p"."""
    seed: float | Unset = UNSET
    """Number."""
    shift: float | Unset = UNSET
    """Number. Server default: 3."""
    subject_type: Scail2InputSubjectType | Unset = UNSET
    """One of "human", "animal". Server default: "human"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        video_url = self.video_url

        driving_type: str | Unset = UNSET
        if not isinstance(self.driving_type, Unset):
            driving_type = self.driving_type

        guidance_scale = self.guidance_scale

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        num_inference_steps = self.num_inference_steps

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        shift = self.shift

        subject_type: str | Unset = UNSET
        if not isinstance(self.subject_type, Unset):
            subject_type = self.subject_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if driving_type is not UNSET:
            field_dict["driving_type"] = driving_type
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if mode is not UNSET:
            field_dict["mode"] = mode
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if shift is not UNSET:
            field_dict["shift"] = shift
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _driving_type = d.pop("driving_type", UNSET)
        driving_type: Scail2InputDrivingType | Unset
        if isinstance(_driving_type, Unset):
            driving_type = UNSET
        else:
            driving_type = check_scail_2_input_driving_type(_driving_type)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Scail2InputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_scail_2_input_mode(_mode)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Scail2InputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_scail_2_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        shift = d.pop("shift", UNSET)

        _subject_type = d.pop("subject_type", UNSET)
        subject_type: Scail2InputSubjectType | Unset
        if isinstance(_subject_type, Unset):
            subject_type = UNSET
        else:
            subject_type = check_scail_2_input_subject_type(_subject_type)

        scail_2_input = cls(
            image_url=image_url,
            prompt=prompt,
            video_url=video_url,
            driving_type=driving_type,
            guidance_scale=guidance_scale,
            mode=mode,
            num_inference_steps=num_inference_steps,
            resolution=resolution,
            seed=seed,
            shift=shift,
            subject_type=subject_type,
        )

        return scail_2_input
