from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.model_urls_vaba887 import ModelUrlsVABA887


T = TypeVar("T", bound="Tripo3DH31MultiviewTo3DOutput")


@_attrs_define
class Tripo3DH31MultiviewTo3DOutput:
    """Output of `tripo3d/h3.1/multiview-to-3d` (unknown)."""

    model_mesh: FalFileV6E13DB
    """FalFileV6E13DB."""
    model_urls: ModelUrlsVABA887
    """ModelUrlsVABA887."""
    rendered_image: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_mesh = self.model_mesh.to_dict()

        model_urls = self.model_urls.to_dict()

        rendered_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rendered_image, Unset):
            rendered_image = self.rendered_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_mesh": model_mesh,
                "model_urls": model_urls,
            }
        )
        if rendered_image is not UNSET:
            field_dict["rendered_image"] = rendered_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.model_urls_vaba887 import ModelUrlsVABA887  # noqa: PLC0415

        d = dict(src_dict)
        model_mesh = FalFileV6E13DB.from_dict(d.pop("model_mesh"))

        model_urls = ModelUrlsVABA887.from_dict(d.pop("model_urls"))

        _rendered_image = d.pop("rendered_image", UNSET)
        rendered_image: FalFileV6E13DB | Unset
        if isinstance(_rendered_image, Unset):
            rendered_image = UNSET
        else:
            rendered_image = FalFileV6E13DB.from_dict(_rendered_image)

        tripo_3dh31_multiview_to_3d_output = cls(
            model_mesh=model_mesh,
            model_urls=model_urls,
            rendered_image=rendered_image,
        )

        tripo_3dh31_multiview_to_3d_output.additional_properties = d
        return tripo_3dh31_multiview_to_3d_output

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
