from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .imageutils_marigold_depth_output import ImageutilsMarigoldDepthOutput  # noqa: F401


T = TypeVar("T", bound="ImageutilsMarigoldDepthInput")


@_attrs_define
class ImageutilsMarigoldDepthInput(
    FalInput["ImageutilsMarigoldDepthOutput"], endpoint="fal-ai/imageutils/marigold-depth"
):
    """Input of `fal-ai/imageutils/marigold-depth` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    ensemble_size: float | Unset = UNSET
    """Number. Server default: 10."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 10."""
    processing_res: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        ensemble_size = self.ensemble_size

        num_inference_steps = self.num_inference_steps

        processing_res = self.processing_res

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if ensemble_size is not UNSET:
            field_dict["ensemble_size"] = ensemble_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if processing_res is not UNSET:
            field_dict["processing_res"] = processing_res

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        ensemble_size = d.pop("ensemble_size", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        processing_res = d.pop("processing_res", UNSET)

        imageutils_marigold_depth_input = cls(
            image_url=image_url,
            ensemble_size=ensemble_size,
            num_inference_steps=num_inference_steps,
            processing_res=processing_res,
        )

        return imageutils_marigold_depth_input
