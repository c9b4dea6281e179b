from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_3dv3_sketch_to_3d_output import Hunyuan3DV3SketchTo3DOutput  # noqa: F401


T = TypeVar("T", bound="Hunyuan3DV3SketchTo3DInput")


@_attrs_define
class Hunyuan3DV3SketchTo3DInput(
    FalInput["Hunyuan3DV3SketchTo3DOutput"], endpoint="fal-ai/hunyuan3d-v3/sketch-to-3d"
):
    """Input of `fal-ai/hunyuan3d-v3/sketch-to-3d` (image-to-3d)."""

    input_image_url: str
    """Input Image Url: string."""
    prompt: str
    """Prompt: string, at most 1,024 characters."""
    enable_pbr: bool | Unset = UNSET
    """Enable Pbr: boolean. Server default: false."""
    face_count: int | Unset = UNSET
    """Face Count: integer, 40,000 to 1,500,000. Server default: 500000."""

    def to_dict(self) -> dict[str, Any]:
        input_image_url = self.input_image_url

        prompt = self.prompt

        enable_pbr = self.enable_pbr

        face_count = self.face_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_image_url": input_image_url,
                "prompt": prompt,
            }
        )
        if enable_pbr is not UNSET:
            field_dict["enable_pbr"] = enable_pbr
        if face_count is not UNSET:
            field_dict["face_count"] = face_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_image_url = d.pop("input_image_url")

        prompt = d.pop("prompt")

        enable_pbr = d.pop("enable_pbr", UNSET)

        face_count = d.pop("face_count", UNSET)

        hunyuan_3dv3_sketch_to_3d_input = cls(
            input_image_url=input_image_url,
            prompt=prompt,
            enable_pbr=enable_pbr,
            face_count=face_count,
        )

        return hunyuan_3dv3_sketch_to_3d_input
