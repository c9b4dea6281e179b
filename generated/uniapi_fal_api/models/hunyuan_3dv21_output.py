from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="Hunyuan3DV21Output")


@_attrs_define
class Hunyuan3DV21Output:
    """Output of `fal-ai/hunyuan3d-v21` (image-to-3d). fal no longer lists this endpoint."""

    model_glb: FalFile
    """Model Glb: FalFile."""
    model_mesh: FalFile
    """Model Mesh: FalFile."""
    seed: int
    """Seed: integer."""
    model_glb_pbr: FalFile | Unset = UNSET
    """Model Glb Pbr: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_glb = self.model_glb.to_dict()

        model_mesh = self.model_mesh.to_dict()

        seed = self.seed

        model_glb_pbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_glb_pbr, Unset):
            model_glb_pbr = self.model_glb_pbr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_glb": model_glb,
                "model_mesh": model_mesh,
                "seed": seed,
            }
        )
        if model_glb_pbr is not UNSET:
            field_dict["model_glb_pbr"] = model_glb_pbr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        model_glb = FalFile.from_dict(d.pop("model_glb"))

        model_mesh = FalFile.from_dict(d.pop("model_mesh"))

        seed = d.pop("seed")

        _model_glb_pbr = d.pop("model_glb_pbr", UNSET)
        model_glb_pbr: FalFile | Unset
        if isinstance(_model_glb_pbr, Unset):
            model_glb_pbr = UNSET
        else:
            model_glb_pbr = FalFile.from_dict(_model_glb_pbr)

        hunyuan_3dv21_output = cls(
            model_glb=model_glb,
            model_mesh=model_mesh,
            seed=seed,
            model_glb_pbr=model_glb_pbr,
        )

        hunyuan_3dv21_output.additional_properties = d
        return hunyuan_3dv21_output

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
