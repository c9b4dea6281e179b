from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .meshy_rigging_output import MeshyRiggingOutput  # noqa: F401


T = TypeVar("T", bound="MeshyRiggingInput")


@_attrs_define
class MeshyRiggingInput(FalInput["MeshyRiggingOutput"], endpoint="fal-ai/meshy/rigging"):
    """Input of `fal-ai/meshy/rigging` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    model_url: str
    """URL or local file."""
    animation_action_id: float | Unset = UNSET
    """Number. Server default: 92."""
    enable_animation: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    height_meters: float | Unset = UNSET
    """Number. Server default: 1.7."""

    def to_dict(self) -> dict[str, Any]:
        model_url = self.model_url

        animation_action_id = self.animation_action_id

        enable_animation = self.enable_animation

        enable_safety_checker = self.enable_safety_checker

        height_meters = self.height_meters

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_url": model_url,
            }
        )
        if animation_action_id is not UNSET:
            field_dict["animation_action_id"] = animation_action_id
        if enable_animation is not UNSET:
            field_dict["enable_animation"] = enable_animation
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if height_meters is not UNSET:
            field_dict["height_meters"] = height_meters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_url = d.pop("model_url")

        animation_action_id = d.pop("animation_action_id", UNSET)

        enable_animation = d.pop("enable_animation", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        height_meters = d.pop("height_meters", UNSET)

        meshy_rigging_input = cls(
            model_url=model_url,
            animation_action_id=animation_action_id,
            enable_animation=enable_animation,
            enable_safety_checker=enable_safety_checker,
            height_meters=height_meters,
        )

        return meshy_rigging_input
