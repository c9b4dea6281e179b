from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="LcmSd15I2IOutput")


@_attrs_define
class LcmSd15I2IOutput:
    """Output of `fal-ai/lcm-sd15-i2i` (unknown)."""

    images: list[ImageV5F105F]
    """List of ImageV5F105F."""
    nsfw_content_detected: list[bool]
    """List of boolean."""
    seed: float
    """Number."""
    timings: Any
    """Any value."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 4."""
    request_id: str | Unset = UNSET
    """String. Server default: ""."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        nsfw_content_detected = self.nsfw_content_detected

        seed = self.seed

        timings = self.timings

        num_inference_steps = self.num_inference_steps

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "nsfw_content_detected": nsfw_content_detected,
                "seed": seed,
                "timings": timings,
            }
        )
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = ImageV5F105F.from_dict(images_item_data)

            images.append(images_item)

        nsfw_content_detected = cast(list[bool], d.pop("nsfw_content_detected"))

        seed = d.pop("seed")

        timings = d.pop("timings")

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        request_id = d.pop("request_id", UNSET)

        lcm_sd_15i2i_output = cls(
            images=images,
            nsfw_content_detected=nsfw_content_detected,
            seed=seed,
            timings=timings,
            num_inference_steps=num_inference_steps,
            request_id=request_id,
        )

        lcm_sd_15i2i_output.additional_properties = d
        return lcm_sd_15i2i_output

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
