from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_image_file import MapImageFile


T = TypeVar("T", bound="PatinaOutput")


@_attrs_define
class PatinaOutput:
    """Output of `fal-ai/patina` (unknown)."""

    images: list[MapImageFile]
    """List of MapImageFile."""
    seed: float
    """Number."""
    timings: Any | Unset = UNSET
    """Any value."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        seed = self.seed

        timings = self.timings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "seed": seed,
            }
        )
        if timings is not UNSET:
            field_dict["timings"] = timings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_image_file import MapImageFile  # noqa: PLC0415

        d = dict(src_dict)
        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = MapImageFile.from_dict(images_item_data)

            images.append(images_item)

        seed = d.pop("seed")

        timings = d.pop("timings", UNSET)

        patina_output = cls(
            images=images,
            seed=seed,
            timings=timings,
        )

        patina_output.additional_properties = d
        return patina_output

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
