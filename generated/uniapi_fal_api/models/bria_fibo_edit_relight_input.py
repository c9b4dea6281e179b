from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_fibo_edit_relight_input_light_direction import (
    BriaFiboEditRelightInputLightDirection,
    check_bria_fibo_edit_relight_input_light_direction,
)
from ..models.bria_fibo_edit_relight_input_light_type import (
    BriaFiboEditRelightInputLightType,
    check_bria_fibo_edit_relight_input_light_type,
)

if TYPE_CHECKING:
    from .bria_fibo_edit_relight_output import BriaFiboEditRelightOutput  # noqa: F401


T = TypeVar("T", bound="BriaFiboEditRelightInput")


@_attrs_define
class BriaFiboEditRelightInput(
    FalInput["BriaFiboEditRelightOutput"], endpoint="bria/fibo-edit/relight"
):
    """Input of `bria/fibo-edit/relight` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    light_direction: BriaFiboEditRelightInputLightDirection
    """One of "front", "side", "bottom", "top-down"."""
    light_type: BriaFiboEditRelightInputLightType
    """One of "midday", "blue hour light", "low-angle sunlight", "sunrise light", "spotlight on
    subject", "overcast light", "soft overcast daylight lighting", "cloud-filtered lighting",
    ... (13 values)."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        light_direction: str = self.light_direction

        light_type: str = self.light_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "light_direction": light_direction,
                "light_type": light_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        light_direction = check_bria_fibo_edit_relight_input_light_direction(
            d.pop("light_direction")
        )

        light_type = check_bria_fibo_edit_relight_input_light_type(d.pop("light_type"))

        bria_fibo_edit_relight_input = cls(
            image_url=image_url,
            light_direction=light_direction,
            light_type=light_type,
        )

        return bria_fibo_edit_relight_input
