from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .bria_fibo_edit_add_object_by_text_output import (
        BriaFiboEditAddObjectByTextOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BriaFiboEditAddObjectByTextInput")


@_attrs_define
class BriaFiboEditAddObjectByTextInput(
    FalInput["BriaFiboEditAddObjectByTextOutput"], endpoint="bria/fibo-edit/add_object_by_text"
):
    """Input of `bria/fibo-edit/add_object_by_text` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    instruction: str
    """String."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        instruction = self.instruction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        instruction = d.pop("instruction")

        bria_fibo_edit_add_object_by_text_input = cls(
            image_url=image_url,
            instruction=instruction,
        )

        return bria_fibo_edit_add_object_by_text_input
