from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.phota_input_aspect_ratio import (
    PhotaInputAspectRatio,
    check_phota_input_aspect_ratio,
)
from ..models.phota_input_output_format import (
    PhotaInputOutputFormat,
    check_phota_input_output_format,
)
from ..models.phota_input_resolution import (
    PhotaInputResolution,
    check_phota_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .phota_output import PhotaOutput  # noqa: F401


T = TypeVar("T", bound="PhotaInput")


@_attrs_define
class PhotaInput(FalInput["PhotaOutput"], endpoint="fal-ai/phota"):
    """Input of `fal-ai/phota` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: PhotaInputAspectRatio | Unset = UNSET
    """One of "auto", "1:1", "16:9", "4:3", "3:4", "9:16". Server default: "auto"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: PhotaInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    resolution: PhotaInputResolution | Unset = UNSET
    """One of "1K", "4K". Server default: "1K"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PhotaInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_phota_input_aspect_ratio(_aspect_ratio)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: PhotaInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_phota_input_output_format(_output_format)

        _resolution = d.pop("resolution", UNSET)
        resolution: PhotaInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_phota_input_resolution(_resolution)

        sync_mode = d.pop("sync_mode", UNSET)

        phota_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            output_format=output_format,
            resolution=resolution,
            sync_mode=sync_mode,
        )

        return phota_input
