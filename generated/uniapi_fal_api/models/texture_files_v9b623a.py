from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="TextureFilesV9B623A")


@_attrs_define
class TextureFilesV9B623A:
    base_color: FalFileV6E13DB
    """FalFileV6E13DB."""
    metallic: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    normal: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    roughness: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_color = self.base_color.to_dict()

        metallic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metallic, Unset):
            metallic = self.metallic.to_dict()

        normal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normal, Unset):
            normal = self.normal.to_dict()

        roughness: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roughness, Unset):
            roughness = self.roughness.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_color": base_color,
            }
        )
        if metallic is not UNSET:
            field_dict["metallic"] = metallic
        if normal is not UNSET:
            field_dict["normal"] = normal
        if roughness is not UNSET:
            field_dict["roughness"] = roughness

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        base_color = FalFileV6E13DB.from_dict(d.pop("base_color"))

        _metallic = d.pop("metallic", UNSET)
        metallic: FalFileV6E13DB | Unset
        if isinstance(_metallic, Unset):
            metallic = UNSET
        else:
            metallic = FalFileV6E13DB.from_dict(_metallic)

        _normal = d.pop("normal", UNSET)
        normal: FalFileV6E13DB | Unset
        if isinstance(_normal, Unset):
            normal = UNSET
        else:
            normal = FalFileV6E13DB.from_dict(_normal)

        _roughness = d.pop("roughness", UNSET)
        roughness: FalFileV6E13DB | Unset
        if isinstance(_roughness, Unset):
            roughness = UNSET
        else:
            roughness = FalFileV6E13DB.from_dict(_roughness)

        texture_files_v9b623a = cls(
            base_color=base_color,
            metallic=metallic,
            normal=normal,
            roughness=roughness,
        )

        texture_files_v9b623a.additional_properties = d
        return texture_files_v9b623a

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
