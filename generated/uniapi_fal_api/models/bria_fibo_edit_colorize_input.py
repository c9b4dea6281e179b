from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_fibo_edit_colorize_input_color import (
    BriaFiboEditColorizeInputColor,
    check_bria_fibo_edit_colorize_input_color,
)

if TYPE_CHECKING:
    from .bria_fibo_edit_colorize_output import BriaFiboEditColorizeOutput  # noqa: F401


T = TypeVar("T", bound="BriaFiboEditColorizeInput")


@_attrs_define
class BriaFiboEditColorizeInput(
    FalInput["BriaFiboEditColorizeOutput"], endpoint="bria/fibo-edit/colorize"
):
    """Input of `bria/fibo-edit/colorize` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    color: BriaFiboEditColorizeInputColor
    """One of "contemporary color", "vivid color", "black and white colors", "sepia vintage"."""
    image_url: str
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        color: str = self.color

        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "color": color,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = check_bria_fibo_edit_colorize_input_color(d.pop("color"))

        image_url = d.pop("image_url")

        bria_fibo_edit_colorize_input = cls(
            color=color,
            image_url=image_url,
        )

        return bria_fibo_edit_colorize_input
