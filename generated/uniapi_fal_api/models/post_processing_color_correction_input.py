from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_color_correction_output import (
        PostProcessingColorCorrectionOutput,  # noqa: F401
    )


T = TypeVar("T", bound="PostProcessingColorCorrectionInput")


@_attrs_define
class PostProcessingColorCorrectionInput(
    FalInput["PostProcessingColorCorrectionOutput"],
    endpoint="fal-ai/post-processing/color-correction",
):
    """Input of `fal-ai/post-processing/color-correction` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    brightness: float | Unset = UNSET
    """Number."""
    contrast: float | Unset = UNSET
    """Number."""
    gamma: float | Unset = UNSET
    """Number. Server default: 1."""
    saturation: float | Unset = UNSET
    """Number."""
    temperature: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        brightness = self.brightness

        contrast = self.contrast

        gamma = self.gamma

        saturation = self.saturation

        temperature = self.temperature

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if brightness is not UNSET:
            field_dict["brightness"] = brightness
        if contrast is not UNSET:
            field_dict["contrast"] = contrast
        if gamma is not UNSET:
            field_dict["gamma"] = gamma
        if saturation is not UNSET:
            field_dict["saturation"] = saturation
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        brightness = d.pop("brightness", UNSET)

        contrast = d.pop("contrast", UNSET)

        gamma = d.pop("gamma", UNSET)

        saturation = d.pop("saturation", UNSET)

        temperature = d.pop("temperature", UNSET)

        post_processing_color_correction_input = cls(
            image_url=image_url,
            brightness=brightness,
            contrast=contrast,
            gamma=gamma,
            saturation=saturation,
            temperature=temperature,
        )

        return post_processing_color_correction_input
