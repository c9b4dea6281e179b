from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_3dv31_smart_topology_input_face_level import (
    Hunyuan3DV31SmartTopologyInputFaceLevel,
    check_hunyuan_3dv31_smart_topology_input_face_level,
)
from ..models.hunyuan_3dv31_smart_topology_input_input_file_type import (
    Hunyuan3DV31SmartTopologyInputInputFileType,
    check_hunyuan_3dv31_smart_topology_input_input_file_type,
)
from ..models.hunyuan_3dv31_smart_topology_input_polygon_type import (
    Hunyuan3DV31SmartTopologyInputPolygonType,
    check_hunyuan_3dv31_smart_topology_input_polygon_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_3dv31_smart_topology_output import Hunyuan3DV31SmartTopologyOutput  # noqa: F401


T = TypeVar("T", bound="Hunyuan3DV31SmartTopologyInput")


@_attrs_define
class Hunyuan3DV31SmartTopologyInput(
    FalInput["Hunyuan3DV31SmartTopologyOutput"], endpoint="fal-ai/hunyuan-3d/v3.1/smart-topology"
):
    """Input of `fal-ai/hunyuan-3d/v3.1/smart-topology` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    face_level: Hunyuan3DV31SmartTopologyInputFaceLevel | Unset = UNSET
    """One of "high", "medium", "low". Server default: "medium"."""
    input_file_type: Hunyuan3DV31SmartTopologyInputInputFileType | Unset = UNSET
    """One of "glb", "obj". Server default: "glb"."""
    input_file_url: str | Unset = UNSET
    """URL or local file. Server default:
    "https://v3b.fal.media/files/b/0a8c09c0/VYDiCTcDGK55qY2-idGbX_model.glb"."""
    polygon_type: Hunyuan3DV31SmartTopologyInputPolygonType | Unset = UNSET
    """One of "triangle", "quadrilateral". Server default: "triangle"."""

    def to_dict(self) -> dict[str, Any]:
        face_level: str | Unset = UNSET
        if not isinstance(self.face_level, Unset):
            face_level = self.face_level

        input_file_type: str | Unset = UNSET
        if not isinstance(self.input_file_type, Unset):
            input_file_type = self.input_file_type

        input_file_url = self.input_file_url

        polygon_type: str | Unset = UNSET
        if not isinstance(self.polygon_type, Unset):
            polygon_type = self.polygon_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if face_level is not UNSET:
            field_dict["face_level"] = face_level
        if input_file_type is not UNSET:
            field_dict["input_file_type"] = input_file_type
        if input_file_url is not UNSET:
            field_dict["input_file_url"] = input_file_url
        if polygon_type is not UNSET:
            field_dict["polygon_type"] = polygon_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _face_level = d.pop("face_level", UNSET)
        face_level: Hunyuan3DV31SmartTopologyInputFaceLevel | Unset
        if isinstance(_face_level, Unset):
            face_level = UNSET
        else:
            face_level = check_hunyuan_3dv31_smart_topology_input_face_level(_face_level)

        _input_file_type = d.pop("input_file_type", UNSET)
        input_file_type: Hunyuan3DV31SmartTopologyInputInputFileType | Unset
        if isinstance(_input_file_type, Unset):
            input_file_type = UNSET
        else:
            input_file_type = check_hunyuan_3dv31_smart_topology_input_input_file_type(
                _input_file_type
            )

        input_file_url = d.pop("input_file_url", UNSET)

        _polygon_type = d.pop("polygon_type", UNSET)
        polygon_type: Hunyuan3DV31SmartTopologyInputPolygonType | Unset
        if isinstance(_polygon_type, Unset):
            polygon_type = UNSET
        else:
            polygon_type = check_hunyuan_3dv31_smart_topology_input_polygon_type(_polygon_type)

        hunyuan_3dv31_smart_topology_input = cls(
            face_level=face_level,
            input_file_type=input_file_type,
            input_file_url=input_file_url,
            polygon_type=polygon_type,
        )

        return hunyuan_3dv31_smart_topology_input
