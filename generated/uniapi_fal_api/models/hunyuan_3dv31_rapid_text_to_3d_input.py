from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_3dv31_rapid_text_to_3d_output import Hunyuan3DV31RapidTextTo3DOutput  # noqa: F401


T = TypeVar("T", bound="Hunyuan3DV31RapidTextTo3DInput")


@_attrs_define
class Hunyuan3DV31RapidTextTo3DInput(
    FalInput["Hunyuan3DV31RapidTextTo3DOutput"], endpoint="fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d"
):
    """Input of `fal-ai/hunyuan-3d/v3.1/rapid/text-to-3d` (text-to-3d). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    enable_geometry: bool | Unset = UNSET
    """Boolean."""
    enable_pbr: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        enable_geometry = self.enable_geometry

        enable_pbr = self.enable_pbr

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if enable_geometry is not UNSET:
            field_dict["enable_geometry"] = enable_geometry
        if enable_pbr is not UNSET:
            field_dict["enable_pbr"] = enable_pbr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        enable_geometry = d.pop("enable_geometry", UNSET)

        enable_pbr = d.pop("enable_pbr", UNSET)

        hunyuan_3dv31_rapid_text_to_3d_input = cls(
            prompt=prompt,
            enable_geometry=enable_geometry,
            enable_pbr=enable_pbr,
        )

        return hunyuan_3dv31_rapid_text_to_3d_input
