from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_3dv3_text_to_3d_input_generate_type import (
    Hunyuan3DV3TextTo3DInputGenerateType,
    check_hunyuan_3dv3_text_to_3d_input_generate_type,
)
from ..models.hunyuan_3dv3_text_to_3d_input_polygon_type import (
    Hunyuan3DV3TextTo3DInputPolygonType,
    check_hunyuan_3dv3_text_to_3d_input_polygon_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_3dv3_text_to_3d_output import Hunyuan3DV3TextTo3DOutput  # noqa: F401


T = TypeVar("T", bound="Hunyuan3DV3TextTo3DInput")


@_attrs_define
class Hunyuan3DV3TextTo3DInput(
    FalInput["Hunyuan3DV3TextTo3DOutput"], endpoint="fal-ai/hunyuan3d-v3/text-to-3d"
):
    """Input of `fal-ai/hunyuan3d-v3/text-to-3d` (text-to-3d)."""

    prompt: str
    """Prompt: string, at most 1,024 characters."""
    enable_pbr: bool | Unset = UNSET
    """Enable Pbr: boolean. Server default: false."""
    face_count: int | Unset = UNSET
    """Face Count: integer, 40,000 to 1,500,000. Server default: 500000."""
    generate_type: Hunyuan3DV3TextTo3DInputGenerateType | Unset = UNSET
    """Generate Type: one of "Normal", "LowPoly", "Geometry". Server default: "Normal"."""
    polygon_type: Hunyuan3DV3TextTo3DInputPolygonType | Unset = UNSET
    """Polygon Type: one of "triangle", "quadrilateral". Server default: "triangle"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        enable_pbr = self.enable_pbr

        face_count = self.face_count

        generate_type: str | Unset = UNSET
        if not isinstance(self.generate_type, Unset):
            generate_type = self.generate_type

        polygon_type: str | Unset = UNSET
        if not isinstance(self.polygon_type, Unset):
            polygon_type = self.polygon_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if enable_pbr is not UNSET:
            field_dict["enable_pbr"] = enable_pbr
        if face_count is not UNSET:
            field_dict["face_count"] = face_count
        if generate_type is not UNSET:
            field_dict["generate_type"] = generate_type
        if polygon_type is not UNSET:
            field_dict["polygon_type"] = polygon_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        enable_pbr = d.pop("enable_pbr", UNSET)

        face_count = d.pop("face_count", UNSET)

        _generate_type = d.pop("generate_type", UNSET)
        generate_type: Hunyuan3DV3TextTo3DInputGenerateType | Unset
        if isinstance(_generate_type, Unset):
            generate_type = UNSET
        else:
            generate_type = check_hunyuan_3dv3_text_to_3d_input_generate_type(_generate_type)

        _polygon_type = d.pop("polygon_type", UNSET)
        polygon_type: Hunyuan3DV3TextTo3DInputPolygonType | Unset
        if isinstance(_polygon_type, Unset):
            polygon_type = UNSET
        else:
            polygon_type = check_hunyuan_3dv3_text_to_3d_input_polygon_type(_polygon_type)

        hunyuan_3dv3_text_to_3d_input = cls(
            prompt=prompt,
            enable_pbr=enable_pbr,
            face_count=face_count,
            generate_type=generate_type,
            polygon_type=polygon_type,
        )

        return hunyuan_3dv3_text_to_3d_input
