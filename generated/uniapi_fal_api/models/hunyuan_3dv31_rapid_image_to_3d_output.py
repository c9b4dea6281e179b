from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.model_urls_vaba887 import ModelUrlsVABA887


T = TypeVar("T", bound="Hunyuan3DV31RapidImageTo3DOutput")


@_attrs_define
class Hunyuan3DV31RapidImageTo3DOutput:
    """Output of `fal-ai/hunyuan-3d/v3.1/rapid/image-to-3d` (image-to-3d)."""

    model_urls: ModelUrlsVABA887
    """ModelUrlsVABA887."""
    material_mtl: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    model_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    texture: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    thumbnail: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_urls = self.model_urls.to_dict()

        material_mtl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.material_mtl, Unset):
            material_mtl = self.material_mtl.to_dict()

        model_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_glb, Unset):
            model_glb = self.model_glb.to_dict()

        texture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.texture, Unset):
            texture = self.texture.to_dict()

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_urls": model_urls,
            }
        )
        if material_mtl is not UNSET:
            field_dict["material_mtl"] = material_mtl
        if model_glb is not UNSET:
            field_dict["model_glb"] = model_glb
        if texture is not UNSET:
            field_dict["texture"] = texture
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.model_urls_vaba887 import ModelUrlsVABA887  # noqa: PLC0415

        d = dict(src_dict)
        model_urls = ModelUrlsVABA887.from_dict(d.pop("model_urls"))

        _material_mtl = d.pop("material_mtl", UNSET)
        material_mtl: FalFileV6E13DB | Unset
        if isinstance(_material_mtl, Unset):
            material_mtl = UNSET
        else:
            material_mtl = FalFileV6E13DB.from_dict(_material_mtl)

        _model_glb = d.pop("model_glb", UNSET)
        model_glb: FalFileV6E13DB | Unset
        if isinstance(_model_glb, Unset):
            model_glb = UNSET
        else:
            model_glb = FalFileV6E13DB.from_dict(_model_glb)

        _texture = d.pop("texture", UNSET)
        texture: FalFileV6E13DB | Unset
        if isinstance(_texture, Unset):
            texture = UNSET
        else:
            texture = FalFileV6E13DB.from_dict(_texture)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: FalFileV6E13DB | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = FalFileV6E13DB.from_dict(_thumbnail)

        hunyuan_3dv31_rapid_image_to_3d_output = cls(
            model_urls=model_urls,
            material_mtl=material_mtl,
            model_glb=model_glb,
            texture=texture,
            thumbnail=thumbnail,
        )

        hunyuan_3dv31_rapid_image_to_3d_output.additional_properties = d
        return hunyuan_3dv31_rapid_image_to_3d_output

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
