from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_product_shot_input_manual_placement_selection import (
    BriaProductShotInputManualPlacementSelection,
    check_bria_product_shot_input_manual_placement_selection,
)
from ..models.bria_product_shot_input_placement_type import (
    BriaProductShotInputPlacementType,
    check_bria_product_shot_input_placement_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_product_shot_output import BriaProductShotOutput  # noqa: F401


T = TypeVar("T", bound="BriaProductShotInput")


@_attrs_define
class BriaProductShotInput(FalInput["BriaProductShotOutput"], endpoint="fal-ai/bria/product-shot"):
    """Input of `fal-ai/bria/product-shot` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    fast: bool | Unset = UNSET
    """Boolean. Server default: true."""
    manual_placement_selection: BriaProductShotInputManualPlacementSelection | Unset = UNSET
    """One of "upper_left", "upper_right", "bottom_left", "bottom_right", "right_center",
    "left_center", "upper_center", "bottom_center", ... (10 values). Server default:
    "bottom_center"."""
    num_results: float | Unset = UNSET
    """Number. Server default: 1."""
    optimize_description: bool | Unset = UNSET
    """Boolean. Server default: true."""
    original_quality: bool | Unset = UNSET
    """Boolean."""
    padding_values: list[float] | Unset = UNSET
    """List of number."""
    placement_type: BriaProductShotInputPlacementType | Unset = UNSET
    """One of "original", "automatic", "manual_placement", "manual_padding". Server default:
    "manual_placement"."""
    ref_image_url: str | Unset = UNSET
    """URL or local file. Server default: ""."""
    scene_description: str | Unset = UNSET
    """String."""
    shot_size: list[float] | Unset = UNSET
    """List of number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        fast = self.fast

        manual_placement_selection: str | Unset = UNSET
        if not isinstance(self.manual_placement_selection, Unset):
            manual_placement_selection = self.manual_placement_selection

        num_results = self.num_results

        optimize_description = self.optimize_description

        original_quality = self.original_quality

        padding_values: list[float] | Unset = UNSET
        if not isinstance(self.padding_values, Unset):
            padding_values = self.padding_values

        placement_type: str | Unset = UNSET
        if not isinstance(self.placement_type, Unset):
            placement_type = self.placement_type

        ref_image_url = self.ref_image_url

        scene_description = self.scene_description

        shot_size: list[float] | Unset = UNSET
        if not isinstance(self.shot_size, Unset):
            shot_size = self.shot_size

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if fast is not UNSET:
            field_dict["fast"] = fast
        if manual_placement_selection is not UNSET:
            field_dict["manual_placement_selection"] = manual_placement_selection
        if num_results is not UNSET:
            field_dict["num_results"] = num_results
        if optimize_description is not UNSET:
            field_dict["optimize_description"] = optimize_description
        if original_quality is not UNSET:
            field_dict["original_quality"] = original_quality
        if padding_values is not UNSET:
            field_dict["padding_values"] = padding_values
        if placement_type is not UNSET:
            field_dict["placement_type"] = placement_type
        if ref_image_url is not UNSET:
            field_dict["ref_image_url"] = ref_image_url
        if scene_description is not UNSET:
            field_dict["scene_description"] = scene_description
        if shot_size is not UNSET:
            field_dict["shot_size"] = shot_size
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        fast = d.pop("fast", UNSET)

        _manual_placement_selection = d.pop("manual_placement_selection", UNSET)
        manual_placement_selection: BriaProductShotInputManualPlacementSelection | Unset
        if isinstance(_manual_placement_selection, Unset):
            manual_placement_selection = UNSET
        else:
            manual_placement_selection = check_bria_product_shot_input_manual_placement_selection(
                _manual_placement_selection
            )

        num_results = d.pop("num_results", UNSET)

        optimize_description = d.pop("optimize_description", UNSET)

        original_quality = d.pop("original_quality", UNSET)

        padding_values = cast(list[float], d.pop("padding_values", UNSET))

        _placement_type = d.pop("placement_type", UNSET)
        placement_type: BriaProductShotInputPlacementType | Unset
        if isinstance(_placement_type, Unset):
            placement_type = UNSET
        else:
            placement_type = check_bria_product_shot_input_placement_type(_placement_type)

        ref_image_url = d.pop("ref_image_url", UNSET)

        scene_description = d.pop("scene_description", UNSET)

        shot_size = cast(list[float], d.pop("shot_size", UNSET))

        sync_mode = d.pop("sync_mode", UNSET)

        bria_product_shot_input = cls(
            image_url=image_url,
            fast=fast,
            manual_placement_selection=manual_placement_selection,
            num_results=num_results,
            optimize_description=optimize_description,
            original_quality=original_quality,
            padding_values=padding_values,
            placement_type=placement_type,
            ref_image_url=ref_image_url,
            scene_description=scene_description,
            shot_size=shot_size,
            sync_mode=sync_mode,
        )

        return bria_product_shot_input
