from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_photon_modify_input_aspect_ratio import (
    LumaPhotonModifyInputAspectRatio,
    check_luma_photon_modify_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_photon_modify_output import LumaPhotonModifyOutput  # noqa: F401


T = TypeVar("T", bound="LumaPhotonModifyInput")


@_attrs_define
class LumaPhotonModifyInput(
    FalInput["LumaPhotonModifyOutput"], endpoint="fal-ai/luma-photon/modify"
):
    """Input of `fal-ai/luma-photon/modify` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    aspect_ratio: LumaPhotonModifyInputAspectRatio
    """One of "1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"."""
    image_url: str
    """URL or local file."""
    strength: float
    """Number."""
    prompt: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        image_url = self.image_url

        strength = self.strength

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
                "strength": strength,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aspect_ratio = check_luma_photon_modify_input_aspect_ratio(d.pop("aspect_ratio"))

        image_url = d.pop("image_url")

        strength = d.pop("strength")

        prompt = d.pop("prompt", UNSET)

        luma_photon_modify_input = cls(
            aspect_ratio=aspect_ratio,
            image_url=image_url,
            strength=strength,
            prompt=prompt,
        )

        return luma_photon_modify_input
