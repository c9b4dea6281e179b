from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_2_svg_input_colormode import (
    Image2SvgInputColormode,
    check_image_2_svg_input_colormode,
)
from ..models.image_2_svg_input_hierarchical import (
    Image2SvgInputHierarchical,
    check_image_2_svg_input_hierarchical,
)
from ..models.image_2_svg_input_mode import (
    Image2SvgInputMode,
    check_image_2_svg_input_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_2_svg_output import Image2SvgOutput  # noqa: F401


T = TypeVar("T", bound="Image2SvgInput")


@_attrs_define
class Image2SvgInput(FalInput["Image2SvgOutput"], endpoint="fal-ai/image2svg"):
    """Input of `fal-ai/image2svg` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    color_precision: float | Unset = UNSET
    """Number. Server default: 6."""
    colormode: Image2SvgInputColormode | Unset = UNSET
    """One of "color", "binary". Server default: "color"."""
    corner_threshold: float | Unset = UNSET
    """Number. Server default: 60."""
    filter_speckle: float | Unset = UNSET
    """Number. Server default: 4."""
    hierarchical: Image2SvgInputHierarchical | Unset = UNSET
    """One of "stacked", "cutout". Server default: "stacked"."""
    layer_difference: float | Unset = UNSET
    """Number. Server default: 16."""
    length_threshold: float | Unset = UNSET
    """Number. Server default: 4."""
    max_iterations: float | Unset = UNSET
    """Number. Server default: 10."""
    mode: Image2SvgInputMode | Unset = UNSET
    """One of "spline", "polygon". Server default: "spline"."""
    path_precision: float | Unset = UNSET
    """Number. Server default: 3."""
    splice_threshold: float | Unset = UNSET
    """Number. Server default: 45."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        color_precision = self.color_precision

        colormode: str | Unset = UNSET
        if not isinstance(self.colormode, Unset):
            colormode = self.colormode

        corner_threshold = self.corner_threshold

        filter_speckle = self.filter_speckle

        hierarchical: str | Unset = UNSET
        if not isinstance(self.hierarchical, Unset):
            hierarchical = self.hierarchical

        layer_difference = self.layer_difference

        length_threshold = self.length_threshold

        max_iterations = self.max_iterations

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        path_precision = self.path_precision

        splice_threshold = self.splice_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if color_precision is not UNSET:
            field_dict["color_precision"] = color_precision
        if colormode is not UNSET:
            field_dict["colormode"] = colormode
        if corner_threshold is not UNSET:
            field_dict["corner_threshold"] = corner_threshold
        if filter_speckle is not UNSET:
            field_dict["filter_speckle"] = filter_speckle
        if hierarchical is not UNSET:
            field_dict["hierarchical"] = hierarchical
        if layer_difference is not UNSET:
            field_dict["layer_difference"] = layer_difference
        if length_threshold is not UNSET:
            field_dict["length_threshold"] = length_threshold
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if mode is not UNSET:
            field_dict["mode"] = mode
        if path_precision is not UNSET:
            field_dict["path_precision"] = path_precision
        if splice_threshold is not UNSET:
            field_dict["splice_threshold"] = splice_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        color_precision = d.pop("color_precision", UNSET)

        _colormode = d.pop("colormode", UNSET)
        colormode: Image2SvgInputColormode | Unset
        if isinstance(_colormode, Unset):
            colormode = UNSET
        else:
            colormode = check_image_2_svg_input_colormode(_colormode)

        corner_threshold = d.pop("corner_threshold", UNSET)

        filter_speckle = d.pop("filter_speckle", UNSET)

        _hierarchical = d.pop("hierarchical", UNSET)
        hierarchical: Image2SvgInputHierarchical | Unset
        if isinstance(_hierarchical, Unset):
            hierarchical = UNSET
        else:
            hierarchical = check_image_2_svg_input_hierarchical(_hierarchical)

        layer_difference = d.pop("layer_difference", UNSET)

        length_threshold = d.pop("length_threshold", UNSET)

        max_iterations = d.pop("max_iterations", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: Image2SvgInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_image_2_svg_input_mode(_mode)

        path_precision = d.pop("path_precision", UNSET)

        splice_threshold = d.pop("splice_threshold", UNSET)

        image_2_svg_input = cls(
            image_url=image_url,
            color_precision=color_precision,
            colormode=colormode,
            corner_threshold=corner_threshold,
            filter_speckle=filter_speckle,
            hierarchical=hierarchical,
            layer_difference=layer_difference,
            length_threshold=length_threshold,
            max_iterations=max_iterations,
            mode=mode,
            path_precision=path_precision,
            splice_threshold=splice_threshold,
        )

        return image_2_svg_input
