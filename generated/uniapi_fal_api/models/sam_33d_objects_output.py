from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.sam3d_object_metadata import SAM3DObjectMetadata


T = TypeVar("T", bound="Sam33DObjectsOutput")


@_attrs_define
class Sam33DObjectsOutput:
    """Output of `fal-ai/sam-3/3d-objects` (unknown)."""

    gaussian_splat: FalFileV6E13DB
    """FalFileV6E13DB."""
    metadata: list[SAM3DObjectMetadata]
    """List of SAM3DObjectMetadata."""
    artifacts_zip: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    individual_glbs: list[FalFileV6E13DB] | Unset = UNSET
    """List of FalFileV6E13DB."""
    individual_splats: list[FalFileV6E13DB] | Unset = UNSET
    """List of FalFileV6E13DB."""
    model_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gaussian_splat = self.gaussian_splat.to_dict()

        metadata = []
        for metadata_item_data in self.metadata:
            metadata_item = metadata_item_data.to_dict()
            metadata.append(metadata_item)

        artifacts_zip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.artifacts_zip, Unset):
            artifacts_zip = self.artifacts_zip.to_dict()

        individual_glbs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.individual_glbs, Unset):
            individual_glbs = []
            for individual_glbs_item_data in self.individual_glbs:
                individual_glbs_item = individual_glbs_item_data.to_dict()
                individual_glbs.append(individual_glbs_item)

        individual_splats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.individual_splats, Unset):
            individual_splats = []
            for individual_splats_item_data in self.individual_splats:
                individual_splats_item = individual_splats_item_data.to_dict()
                individual_splats.append(individual_splats_item)

        model_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_glb, Unset):
            model_glb = self.model_glb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gaussian_splat": gaussian_splat,
                "metadata": metadata,
            }
        )
        if artifacts_zip is not UNSET:
            field_dict["artifacts_zip"] = artifacts_zip
        if individual_glbs is not UNSET:
            field_dict["individual_glbs"] = individual_glbs
        if individual_splats is not UNSET:
            field_dict["individual_splats"] = individual_splats
        if model_glb is not UNSET:
            field_dict["model_glb"] = model_glb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.sam3d_object_metadata import SAM3DObjectMetadata  # noqa: PLC0415

        d = dict(src_dict)
        gaussian_splat = FalFileV6E13DB.from_dict(d.pop("gaussian_splat"))

        metadata = []
        _metadata = d.pop("metadata")
        for metadata_item_data in _metadata:
            metadata_item = SAM3DObjectMetadata.from_dict(metadata_item_data)

            metadata.append(metadata_item)

        _artifacts_zip = d.pop("artifacts_zip", UNSET)
        artifacts_zip: FalFileV6E13DB | Unset
        if isinstance(_artifacts_zip, Unset):
            artifacts_zip = UNSET
        else:
            artifacts_zip = FalFileV6E13DB.from_dict(_artifacts_zip)

        _individual_glbs = d.pop("individual_glbs", UNSET)
        individual_glbs: list[FalFileV6E13DB] | Unset = UNSET
        if _individual_glbs is not UNSET:
            individual_glbs = []
            for individual_glbs_item_data in _individual_glbs:
                individual_glbs_item = FalFileV6E13DB.from_dict(individual_glbs_item_data)

                individual_glbs.append(individual_glbs_item)

        _individual_splats = d.pop("individual_splats", UNSET)
        individual_splats: list[FalFileV6E13DB] | Unset = UNSET
        if _individual_splats is not UNSET:
            individual_splats = []
            for individual_splats_item_data in _individual_splats:
                individual_splats_item = FalFileV6E13DB.from_dict(individual_splats_item_data)

                individual_splats.append(individual_splats_item)

        _model_glb = d.pop("model_glb", UNSET)
        model_glb: FalFileV6E13DB | Unset
        if isinstance(_model_glb, Unset):
            model_glb = UNSET
        else:
            model_glb = FalFileV6E13DB.from_dict(_model_glb)

        sam_33d_objects_output = cls(
            gaussian_splat=gaussian_splat,
            metadata=metadata,
            artifacts_zip=artifacts_zip,
            individual_glbs=individual_glbs,
            individual_splats=individual_splats,
            model_glb=model_glb,
        )

        sam_33d_objects_output.additional_properties = d
        return sam_33d_objects_output

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
