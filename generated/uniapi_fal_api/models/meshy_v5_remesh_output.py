from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile
    from ..models.model_urls import ModelUrls


T = TypeVar("T", bound="MeshyV5RemeshOutput")


@_attrs_define
class MeshyV5RemeshOutput:
    """Output of `fal-ai/meshy/v5/remesh` (3d-to-3d)."""

    model_urls: ModelUrls
    """Model Urls: ModelUrls."""
    model_glb: FalFile | Unset = UNSET
    """Model Glb: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_urls = self.model_urls.to_dict()

        model_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_glb, Unset):
            model_glb = self.model_glb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_urls": model_urls,
            }
        )
        if model_glb is not UNSET:
            field_dict["model_glb"] = model_glb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415
        from ..models.model_urls import ModelUrls  # noqa: PLC0415

        d = dict(src_dict)
        model_urls = ModelUrls.from_dict(d.pop("model_urls"))

        _model_glb = d.pop("model_glb", UNSET)
        model_glb: FalFile | Unset
        if isinstance(_model_glb, Unset):
            model_glb = UNSET
        else:
            model_glb = FalFile.from_dict(_model_glb)

        meshy_v5_remesh_output = cls(
            model_urls=model_urls,
            model_glb=model_glb,
        )

        meshy_v5_remesh_output.additional_properties = d
        return meshy_v5_remesh_output

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
