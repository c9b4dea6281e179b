from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pshuman_output import PshumanOutput  # noqa: F401


T = TypeVar("T", bound="PshumanInput")


@_attrs_define
class PshumanInput(FalInput["PshumanOutput"], endpoint="fal-ai/pshuman"):
    """Input of `fal-ai/pshuman` (image-to-3d). fal no longer lists this endpoint."""

    image_url: str
    """Image Url: string."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 4."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        guidance_scale = self.guidance_scale

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        pshuman_input = cls(
            image_url=image_url,
            guidance_scale=guidance_scale,
            seed=seed,
        )

        return pshuman_input
