from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_motion_input_acceleration import (
    WanMotionInputAcceleration,
    check_wan_motion_input_acceleration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_motion_output import WanMotionOutput  # noqa: F401


T = TypeVar("T", bound="WanMotionInput")


@_attrs_define
class WanMotionInput(FalInput["WanMotionOutput"], endpoint="fal-ai/wan-motion"):
    """Input of `fal-ai/wan-motion` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    video_url: str
    """URL or local file."""
    acceleration: WanMotionInputAcceleration | Unset = UNSET
    """One of "none", "regular". Server default: "regular"."""
    adapt_motion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enhance_identity: bool | Unset = UNSET
    """Boolean."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        video_url = self.video_url

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        adapt_motion = self.adapt_motion

        enable_safety_checker = self.enable_safety_checker

        enhance_identity = self.enhance_identity

        prompt = self.prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "video_url": video_url,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if adapt_motion is not UNSET:
            field_dict["adapt_motion"] = adapt_motion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enhance_identity is not UNSET:
            field_dict["enhance_identity"] = enhance_identity
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanMotionInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_motion_input_acceleration(_acceleration)

        adapt_motion = d.pop("adapt_motion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enhance_identity = d.pop("enhance_identity", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        wan_motion_input = cls(
            image_url=image_url,
            video_url=video_url,
            acceleration=acceleration,
            adapt_motion=adapt_motion,
            enable_safety_checker=enable_safety_checker,
            enhance_identity=enhance_identity,
            prompt=prompt,
            seed=seed,
        )

        return wan_motion_input
