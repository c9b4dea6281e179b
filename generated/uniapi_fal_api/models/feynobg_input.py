from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .feynobg_output import FeynobgOutput  # noqa: F401


T = TypeVar("T", bound="FeynobgInput")


@_attrs_define
class FeynobgInput(FalInput["FeynobgOutput"], endpoint="fal-ai/feynobg"):
    """Input of `fal-ai/feynobg` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        feynobg_input = cls(
            image_url=image_url,
            seed=seed,
            sync_mode=sync_mode,
        )

        return feynobg_input
