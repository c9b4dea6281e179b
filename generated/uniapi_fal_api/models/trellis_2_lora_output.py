from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="Trellis2LoraOutput")


@_attrs_define
class Trellis2LoraOutput:
    """Output of `fal-ai/trellis-2-lora` (unknown)."""

    decimation_target: float
    """Number."""
    model_glb: FalFileV6E13DB
    """FalFileV6E13DB."""
    resolution: float
    """Number."""
    seed: float
    """Number."""
    texture_size: float
    """Number."""
    geometry_lora_url: str | Unset = UNSET
    """URL or local file."""
    sparse_structure_lora_url: str | Unset = UNSET
    """URL or local file."""
    texture_lora_url: str | Unset = UNSET
    """URL or local file."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decimation_target = self.decimation_target

        model_glb = self.model_glb.to_dict()

        resolution = self.resolution

        seed = self.seed

        texture_size = self.texture_size

        geometry_lora_url = self.geometry_lora_url

        sparse_structure_lora_url = self.sparse_structure_lora_url

        texture_lora_url = self.texture_lora_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decimation_target": decimation_target,
                "model_glb": model_glb,
                "resolution": resolution,
                "seed": seed,
                "texture_size": texture_size,
            }
        )
        if geometry_lora_url is not UNSET:
            field_dict["geometry_lora_url"] = geometry_lora_url
        if sparse_structure_lora_url is not UNSET:
            field_dict["sparse_structure_lora_url"] = sparse_structure_lora_url
        if texture_lora_url is not UNSET:
            field_dict["texture_lora_url"] = texture_lora_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        decimation_target = d.pop("decimation_target")

        model_glb = FalFileV6E13DB.from_dict(d.pop("model_glb"))

        resolution = d.pop("resolution")

        seed = d.pop("seed")

        texture_size = d.pop("texture_size")

        geometry_lora_url = d.pop("geometry_lora_url", UNSET)

        sparse_structure_lora_url = d.pop("sparse_structure_lora_url", UNSET)

        texture_lora_url = d.pop("texture_lora_url", UNSET)

        trellis_2_lora_output = cls(
            decimation_target=decimation_target,
            model_glb=model_glb,
            resolution=resolution,
            seed=seed,
            texture_size=texture_size,
            geometry_lora_url=geometry_lora_url,
            sparse_structure_lora_url=sparse_structure_lora_url,
            texture_lora_url=texture_lora_url,
        )

        trellis_2_lora_output.additional_properties = d
        return trellis_2_lora_output

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
