from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flashtalk_output import FlashtalkOutput  # noqa: F401


T = TypeVar("T", bound="FlashtalkInput")


@_attrs_define
class FlashtalkInput(FalInput["FlashtalkOutput"], endpoint="fal-ai/flashtalk"):
    """Input of `fal-ai/flashtalk` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    image_url: str
    """URL or local file."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        image_url = self.image_url

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        flashtalk_input = cls(
            audio_url=audio_url,
            image_url=image_url,
            seed=seed,
        )

        return flashtalk_input
