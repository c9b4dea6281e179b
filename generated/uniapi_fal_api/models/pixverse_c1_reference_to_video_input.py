from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_c1_reference_to_video_input_aspect_ratio import (
    PixverseC1ReferenceToVideoInputAspectRatio,
    check_pixverse_c1_reference_to_video_input_aspect_ratio,
)
from ..models.pixverse_c1_reference_to_video_input_resolution import (
    PixverseC1ReferenceToVideoInputResolution,
    check_pixverse_c1_reference_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_reference import ImageReference
    from .pixverse_c1_reference_to_video_output import PixverseC1ReferenceToVideoOutput  # noqa: F401


T = TypeVar("T", bound="PixverseC1ReferenceToVideoInput")


@_attrs_define
class PixverseC1ReferenceToVideoInput(
    FalInput["PixverseC1ReferenceToVideoOutput"], endpoint="fal-ai/pixverse/c1/reference-to-video"
):
    """Input of `fal-ai/pixverse/c1/reference-to-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_references: list[ImageReference]
    """List of ImageReference."""
    prompt: str
    """String."""
    aspect_ratio: PixverseC1ReferenceToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9". Server default: "16:9"."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    generate_audio_switch: bool | Unset = UNSET
    """Boolean."""
    resolution: PixverseC1ReferenceToVideoInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_references = []
        for image_references_item_data in self.image_references:
            image_references_item = image_references_item_data.to_dict()
            image_references.append(image_references_item)

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        generate_audio_switch = self.generate_audio_switch

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_references": image_references,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio_switch is not UNSET:
            field_dict["generate_audio_switch"] = generate_audio_switch
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_reference import ImageReference  # noqa: PLC0415

        d = dict(src_dict)
        image_references = []
        _image_references = d.pop("image_references")
        for image_references_item_data in _image_references:
            image_references_item = ImageReference.from_dict(image_references_item_data)

            image_references.append(image_references_item)

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PixverseC1ReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pixverse_c1_reference_to_video_input_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        generate_audio_switch = d.pop("generate_audio_switch", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseC1ReferenceToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_c1_reference_to_video_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        pixverse_c1_reference_to_video_input = cls(
            image_references=image_references,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            generate_audio_switch=generate_audio_switch,
            resolution=resolution,
            seed=seed,
        )

        return pixverse_c1_reference_to_video_input
