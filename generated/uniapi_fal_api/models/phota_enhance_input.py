from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.phota_enhance_input_output_format import (
    PhotaEnhanceInputOutputFormat,
    check_phota_enhance_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .phota_enhance_output import PhotaEnhanceOutput  # noqa: F401


T = TypeVar("T", bound="PhotaEnhanceInput")


@_attrs_define
class PhotaEnhanceInput(FalInput["PhotaEnhanceOutput"], endpoint="fal-ai/phota/enhance"):
    """Input of `fal-ai/phota/enhance` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: PhotaEnhanceInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    profile_ids: list[str] | Unset = UNSET
    """List of string."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        profile_ids: list[str] | Unset = UNSET
        if not isinstance(self.profile_ids, Unset):
            profile_ids = self.profile_ids

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if profile_ids is not UNSET:
            field_dict["profile_ids"] = profile_ids
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: PhotaEnhanceInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_phota_enhance_input_output_format(_output_format)

        profile_ids = cast(list[str], d.pop("profile_ids", UNSET))

        sync_mode = d.pop("sync_mode", UNSET)

        phota_enhance_input = cls(
            image_url=image_url,
            num_images=num_images,
            output_format=output_format,
            profile_ids=profile_ids,
            sync_mode=sync_mode,
        )

        return phota_enhance_input
