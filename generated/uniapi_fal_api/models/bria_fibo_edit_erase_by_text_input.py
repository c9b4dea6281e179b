from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .bria_fibo_edit_erase_by_text_output import BriaFiboEditEraseByTextOutput  # noqa: F401


T = TypeVar("T", bound="BriaFiboEditEraseByTextInput")


@_attrs_define
class BriaFiboEditEraseByTextInput(
    FalInput["BriaFiboEditEraseByTextOutput"], endpoint="bria/fibo-edit/erase_by_text"
):
    """Input of `bria/fibo-edit/erase_by_text` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    object_name: str
    """String."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        object_name = self.object_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "object_name": object_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        object_name = d.pop("object_name")

        bria_fibo_edit_erase_by_text_input = cls(
            image_url=image_url,
            object_name=object_name,
        )

        return bria_fibo_edit_erase_by_text_input
