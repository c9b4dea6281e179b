from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_product_dimensions_input_output_format import (
    BriaProductDimensionsInputOutputFormat,
    check_bria_product_dimensions_input_output_format,
)
from ..models.bria_product_dimensions_input_style import (
    BriaProductDimensionsInputStyle,
    check_bria_product_dimensions_input_style,
)
from ..models.bria_product_dimensions_input_title_position import (
    BriaProductDimensionsInputTitlePosition,
    check_bria_product_dimensions_input_title_position,
)
from ..models.bria_product_dimensions_input_units_display import (
    BriaProductDimensionsInputUnitsDisplay,
    check_bria_product_dimensions_input_units_display,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capacity_input import CapacityInput
    from ..models.dimension_entry import DimensionEntry
    from ..models.weight_input import WeightInput
    from .bria_product_dimensions_output import BriaProductDimensionsOutput  # noqa: F401


T = TypeVar("T", bound="BriaProductDimensionsInput")


@_attrs_define
class BriaProductDimensionsInput(
    FalInput["BriaProductDimensionsOutput"], endpoint="bria/product-dimensions"
):
    """Input of `bria/product-dimensions` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    dimensions: list[DimensionEntry]
    """List of DimensionEntry."""
    image: str
    """String."""
    style: BriaProductDimensionsInputStyle
    """One of "default", "childlike", "elegant"."""
    background: str | Unset = UNSET
    """String. Server default: "white"."""
    capacity: CapacityInput | Unset = UNSET
    """CapacityInput."""
    output_format: BriaProductDimensionsInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg", "dual". Server default: "png"."""
    output_size: float | Unset = UNSET
    """Number. Server default: 2200."""
    proportional_lines: bool | Unset = UNSET
    """Boolean. Server default: true."""
    sync: bool | Unset = UNSET
    """Boolean."""
    title: str | Unset = UNSET
    """String."""
    title_position: BriaProductDimensionsInputTitlePosition | Unset = UNSET
    """One of "top_left", "top_center", "top_right". Server default: "top_center"."""
    units_display: BriaProductDimensionsInputUnitsDisplay | Unset = UNSET
    """One of "single", "dual_bullet", "dual_slash", "dual_parens". Server default: "single"."""
    weight: WeightInput | Unset = UNSET
    """WeightInput."""

    def to_dict(self) -> dict[str, Any]:
        dimensions = []
        for dimensions_item_data in self.dimensions:
            dimensions_item = dimensions_item_data.to_dict()
            dimensions.append(dimensions_item)

        image = self.image

        style: str = self.style

        background = self.background

        capacity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capacity, Unset):
            capacity = self.capacity.to_dict()

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        output_size = self.output_size

        proportional_lines = self.proportional_lines

        sync = self.sync

        title = self.title

        title_position: str | Unset = UNSET
        if not isinstance(self.title_position, Unset):
            title_position = self.title_position

        units_display: str | Unset = UNSET
        if not isinstance(self.units_display, Unset):
            units_display = self.units_display

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dimensions": dimensions,
                "image": image,
                "style": style,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_size is not UNSET:
            field_dict["output_size"] = output_size
        if proportional_lines is not UNSET:
            field_dict["proportional_lines"] = proportional_lines
        if sync is not UNSET:
            field_dict["sync"] = sync
        if title is not UNSET:
            field_dict["title"] = title
        if title_position is not UNSET:
            field_dict["title_position"] = title_position
        if units_display is not UNSET:
            field_dict["units_display"] = units_display
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capacity_input import CapacityInput  # noqa: PLC0415
        from ..models.dimension_entry import DimensionEntry  # noqa: PLC0415
        from ..models.weight_input import WeightInput  # noqa: PLC0415

        d = dict(src_dict)
        dimensions = []
        _dimensions = d.pop("dimensions")
        for dimensions_item_data in _dimensions:
            dimensions_item = DimensionEntry.from_dict(dimensions_item_data)

            dimensions.append(dimensions_item)

        image = d.pop("image")

        style = check_bria_product_dimensions_input_style(d.pop("style"))

        background = d.pop("background", UNSET)

        _capacity = d.pop("capacity", UNSET)
        capacity: CapacityInput | Unset
        if isinstance(_capacity, Unset):
            capacity = UNSET
        else:
            capacity = CapacityInput.from_dict(_capacity)

        _output_format = d.pop("output_format", UNSET)
        output_format: BriaProductDimensionsInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_bria_product_dimensions_input_output_format(_output_format)

        output_size = d.pop("output_size", UNSET)

        proportional_lines = d.pop("proportional_lines", UNSET)

        sync = d.pop("sync", UNSET)

        title = d.pop("title", UNSET)

        _title_position = d.pop("title_position", UNSET)
        title_position: BriaProductDimensionsInputTitlePosition | Unset
        if isinstance(_title_position, Unset):
            title_position = UNSET
        else:
            title_position = check_bria_product_dimensions_input_title_position(_title_position)

        _units_display = d.pop("units_display", UNSET)
        units_display: BriaProductDimensionsInputUnitsDisplay | Unset
        if isinstance(_units_display, Unset):
            units_display = UNSET
        else:
            units_display = check_bria_product_dimensions_input_units_display(_units_display)

        _weight = d.pop("weight", UNSET)
        weight: WeightInput | Unset
        if isinstance(_weight, Unset):
            weight = UNSET
        else:
            weight = WeightInput.from_dict(_weight)

        bria_product_dimensions_input = cls(
            dimensions=dimensions,
            image=image,
            style=style,
            background=background,
            capacity=capacity,
            output_format=output_format,
            output_size=output_size,
            proportional_lines=proportional_lines,
            sync=sync,
            title=title,
            title_position=title_position,
            units_display=units_display,
            weight=weight,
        )

        return bria_product_dimensions_input
