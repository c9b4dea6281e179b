from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_omnihuman_v15_input_resolution import (
    BytedanceOmnihumanV15InputResolution,
    check_bytedance_omnihuman_v15_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_omnihuman_v15_output import BytedanceOmnihumanV15Output  # noqa: F401


T = TypeVar("T", bound="BytedanceOmnihumanV15Input")


@_attrs_define
class BytedanceOmnihumanV15Input(
    FalInput["BytedanceOmnihumanV15Output"], endpoint="fal-ai/bytedance/omnihuman/v1.5"
):
    """Input of `fal-ai/bytedance/omnihuman/v1.5` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    image_url: str
    """URL or local file."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    prompt: str | Unset = UNSET
    """String."""
    resolution: BytedanceOmnihumanV15InputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "1080p"."""
    turbo_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        image_url = self.image_url

        mask_url = self.mask_url

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        turbo_mode = self.turbo_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "image_url": image_url,
            }
        )
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if turbo_mode is not UNSET:
            field_dict["turbo_mode"] = turbo_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceOmnihumanV15InputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_omnihuman_v15_input_resolution(_resolution)

        turbo_mode = d.pop("turbo_mode", UNSET)

        bytedance_omnihuman_v15_input = cls(
            audio_url=audio_url,
            image_url=image_url,
            mask_url=mask_url,
            prompt=prompt,
            resolution=resolution,
            turbo_mode=turbo_mode,
        )

        return bytedance_omnihuman_v15_input
