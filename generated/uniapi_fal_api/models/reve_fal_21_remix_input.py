from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.reve_fal_21_remix_input_aspect_ratio import (
    ReveFal21RemixInputAspectRatio,
    check_reve_fal_21_remix_input_aspect_ratio,
)
from ..models.reve_fal_21_remix_input_output_format import (
    ReveFal21RemixInputOutputFormat,
    check_reve_fal_21_remix_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .reve_fal_21_remix_output import ReveFal21RemixOutput  # noqa: F401


T = TypeVar("T", bound="ReveFal21RemixInput")


@_attrs_define
class ReveFal21RemixInput(FalInput["ReveFal21RemixOutput"], endpoint="reve/2.1/remix"):
    """Input of `reve/2.1/remix` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    aspect_ratio: ReveFal21RemixInputAspectRatio | Unset = UNSET
    """One of "4:1", "3:1", "21:9", "2:1", "17:9", "16:9", "3:2", "4:3", ... (18 values). Server
    default: "auto"."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: ReveFal21RemixInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg", "webp". Server default: "png"."""
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
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ReveFal21RemixInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_reve_fal_21_remix_input_aspect_ratio(_aspect_ratio)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ReveFal21RemixInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_reve_fal_21_remix_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        reve_fal_21_remix_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            output_format=output_format,
            sync_mode=sync_mode,
        )

        return reve_fal_21_remix_input
