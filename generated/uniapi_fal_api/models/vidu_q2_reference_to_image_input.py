from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q2_reference_to_image_input_aspect_ratio import (
    ViduQ2ReferenceToImageInputAspectRatio,
    check_vidu_q2_reference_to_image_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q2_reference_to_image_output import ViduQ2ReferenceToImageOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ2ReferenceToImageInput")


@_attrs_define
class ViduQ2ReferenceToImageInput(
    FalInput["ViduQ2ReferenceToImageOutput"], endpoint="fal-ai/vidu/q2/reference-to-image"
):
    """Input of `fal-ai/vidu/q2/reference-to-image` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    reference_image_urls: list[str]
    """List of string."""
    aspect_ratio: ViduQ2ReferenceToImageInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1". Server default: "16:9"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        reference_image_urls = self.reference_image_urls

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        reference_image_urls = cast(list[str], d.pop("reference_image_urls"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ViduQ2ReferenceToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_q2_reference_to_image_input_aspect_ratio(_aspect_ratio)

        seed = d.pop("seed", UNSET)

        vidu_q2_reference_to_image_input = cls(
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            aspect_ratio=aspect_ratio,
            seed=seed,
        )

        return vidu_q2_reference_to_image_input
