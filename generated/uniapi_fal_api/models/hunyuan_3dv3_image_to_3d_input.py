from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_3dv3_image_to_3d_input_generate_type import (
    Hunyuan3DV3ImageTo3DInputGenerateType,
    check_hunyuan_3dv3_image_to_3d_input_generate_type,
)
from ..models.hunyuan_3dv3_image_to_3d_input_polygon_type import (
    Hunyuan3DV3ImageTo3DInputPolygonType,
    check_hunyuan_3dv3_image_to_3d_input_polygon_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_3dv3_image_to_3d_output import Hunyuan3DV3ImageTo3DOutput  # noqa: F401


T = TypeVar("T", bound="Hunyuan3DV3ImageTo3DInput")


@_attrs_define
class Hunyuan3DV3ImageTo3DInput(
    FalInput["Hunyuan3DV3ImageTo3DOutput"], endpoint="fal-ai/hunyuan3d-v3/image-to-3d"
):
    """Input of `fal-ai/hunyuan3d-v3/image-to-3d` (image-to-3d). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    input_image_url: str
    """URL or local file."""
    back_image_url: str | Unset = UNSET
    """URL or local file."""
    enable_pbr: bool | Unset = UNSET
    """Boolean."""
    face_count: float | Unset = UNSET
    """Number. Server default: 500000."""
    generate_type: Hunyuan3DV3ImageTo3DInputGenerateType | Unset = UNSET
    """One of "Normal", "LowPoly", "Geometry". Server default: "Normal"."""
    left_image_url: str | Unset = UNSET
    """URL or local file."""
    polygon_type: Hunyuan3DV3ImageTo3DInputPolygonType | Unset = UNSET
    """One of "triangle", "quadrilateral". Server default: "triangle"."""
    right_image_url: str | Unset = UNSET
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        input_image_url = self.input_image_url

        back_image_url = self.back_image_url

        enable_pbr = self.enable_pbr

        face_count = self.face_count

        generate_type: str | Unset = UNSET
        if not isinstance(self.generate_type, Unset):
            generate_type = self.generate_type

        left_image_url = self.left_image_url

        polygon_type: str | Unset = UNSET
        if not isinstance(self.polygon_type, Unset):
            polygon_type = self.polygon_type

        right_image_url = self.right_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_image_url": input_image_url,
            }
        )
        if back_image_url is not UNSET:
            field_dict["back_image_url"] = back_image_url
        if enable_pbr is not UNSET:
            field_dict["enable_pbr"] = enable_pbr
        if face_count is not UNSET:
            field_dict["face_count"] = face_count
        if generate_type is not UNSET:
            field_dict["generate_type"] = generate_type
        if left_image_url is not UNSET:
            field_dict["left_image_url"] = left_image_url
        if polygon_type is not UNSET:
            field_dict["polygon_type"] = polygon_type
        if right_image_url is not UNSET:
            field_dict["right_image_url"] = right_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_image_url = d.pop("input_image_url")

        back_image_url = d.pop("back_image_url", UNSET)

        enable_pbr = d.pop("enable_pbr", UNSET)

        face_count = d.pop("face_count", UNSET)

        _generate_type = d.pop("generate_type", UNSET)
        generate_type: Hunyuan3DV3ImageTo3DInputGenerateType | Unset
        if isinstance(_generate_type, Unset):
            generate_type = UNSET
        else:
            generate_type = check_hunyuan_3dv3_image_to_3d_input_generate_type(_generate_type)

        left_image_url = d.pop("left_image_url", UNSET)

        _polygon_type = d.pop("polygon_type", UNSET)
        polygon_type: Hunyuan3DV3ImageTo3DInputPolygonType | Unset
        if isinstance(_polygon_type, Unset):
            polygon_type = UNSET
        else:
            polygon_type = check_hunyuan_3dv3_image_to_3d_input_polygon_type(_polygon_type)

        right_image_url = d.pop("right_image_url", UNSET)

        hunyuan_3dv3_image_to_3d_input = cls(
            input_image_url=input_image_url,
            back_image_url=back_image_url,
            enable_pbr=enable_pbr,
            face_count=face_count,
            generate_type=generate_type,
            left_image_url=left_image_url,
            polygon_type=polygon_type,
            right_image_url=right_image_url,
        )

        return hunyuan_3dv3_image_to_3d_input
