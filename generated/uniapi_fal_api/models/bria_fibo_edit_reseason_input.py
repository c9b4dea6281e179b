from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_fibo_edit_reseason_input_season import (
    BriaFiboEditReseasonInputSeason,
    check_bria_fibo_edit_reseason_input_season,
)

if TYPE_CHECKING:
    from .bria_fibo_edit_reseason_output import BriaFiboEditReseasonOutput  # noqa: F401


T = TypeVar("T", bound="BriaFiboEditReseasonInput")


@_attrs_define
class BriaFiboEditReseasonInput(
    FalInput["BriaFiboEditReseasonOutput"], endpoint="bria/fibo-edit/reseason"
):
    """Input of `bria/fibo-edit/reseason` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    season: BriaFiboEditReseasonInputSeason
    """One of "spring", "summer", "autumn", "winter"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        season: str = self.season

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "season": season,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        season = check_bria_fibo_edit_reseason_input_season(d.pop("season"))

        bria_fibo_edit_reseason_input = cls(
            image_url=image_url,
            season=season,
        )

        return bria_fibo_edit_reseason_input
