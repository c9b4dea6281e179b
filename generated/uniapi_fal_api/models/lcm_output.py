from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.lcm_output_timings import LcmOutputTimings


T = TypeVar("T", bound="LcmOutput")


@_attrs_define
class LcmOutput:
    """Output of `fal-ai/lcm` (text-to-image). fal no longer lists this endpoint."""

    images: list[Image]
    """Images: list of Image."""
    timings: LcmOutputTimings
    """Timings: object."""
    seed: int
    """Seed: integer."""
    nsfw_content_detected: list[bool]
    """Nsfw Content Detected: list of boolean."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer. Server default: 4."""
    request_id: str | Unset = UNSET
    """Request Id: string. Server default: ""."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        timings = self.timings.to_dict()

        seed = self.seed

        nsfw_content_detected = self.nsfw_content_detected

        num_inference_steps = self.num_inference_steps

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "timings": timings,
                "seed": seed,
                "nsfw_content_detected": nsfw_content_detected,
            }
        )
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image import Image  # noqa: PLC0415
        from ..models.lcm_output_timings import LcmOutputTimings  # noqa: PLC0415

        d = dict(src_dict)
        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = Image.from_dict(images_item_data)

            images.append(images_item)

        timings = LcmOutputTimings.from_dict(d.pop("timings"))

        seed = d.pop("seed")

        nsfw_content_detected = cast(list[bool], d.pop("nsfw_content_detected"))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        request_id = d.pop("request_id", UNSET)

        lcm_output = cls(
            images=images,
            timings=timings,
            seed=seed,
            nsfw_content_detected=nsfw_content_detected,
            num_inference_steps=num_inference_steps,
            request_id=request_id,
        )

        lcm_output.additional_properties = d
        return lcm_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
