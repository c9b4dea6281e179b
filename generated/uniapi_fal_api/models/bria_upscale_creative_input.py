from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_upscale_creative_output import BriaUpscaleCreativeOutput  # noqa: F401


T = TypeVar("T", bound="BriaUpscaleCreativeInput")


@_attrs_define
class BriaUpscaleCreativeInput(
    FalInput["BriaUpscaleCreativeOutput"], endpoint="bria/upscale/creative"
):
    """Input of `bria/upscale/creative` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str | Unset = UNSET
    """URL or local file. Server default:
    "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png"."""
    preserve_alpha: bool | Unset = UNSET
    """Boolean. Server default: true."""
    seed: float | Unset = UNSET
    """Number. Server default: 5555."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        preserve_alpha = self.preserve_alpha

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if preserve_alpha is not UNSET:
            field_dict["preserve_alpha"] = preserve_alpha
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        preserve_alpha = d.pop("preserve_alpha", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_upscale_creative_input = cls(
            image_url=image_url,
            preserve_alpha=preserve_alpha,
            seed=seed,
            sync_mode=sync_mode,
        )

        return bria_upscale_creative_input
