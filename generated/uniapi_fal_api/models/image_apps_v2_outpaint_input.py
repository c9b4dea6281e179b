from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_outpaint_input_output_format import (
    ImageAppsV2OutpaintInputOutputFormat,
    check_image_apps_v2_outpaint_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_apps_v2_outpaint_output import ImageAppsV2OutpaintOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2OutpaintInput")


@_attrs_define
class ImageAppsV2OutpaintInput(
    FalInput["ImageAppsV2OutpaintOutput"], endpoint="fal-ai/image-apps-v2/outpaint"
):
    """Input of `fal-ai/image-apps-v2/outpaint` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    expand_bottom: float | Unset = UNSET
    """Number."""
    expand_left: float | Unset = UNSET
    """Number."""
    expand_right: float | Unset = UNSET
    """Number."""
    expand_top: float | Unset = UNSET
    """Number."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: ImageAppsV2OutpaintInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg", "jpg", "webp". Server default: "png"."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    zoom_out_percentage: float | Unset = UNSET
    """Number. Server default: 20."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        enable_safety_checker = self.enable_safety_checker

        expand_bottom = self.expand_bottom

        expand_left = self.expand_left

        expand_right = self.expand_right

        expand_top = self.expand_top

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompt = self.prompt

        seed = self.seed

        sync_mode = self.sync_mode

        zoom_out_percentage = self.zoom_out_percentage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if expand_bottom is not UNSET:
            field_dict["expand_bottom"] = expand_bottom
        if expand_left is not UNSET:
            field_dict["expand_left"] = expand_left
        if expand_right is not UNSET:
            field_dict["expand_right"] = expand_right
        if expand_top is not UNSET:
            field_dict["expand_top"] = expand_top
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if zoom_out_percentage is not UNSET:
            field_dict["zoom_out_percentage"] = zoom_out_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        expand_bottom = d.pop("expand_bottom", UNSET)

        expand_left = d.pop("expand_left", UNSET)

        expand_right = d.pop("expand_right", UNSET)

        expand_top = d.pop("expand_top", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageAppsV2OutpaintInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_image_apps_v2_outpaint_input_output_format(_output_format)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        zoom_out_percentage = d.pop("zoom_out_percentage", UNSET)

        image_apps_v2_outpaint_input = cls(
            image_url=image_url,
            enable_safety_checker=enable_safety_checker,
            expand_bottom=expand_bottom,
            expand_left=expand_left,
            expand_right=expand_right,
            expand_top=expand_top,
            num_images=num_images,
            output_format=output_format,
            prompt=prompt,
            seed=seed,
            sync_mode=sync_mode,
            zoom_out_percentage=zoom_out_percentage,
        )

        return image_apps_v2_outpaint_input
