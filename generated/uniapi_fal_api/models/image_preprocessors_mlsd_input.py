from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_preprocessors_mlsd_output import ImagePreprocessorsMlsdOutput  # noqa: F401


T = TypeVar("T", bound="ImagePreprocessorsMlsdInput")


@_attrs_define
class ImagePreprocessorsMlsdInput(
    FalInput["ImagePreprocessorsMlsdOutput"], endpoint="fal-ai/image-preprocessors/mlsd"
):
    """Input of `fal-ai/image-preprocessors/mlsd` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    distance_threshold: float | Unset = UNSET
    """Number. Server default: 0.1."""
    score_threshold: float | Unset = UNSET
    """Number. Server default: 0.1."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        distance_threshold = self.distance_threshold

        score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if distance_threshold is not UNSET:
            field_dict["distance_threshold"] = distance_threshold
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        distance_threshold = d.pop("distance_threshold", UNSET)

        score_threshold = d.pop("score_threshold", UNSET)

        image_preprocessors_mlsd_input = cls(
            image_url=image_url,
            distance_threshold=distance_threshold,
            score_threshold=score_threshold,
        )

        return image_preprocessors_mlsd_input
