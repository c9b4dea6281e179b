from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sam3d_body_person_metadata import SAM3DBodyPersonMetadata


T = TypeVar("T", bound="SAM3DBodyMetadata")


@_attrs_define
class SAM3DBodyMetadata:
    num_people: int
    """Integer."""
    people: list[SAM3DBodyPersonMetadata]
    """List of SAM3DBodyPersonMetadata."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_people = self.num_people

        people = []
        for people_item_data in self.people:
            people_item = people_item_data.to_dict()
            people.append(people_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "num_people": num_people,
                "people": people,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sam3d_body_person_metadata import SAM3DBodyPersonMetadata  # noqa: PLC0415

        d = dict(src_dict)
        num_people = d.pop("num_people")

        people = []
        _people = d.pop("people")
        for people_item_data in _people:
            people_item = SAM3DBodyPersonMetadata.from_dict(people_item_data)

            people.append(people_item)

        sam3d_body_metadata = cls(
            num_people=num_people,
            people=people,
        )

        sam3d_body_metadata.additional_properties = d
        return sam3d_body_metadata

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
