from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.microsoft_mai_image_25_pro_edit_input_aspect_ratio import (
    MicrosoftMaiImage25ProEditInputAspectRatio,
    check_microsoft_mai_image_25_pro_edit_input_aspect_ratio,
)
from ..models.microsoft_mai_image_25_pro_edit_input_output_format import (
    MicrosoftMaiImage25ProEditInputOutputFormat,
    check_microsoft_mai_image_25_pro_edit_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .microsoft_mai_image_25_pro_edit_output import MicrosoftMaiImage25ProEditOutput  # noqa: F401


T = TypeVar("T", bound="MicrosoftMaiImage25ProEditInput")


@_attrs_define
class MicrosoftMaiImage25ProEditInput(
    FalInput["MicrosoftMaiImage25ProEditOutput"], endpoint="microsoft/mai-image-2.5-pro/edit"
):
    """Input of `microsoft/mai-image-2.5-pro/edit` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: MicrosoftMaiImage25ProEditInputAspectRatio | Unset = UNSET
    """One of "auto", "1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3". Server default: "auto"."""
    image_url: str | Unset = UNSET
    """URL or local file. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: MicrosoftMaiImage25ProEditInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_url = self.image_url

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
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
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: MicrosoftMaiImage25ProEditInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_microsoft_mai_image_25_pro_edit_input_aspect_ratio(_aspect_ratio)

        image_url = d.pop("image_url", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: MicrosoftMaiImage25ProEditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_microsoft_mai_image_25_pro_edit_input_output_format(
                _output_format
            )

        sync_mode = d.pop("sync_mode", UNSET)

        microsoft_mai_image_25_pro_edit_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            image_url=image_url,
            num_images=num_images,
            output_format=output_format,
            sync_mode=sync_mode,
        )

        return microsoft_mai_image_25_pro_edit_input
