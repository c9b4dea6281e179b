from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .meshy_rigging_multi_animation_output import MeshyRiggingMultiAnimationOutput  # noqa: F401


T = TypeVar("T", bound="MeshyRiggingMultiAnimationInput")


@_attrs_define
class MeshyRiggingMultiAnimationInput(
    FalInput["MeshyRiggingMultiAnimationOutput"], endpoint="fal-ai/meshy/rigging/multi-animation"
):
    """Input of `fal-ai/meshy/rigging/multi-animation` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    animation_action_ids: list[float]
    """List of number."""
    model_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    height_meters: float | Unset = UNSET
    """Number. Server default: 1.7."""

    def to_dict(self) -> dict[str, Any]:
        animation_action_ids = self.animation_action_ids

        model_url = self.model_url

        enable_safety_checker = self.enable_safety_checker

        height_meters = self.height_meters

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "animation_action_ids": animation_action_ids,
                "model_url": model_url,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if height_meters is not UNSET:
            field_dict["height_meters"] = height_meters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        animation_action_ids = cast(list[float], d.pop("animation_action_ids"))

        model_url = d.pop("model_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        height_meters = d.pop("height_meters", UNSET)

        meshy_rigging_multi_animation_input = cls(
            animation_action_ids=animation_action_ids,
            model_url=model_url,
            enable_safety_checker=enable_safety_checker,
            height_meters=height_meters,
        )

        return meshy_rigging_multi_animation_input
