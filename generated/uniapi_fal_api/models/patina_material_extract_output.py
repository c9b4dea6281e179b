from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F
    from ..models.map_image_file import MapImageFile


T = TypeVar("T", bound="PatinaMaterialExtractOutput")


@_attrs_define
class PatinaMaterialExtractOutput:
    """Output of `fal-ai/patina/material/extract` (unknown)."""

    images: list[ImageV5F105F | MapImageFile]
    """List of ImageV5F105F or MapImageFile."""
    prompt: str
    """String."""
    seed: float
    """Number."""
    timings: Any | Unset = UNSET
    """Any value."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        images = []
        for images_item_data in self.images:
            images_item: dict[str, Any]
            if isinstance(images_item_data, ImageV5F105F):
                images_item = images_item_data.to_dict()
            else:
                images_item = images_item_data.to_dict()

            images.append(images_item)

        prompt = self.prompt

        seed = self.seed

        timings = self.timings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "prompt": prompt,
                "seed": seed,
            }
        )
        if timings is not UNSET:
            field_dict["timings"] = timings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415
        from ..models.map_image_file import MapImageFile  # noqa: PLC0415

        d = dict(src_dict)
        images = []
        _images = d.pop("images")
        for images_item_data in _images:

            def _parse_images_item(data: object) -> ImageV5F105F | MapImageFile:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    images_item_type_0 = ImageV5F105F.from_dict(data)

                    return images_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                images_item_type_1 = MapImageFile.from_dict(data)

                return images_item_type_1

            images_item = _parse_images_item(images_item_data)

            images.append(images_item)

        prompt = d.pop("prompt")

        seed = d.pop("seed")

        timings = d.pop("timings", UNSET)

        patina_material_extract_output = cls(
            images=images,
            prompt=prompt,
            seed=seed,
            timings=timings,
        )

        patina_material_extract_output.additional_properties = d
        return patina_material_extract_output

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
