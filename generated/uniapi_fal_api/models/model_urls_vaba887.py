from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="ModelUrlsVABA887")


@_attrs_define
class ModelUrlsVABA887:
    fbx: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    mtl: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    obj: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    texture: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    usdz: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fbx, Unset):
            fbx = self.fbx.to_dict()

        glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.glb, Unset):
            glb = self.glb.to_dict()

        mtl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mtl, Unset):
            mtl = self.mtl.to_dict()

        obj: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obj, Unset):
            obj = self.obj.to_dict()

        texture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.texture, Unset):
            texture = self.texture.to_dict()

        usdz: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usdz, Unset):
            usdz = self.usdz.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fbx is not UNSET:
            field_dict["fbx"] = fbx
        if glb is not UNSET:
            field_dict["glb"] = glb
        if mtl is not UNSET:
            field_dict["mtl"] = mtl
        if obj is not UNSET:
            field_dict["obj"] = obj
        if texture is not UNSET:
            field_dict["texture"] = texture
        if usdz is not UNSET:
            field_dict["usdz"] = usdz

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        _fbx = d.pop("fbx", UNSET)
        fbx: FalFileV6E13DB | Unset
        if isinstance(_fbx, Unset):
            fbx = UNSET
        else:
            fbx = FalFileV6E13DB.from_dict(_fbx)

        _glb = d.pop("glb", UNSET)
        glb: FalFileV6E13DB | Unset
        if isinstance(_glb, Unset):
            glb = UNSET
        else:
            glb = FalFileV6E13DB.from_dict(_glb)

        _mtl = d.pop("mtl", UNSET)
        mtl: FalFileV6E13DB | Unset
        if isinstance(_mtl, Unset):
            mtl = UNSET
        else:
            mtl = FalFileV6E13DB.from_dict(_mtl)

        _obj = d.pop("obj", UNSET)
        obj: FalFileV6E13DB | Unset
        if isinstance(_obj, Unset):
            obj = UNSET
        else:
            obj = FalFileV6E13DB.from_dict(_obj)

        _texture = d.pop("texture", UNSET)
        texture: FalFileV6E13DB | Unset
        if isinstance(_texture, Unset):
            texture = UNSET
        else:
            texture = FalFileV6E13DB.from_dict(_texture)

        _usdz = d.pop("usdz", UNSET)
        usdz: FalFileV6E13DB | Unset
        if isinstance(_usdz, Unset):
            usdz = UNSET
        else:
            usdz = FalFileV6E13DB.from_dict(_usdz)

        model_urls_vaba887 = cls(
            fbx=fbx,
            glb=glb,
            mtl=mtl,
            obj=obj,
            texture=texture,
            usdz=usdz,
        )

        model_urls_vaba887.additional_properties = d
        return model_urls_vaba887

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
