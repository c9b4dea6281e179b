from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.patina_input_maps_item import (
    PatinaInputMapsItem,
    check_patina_input_maps_item,
)
from ..models.patina_input_output_format import (
    PatinaInputOutputFormat,
    check_patina_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .patina_output import PatinaOutput  # noqa: F401


T = TypeVar("T", bound="PatinaInput")


@_attrs_define
class PatinaInput(FalInput["PatinaOutput"], endpoint="fal-ai/patina"):
    """Input of `fal-ai/patina` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    maps: list[PatinaInputMapsItem] | Unset = UNSET
    """List of one of "basecolor", "normal", "roughness", "metalness", "height"."""
    output_format: PatinaInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        enable_safety_checker = self.enable_safety_checker

        maps: list[str] | Unset = UNSET
        if not isinstance(self.maps, Unset):
            maps = []
            for maps_item_data in self.maps:
                maps_item: str = maps_item_data
                maps.append(maps_item)

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if maps is not UNSET:
            field_dict["maps"] = maps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _maps = d.pop("maps", UNSET)
        maps: list[PatinaInputMapsItem] | Unset = UNSET
        if _maps is not UNSET:
            maps = []
            for maps_item_data in _maps:
                maps_item = check_patina_input_maps_item(maps_item_data)

                maps.append(maps_item)

        _output_format = d.pop("output_format", UNSET)
        output_format: PatinaInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_patina_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        patina_input = cls(
            image_url=image_url,
            enable_safety_checker=enable_safety_checker,
            maps=maps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
        )

        return patina_input
