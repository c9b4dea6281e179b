from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="BerniniREditImageOutput")


@_attrs_define
class BerniniREditImageOutput:
    """Output of `fal-ai/bernini-r/edit-image` (unknown)."""

    image: ImageV5F105F
    """ImageV5F105F."""
    seed: float
    """Number."""
    actual_prompt: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        seed = self.seed

        actual_prompt = self.actual_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "seed": seed,
            }
        )
        if actual_prompt is not UNSET:
            field_dict["actual_prompt"] = actual_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        image = ImageV5F105F.from_dict(d.pop("image"))

        seed = d.pop("seed")

        actual_prompt = d.pop("actual_prompt", UNSET)

        bernini_r_edit_image_output = cls(
            image=image,
            seed=seed,
            actual_prompt=actual_prompt,
        )

        bernini_r_edit_image_output.additional_properties = d
        return bernini_r_edit_image_output

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
