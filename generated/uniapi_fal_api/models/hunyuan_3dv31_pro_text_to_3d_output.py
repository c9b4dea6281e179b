from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.model_urls_vaba887 import ModelUrlsVABA887


T = TypeVar("T", bound="Hunyuan3DV31ProTextTo3DOutput")


@_attrs_define
class Hunyuan3DV31ProTextTo3DOutput:
    """Output of `fal-ai/hunyuan-3d/v3.1/pro/text-to-3d` (text-to-3d)."""

    model_glb: FalFileV6E13DB
    """FalFileV6E13DB."""
    model_urls: ModelUrlsVABA887
    """ModelUrlsVABA887."""
    seed: float | Unset = UNSET
    """Number."""
    thumbnail: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_glb = self.model_glb.to_dict()

        model_urls = self.model_urls.to_dict()

        seed = self.seed

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_glb": model_glb,
                "model_urls": model_urls,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.model_urls_vaba887 import ModelUrlsVABA887  # noqa: PLC0415

        d = dict(src_dict)
        model_glb = FalFileV6E13DB.from_dict(d.pop("model_glb"))

        model_urls = ModelUrlsVABA887.from_dict(d.pop("model_urls"))

        seed = d.pop("seed", UNSET)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: FalFileV6E13DB | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = FalFileV6E13DB.from_dict(_thumbnail)

        hunyuan_3dv31_pro_text_to_3d_output = cls(
            model_glb=model_glb,
            model_urls=model_urls,
            seed=seed,
            thumbnail=thumbnail,
        )

        hunyuan_3dv31_pro_text_to_3d_output.additional_properties = d
        return hunyuan_3dv31_pro_text_to_3d_output

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
