from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.phota_edit_input_aspect_ratio import (
    PhotaEditInputAspectRatio,
    check_phota_edit_input_aspect_ratio,
)
from ..models.phota_edit_input_output_format import (
    PhotaEditInputOutputFormat,
    check_phota_edit_input_output_format,
)
from ..models.phota_edit_input_resolution import (
    PhotaEditInputResolution,
    check_phota_edit_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .phota_edit_output import PhotaEditOutput  # noqa: F401


T = TypeVar("T", bound="PhotaEditInput")


@_attrs_define
class PhotaEditInput(FalInput["PhotaEditOutput"], endpoint="fal-ai/phota/edit"):
    """Input of `fal-ai/phota/edit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    aspect_ratio: PhotaEditInputAspectRatio | Unset = UNSET
    """One of "auto", "1:1", "16:9", "4:3", "3:4", "9:16". Server default: "auto"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: PhotaEditInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    profile_ids: list[str] | Unset = UNSET
    """List of string."""
    resolution: PhotaEditInputResolution | Unset = UNSET
    """One of "1K", "4K". Server default: "1K"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        profile_ids: list[str] | Unset = UNSET
        if not isinstance(self.profile_ids, Unset):
            profile_ids = self.profile_ids

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if profile_ids is not UNSET:
            field_dict["profile_ids"] = profile_ids
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PhotaEditInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_phota_edit_input_aspect_ratio(_aspect_ratio)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: PhotaEditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_phota_edit_input_output_format(_output_format)

        profile_ids = cast(list[str], d.pop("profile_ids", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: PhotaEditInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_phota_edit_input_resolution(_resolution)

        sync_mode = d.pop("sync_mode", UNSET)

        phota_edit_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            output_format=output_format,
            profile_ids=profile_ids,
            resolution=resolution,
            sync_mode=sync_mode,
        )

        return phota_edit_input
