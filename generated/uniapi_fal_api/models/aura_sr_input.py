from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.aura_sr_input_checkpoint import (
    AuraSrInputCheckpoint,
    check_aura_sr_input_checkpoint,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .aura_sr_output import AuraSrOutput  # noqa: F401


T = TypeVar("T", bound="AuraSrInput")


@_attrs_define
class AuraSrInput(FalInput["AuraSrOutput"], endpoint="fal-ai/aura-sr"):
    """Input of `fal-ai/aura-sr` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    checkpoint: AuraSrInputCheckpoint | Unset = UNSET
    """One of "v1", "v2". Server default: "v1"."""
    overlapping_tiles: bool | Unset = UNSET
    """Boolean."""
    upscale_factor: float | Unset = UNSET
    """Number. Server default: 4."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        checkpoint: str | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint

        overlapping_tiles = self.overlapping_tiles

        upscale_factor = self.upscale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if overlapping_tiles is not UNSET:
            field_dict["overlapping_tiles"] = overlapping_tiles
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _checkpoint = d.pop("checkpoint", UNSET)
        checkpoint: AuraSrInputCheckpoint | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = check_aura_sr_input_checkpoint(_checkpoint)

        overlapping_tiles = d.pop("overlapping_tiles", UNSET)

        upscale_factor = d.pop("upscale_factor", UNSET)

        aura_sr_input = cls(
            image_url=image_url,
            checkpoint=checkpoint,
            overlapping_tiles=overlapping_tiles,
            upscale_factor=upscale_factor,
        )

        return aura_sr_input
