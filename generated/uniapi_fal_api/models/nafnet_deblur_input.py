from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .nafnet_deblur_output import NafnetDeblurOutput  # noqa: F401


T = TypeVar("T", bound="NafnetDeblurInput")


@_attrs_define
class NafnetDeblurInput(FalInput["NafnetDeblurOutput"], endpoint="fal-ai/nafnet/deblur"):
    """Input of `fal-ai/nafnet/deblur` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        nafnet_deblur_input = cls(
            image_url=image_url,
            seed=seed,
        )

        return nafnet_deblur_input
