from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile
    from ..models.sam3d_body_alignment_info import SAM3DBodyAlignmentInfo


T = TypeVar("T", bound="Sam33DAlignOutput")


@_attrs_define
class Sam33DAlignOutput:
    """Output of `fal-ai/sam-3/3d-align` (3d-to-3d)."""

    body_mesh_ply: FalFile
    """Body Mesh Ply: FalFile."""
    model_glb: FalFile
    """Model Glb: FalFile."""
    visualization: FalFile
    """Visualization: FalFile."""
    metadata: SAM3DBodyAlignmentInfo
    """Metadata: SAM3DBodyAlignmentInfo."""
    scene_glb: FalFile | Unset = UNSET
    """Scene Glb: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_mesh_ply = self.body_mesh_ply.to_dict()

        model_glb = self.model_glb.to_dict()

        visualization = self.visualization.to_dict()

        metadata = self.metadata.to_dict()

        scene_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_glb, Unset):
            scene_glb = self.scene_glb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body_mesh_ply": body_mesh_ply,
                "model_glb": model_glb,
                "visualization": visualization,
                "metadata": metadata,
            }
        )
        if scene_glb is not UNSET:
            field_dict["scene_glb"] = scene_glb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415
        from ..models.sam3d_body_alignment_info import SAM3DBodyAlignmentInfo  # noqa: PLC0415

        d = dict(src_dict)
        body_mesh_ply = FalFile.from_dict(d.pop("body_mesh_ply"))

        model_glb = FalFile.from_dict(d.pop("model_glb"))

        visualization = FalFile.from_dict(d.pop("visualization"))

        metadata = SAM3DBodyAlignmentInfo.from_dict(d.pop("metadata"))

        _scene_glb = d.pop("scene_glb", UNSET)
        scene_glb: FalFile | Unset
        if isinstance(_scene_glb, Unset):
            scene_glb = UNSET
        else:
            scene_glb = FalFile.from_dict(_scene_glb)

        sam_33d_align_output = cls(
            body_mesh_ply=body_mesh_ply,
            model_glb=model_glb,
            visualization=visualization,
            metadata=metadata,
            scene_glb=scene_glb,
        )

        sam_33d_align_output.additional_properties = d
        return sam_33d_align_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
