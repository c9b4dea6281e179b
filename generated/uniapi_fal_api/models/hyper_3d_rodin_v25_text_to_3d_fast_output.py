from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="Hyper3DRodinV25TextTo3DFastOutput")


@_attrs_define
class Hyper3DRodinV25TextTo3DFastOutput:
    """Output of `fal-ai/hyper3d/rodin/v2.5/text-to-3d/fast` (text-to-3d)."""

    model_mesh: FalFileV6E13DB
    """FalFileV6E13DB."""
    seed: float
    """Number."""
    textures: list[ImageV5F105F]
    """List of ImageV5F105F."""
    model_meshes: list[FalFileV6E13DB] | Unset = UNSET
    """List of FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_mesh = self.model_mesh.to_dict()

        seed = self.seed

        textures = []
        for textures_item_data in self.textures:
            textures_item = textures_item_data.to_dict()
            textures.append(textures_item)

        model_meshes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_meshes, Unset):
            model_meshes = []
            for model_meshes_item_data in self.model_meshes:
                model_meshes_item = model_meshes_item_data.to_dict()
                model_meshes.append(model_meshes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_mesh": model_mesh,
                "seed": seed,
                "textures": textures,
            }
        )
        if model_meshes is not UNSET:
            field_dict["model_meshes"] = model_meshes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        model_mesh = FalFileV6E13DB.from_dict(d.pop("model_mesh"))

        seed = d.pop("seed")

        textures = []
        _textures = d.pop("textures")
        for textures_item_data in _textures:
            textures_item = ImageV5F105F.from_dict(textures_item_data)

            textures.append(textures_item)

        _model_meshes = d.pop("model_meshes", UNSET)
        model_meshes: list[FalFileV6E13DB] | Unset = UNSET
        if _model_meshes is not UNSET:
            model_meshes = []
            for model_meshes_item_data in _model_meshes:
                model_meshes_item = FalFileV6E13DB.from_dict(model_meshes_item_data)

                model_meshes.append(model_meshes_item)

        hyper_3d_rodin_v25_text_to_3d_fast_output = cls(
            model_mesh=model_mesh,
            seed=seed,
            textures=textures,
            model_meshes=model_meshes,
        )

        hyper_3d_rodin_v25_text_to_3d_fast_output.additional_properties = d
        return hyper_3d_rodin_v25_text_to_3d_fast_output

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
