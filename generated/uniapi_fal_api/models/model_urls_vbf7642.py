from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="ModelUrlsVBF7642")


@_attrs_define
class ModelUrlsVBF7642:
    glb: FalFile | Unset = UNSET
    """FalFile."""
    fbx: FalFile | Unset = UNSET
    """FalFile."""
    obj: FalFile | Unset = UNSET
    """FalFile."""
    usdz: FalFile | Unset = UNSET
    """FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.glb, Unset):
            glb = self.glb.to_dict()

        fbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fbx, Unset):
            fbx = self.fbx.to_dict()

        obj: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obj, Unset):
            obj = self.obj.to_dict()

        usdz: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usdz, Unset):
            usdz = self.usdz.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if glb is not UNSET:
            field_dict["glb"] = glb
        if fbx is not UNSET:
            field_dict["fbx"] = fbx
        if obj is not UNSET:
            field_dict["obj"] = obj
        if usdz is not UNSET:
            field_dict["usdz"] = usdz

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        _glb = d.pop("glb", UNSET)
        glb: FalFile | Unset
        if isinstance(_glb, Unset):
            glb = UNSET
        else:
            glb = FalFile.from_dict(_glb)

        _fbx = d.pop("fbx", UNSET)
        fbx: FalFile | Unset
        if isinstance(_fbx, Unset):
            fbx = UNSET
        else:
            fbx = FalFile.from_dict(_fbx)

        _obj = d.pop("obj", UNSET)
        obj: FalFile | Unset
        if isinstance(_obj, Unset):
            obj = UNSET
        else:
            obj = FalFile.from_dict(_obj)

        _usdz = d.pop("usdz", UNSET)
        usdz: FalFile | Unset
        if isinstance(_usdz, Unset):
            usdz = UNSET
        else:
            usdz = FalFile.from_dict(_usdz)

        model_urls_vbf7642 = cls(
            glb=glb,
            fbx=fbx,
            obj=obj,
            usdz=usdz,
        )

        model_urls_vbf7642.additional_properties = d
        return model_urls_vbf7642

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
