from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_photon_flash_input_aspect_ratio import (
    LumaPhotonFlashInputAspectRatio,
    check_luma_photon_flash_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_photon_flash_output import LumaPhotonFlashOutput  # noqa: F401


T = TypeVar("T", bound="LumaPhotonFlashInput")


@_attrs_define
class LumaPhotonFlashInput(FalInput["LumaPhotonFlashOutput"], endpoint="fal-ai/luma-photon/flash"):
    """Input of `fal-ai/luma-photon/flash` (text-to-image)."""

    prompt: str
    """Prompt: string, 3 to 5,000 characters."""
    aspect_ratio: LumaPhotonFlashInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21". Server default:
    "1:1"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LumaPhotonFlashInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_luma_photon_flash_input_aspect_ratio(_aspect_ratio)

        luma_photon_flash_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
        )

        return luma_photon_flash_input
