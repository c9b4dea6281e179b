from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .bria_fibo_edit_rewrite_text_output import BriaFiboEditRewriteTextOutput  # noqa: F401


T = TypeVar("T", bound="BriaFiboEditRewriteTextInput")


@_attrs_define
class BriaFiboEditRewriteTextInput(
    FalInput["BriaFiboEditRewriteTextOutput"], endpoint="bria/fibo-edit/rewrite_text"
):
    """Input of `bria/fibo-edit/rewrite_text` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    new_text: str
    """String."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        new_text = self.new_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "new_text": new_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        new_text = d.pop("new_text")

        bria_fibo_edit_rewrite_text_input = cls(
            image_url=image_url,
            new_text=new_text,
        )

        return bria_fibo_edit_rewrite_text_input
