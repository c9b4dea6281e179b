from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile
    from ..models.sam3d_body_metadata import SAM3DBodyMetadata


T = TypeVar("T", bound="Sam33DBodyOutput")


@_attrs_define
class Sam33DBodyOutput:
    """Output of `fal-ai/sam-3/3d-body` (image-to-3d)."""

    model_glb: FalFile
    """Model Glb: FalFile."""
    visualization: FalFile
    """Visualization: FalFile."""
    metadata: SAM3DBodyMetadata
    """Metadata: SAM3DBodyMetadata."""
    meshes: list[FalFile] | Unset = UNSET
    """Meshes: list of FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_glb = self.model_glb.to_dict()

        visualization = self.visualization.to_dict()

        metadata = self.metadata.to_dict()

        meshes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meshes, Unset):
            meshes = []
            for meshes_item_data in self.meshes:
                meshes_item = meshes_item_data.to_dict()
                meshes.append(meshes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_glb": model_glb,
                "visualization": visualization,
                "metadata": metadata,
            }
        )
        if meshes is not UNSET:
            field_dict["meshes"] = meshes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415
        from ..models.sam3d_body_metadata import SAM3DBodyMetadata  # noqa: PLC0415

        d = dict(src_dict)
        model_glb = FalFile.from_dict(d.pop("model_glb"))

        visualization = FalFile.from_dict(d.pop("visualization"))

        metadata = SAM3DBodyMetadata.from_dict(d.pop("metadata"))

        _meshes = d.pop("meshes", UNSET)
        meshes: list[FalFile] | Unset = UNSET
        if _meshes is not UNSET:
            meshes = []
            for meshes_item_data in _meshes:
                meshes_item = FalFile.from_dict(meshes_item_data)

                meshes.append(meshes_item)

        sam_33d_body_output = cls(
            model_glb=model_glb,
            visualization=visualization,
            metadata=metadata,
            meshes=meshes,
        )

        sam_33d_body_output.additional_properties = d
        return sam_33d_body_output

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
