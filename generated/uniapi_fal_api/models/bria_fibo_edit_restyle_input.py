from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_fibo_edit_restyle_input_style import (
    BriaFiboEditRestyleInputStyle,
    check_bria_fibo_edit_restyle_input_style,
)

if TYPE_CHECKING:
    from .bria_fibo_edit_restyle_output import BriaFiboEditRestyleOutput  # noqa: F401


T = TypeVar("T", bound="BriaFiboEditRestyleInput")


@_attrs_define
class BriaFiboEditRestyleInput(
    FalInput["BriaFiboEditRestyleOutput"], endpoint="bria/fibo-edit/restyle"
):
    """Input of `bria/fibo-edit/restyle` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    style: BriaFiboEditRestyleInputStyle
    """One of "3D Render", "Cubism", "Oil Painting", "Anime", "Cartoon", "Coloring Book", "Retro
    Ad", "Pop Art Halftone", ... (13 values)."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        style: str = self.style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "style": style,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        style = check_bria_fibo_edit_restyle_input_style(d.pop("style"))

        bria_fibo_edit_restyle_input = cls(
            image_url=image_url,
            style=style,
        )

        return bria_fibo_edit_restyle_input
