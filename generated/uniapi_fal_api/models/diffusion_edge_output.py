from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_v4f8c29 import ImageV4F8C29


T = TypeVar("T", bound="DiffusionEdgeOutput")


@_attrs_define
class DiffusionEdgeOutput:
    """Output of `fal-ai/diffusion-edge` (text-to-image). fal no longer lists this endpoint."""

    image: ImageV4F8C29
    """Image: ImageV4F8C29."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v4f8c29 import ImageV4F8C29  # noqa: PLC0415

        d = dict(src_dict)
        image = ImageV4F8C29.from_dict(d.pop("image"))

        diffusion_edge_output = cls(
            image=image,
        )

        diffusion_edge_output.additional_properties = d
        return diffusion_edge_output

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
