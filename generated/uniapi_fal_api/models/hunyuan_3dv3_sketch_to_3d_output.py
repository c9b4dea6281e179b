from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile
    from ..models.model_urls_vbf7642 import ModelUrlsVBF7642


T = TypeVar("T", bound="Hunyuan3DV3SketchTo3DOutput")


@_attrs_define
class Hunyuan3DV3SketchTo3DOutput:
    """Output of `fal-ai/hunyuan3d-v3/sketch-to-3d` (image-to-3d)."""

    model_glb: FalFile
    """Model Glb: FalFile."""
    model_urls: ModelUrlsVBF7642
    """Model Urls: ModelUrlsVBF7642."""
    thumbnail: FalFile | Unset = UNSET
    """Thumbnail: FalFile."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_glb = self.model_glb.to_dict()

        model_urls = self.model_urls.to_dict()

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_glb": model_glb,
                "model_urls": model_urls,
            }
        )
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415
        from ..models.model_urls_vbf7642 import ModelUrlsVBF7642  # noqa: PLC0415

        d = dict(src_dict)
        model_glb = FalFile.from_dict(d.pop("model_glb"))

        model_urls = ModelUrlsVBF7642.from_dict(d.pop("model_urls"))

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: FalFile | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = FalFile.from_dict(_thumbnail)

        seed = d.pop("seed", UNSET)

        hunyuan_3dv3_sketch_to_3d_output = cls(
            model_glb=model_glb,
            model_urls=model_urls,
            thumbnail=thumbnail,
            seed=seed,
        )

        hunyuan_3dv3_sketch_to_3d_output.additional_properties = d
        return hunyuan_3dv3_sketch_to_3d_output

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
