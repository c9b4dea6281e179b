from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.smart_resize_input_output_format import (
    SmartResizeInputOutputFormat,
    check_smart_resize_input_output_format,
)
from ..models.smart_resize_input_resolution import (
    SmartResizeInputResolution,
    check_smart_resize_input_resolution,
)
from ..models.smart_resize_input_safety_tolerance import (
    SmartResizeInputSafetyTolerance,
    check_smart_resize_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .smart_resize_output import SmartResizeOutput  # noqa: F401


T = TypeVar("T", bound="SmartResizeInput")


@_attrs_define
class SmartResizeInput(FalInput["SmartResizeOutput"], endpoint="fal-ai/smart-resize"):
    """Input of `fal-ai/smart-resize` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    target_sizes: list[str]
    """List of string."""
    num_images_per_size: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: SmartResizeInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resolution: SmartResizeInputResolution | Unset = UNSET
    """One of "1K", "2K", "4K". Server default: "1K"."""
    safety_tolerance: SmartResizeInputSafetyTolerance | Unset = UNSET
    """One of "1", "2", "3", "4", "5", "6". Server default: "4"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        target_sizes = self.target_sizes

        num_images_per_size = self.num_images_per_size

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "target_sizes": target_sizes,
            }
        )
        if num_images_per_size is not UNSET:
            field_dict["num_images_per_size"] = num_images_per_size
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        target_sizes = cast(list[str], d.pop("target_sizes"))

        num_images_per_size = d.pop("num_images_per_size", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: SmartResizeInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_smart_resize_input_output_format(_output_format)

        prompt = d.pop("prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: SmartResizeInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_smart_resize_input_resolution(_resolution)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: SmartResizeInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_smart_resize_input_safety_tolerance(_safety_tolerance)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        smart_resize_input = cls(
            image_url=image_url,
            target_sizes=target_sizes,
            num_images_per_size=num_images_per_size,
            output_format=output_format,
            prompt=prompt,
            resolution=resolution,
            safety_tolerance=safety_tolerance,
            seed=seed,
            sync_mode=sync_mode,
        )

        return smart_resize_input
