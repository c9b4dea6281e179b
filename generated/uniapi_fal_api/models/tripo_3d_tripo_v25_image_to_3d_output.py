from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="Tripo3DTripoV25ImageTo3DOutput")


@_attrs_define
class Tripo3DTripoV25ImageTo3DOutput:
    """Output of `tripo3d/tripo/v2.5/image-to-3d` (image-to-3d)."""

    task_id: str
    """Task Id: string."""
    model_mesh: FalFile | Unset = UNSET
    """Model Mesh: FalFile."""
    base_model: FalFile | Unset = UNSET
    """Base Model: FalFile."""
    pbr_model: FalFile | Unset = UNSET
    """Pbr Model: FalFile."""
    rendered_image: FalFile | Unset = UNSET
    """Rendered Image: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        model_mesh: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_mesh, Unset):
            model_mesh = self.model_mesh.to_dict()

        base_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_model, Unset):
            base_model = self.base_model.to_dict()

        pbr_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pbr_model, Unset):
            pbr_model = self.pbr_model.to_dict()

        rendered_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rendered_image, Unset):
            rendered_image = self.rendered_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if model_mesh is not UNSET:
            field_dict["model_mesh"] = model_mesh
        if base_model is not UNSET:
            field_dict["base_model"] = base_model
        if pbr_model is not UNSET:
            field_dict["pbr_model"] = pbr_model
        if rendered_image is not UNSET:
            field_dict["rendered_image"] = rendered_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        _model_mesh = d.pop("model_mesh", UNSET)
        model_mesh: FalFile | Unset
        if isinstance(_model_mesh, Unset):
            model_mesh = UNSET
        else:
            model_mesh = FalFile.from_dict(_model_mesh)

        _base_model = d.pop("base_model", UNSET)
        base_model: FalFile | Unset
        if isinstance(_base_model, Unset):
            base_model = UNSET
        else:
            base_model = FalFile.from_dict(_base_model)

        _pbr_model = d.pop("pbr_model", UNSET)
        pbr_model: FalFile | Unset
        if isinstance(_pbr_model, Unset):
            pbr_model = UNSET
        else:
            pbr_model = FalFile.from_dict(_pbr_model)

        _rendered_image = d.pop("rendered_image", UNSET)
        rendered_image: FalFile | Unset
        if isinstance(_rendered_image, Unset):
            rendered_image = UNSET
        else:
            rendered_image = FalFile.from_dict(_rendered_image)

        tripo_3d_tripo_v25_image_to_3d_output = cls(
            task_id=task_id,
            model_mesh=model_mesh,
            base_model=base_model,
            pbr_model=pbr_model,
            rendered_image=rendered_image,
        )

        tripo_3d_tripo_v25_image_to_3d_output.additional_properties = d
        return tripo_3d_tripo_v25_image_to_3d_output

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
