from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flux_schnell_output_timings import FluxSchnellOutputTimings
    from ..models.image import Image


T = TypeVar("T", bound="FluxSchnellOutput")


@_attrs_define
class FluxSchnellOutput:
    """
    Example:
        {'images': [{'url': 'https://v3.fal.media/files/panda/flux-schnell-output.jpg', 'content_type': 'image/jpeg',
            'width': 1024, 'height': 768}], 'timings': {'inference': 0.38}, 'seed': 7654321, 'has_nsfw_concepts': [False],
            'prompt': 'a red fox in fresh snow'}

    """

    images: list[Image]
    timings: FluxSchnellOutputTimings | Unset = UNSET
    """ Seconds spent per stage. """
    seed: int | Unset = UNSET
    has_nsfw_concepts: list[bool] | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        timings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timings, Unset):
            timings = self.timings.to_dict()

        seed = self.seed

        has_nsfw_concepts: list[bool] | Unset = UNSET
        if not isinstance(self.has_nsfw_concepts, Unset):
            has_nsfw_concepts = self.has_nsfw_concepts

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
            }
        )
        if timings is not UNSET:
            field_dict["timings"] = timings
        if seed is not UNSET:
            field_dict["seed"] = seed
        if has_nsfw_concepts is not UNSET:
            field_dict["has_nsfw_concepts"] = has_nsfw_concepts
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flux_schnell_output_timings import FluxSchnellOutputTimings  # noqa: PLC0415
        from ..models.image import Image  # noqa: PLC0415

        d = dict(src_dict)
        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = Image.from_dict(images_item_data)

            images.append(images_item)

        _timings = d.pop("timings", UNSET)
        timings: FluxSchnellOutputTimings | Unset
        if isinstance(_timings, Unset):
            timings = UNSET
        else:
            timings = FluxSchnellOutputTimings.from_dict(_timings)

        seed = d.pop("seed", UNSET)

        has_nsfw_concepts = cast(list[bool], d.pop("has_nsfw_concepts", UNSET))

        prompt = d.pop("prompt", UNSET)

        flux_schnell_output = cls(
            images=images,
            timings=timings,
            seed=seed,
            has_nsfw_concepts=has_nsfw_concepts,
            prompt=prompt,
        )

        flux_schnell_output.additional_properties = d
        return flux_schnell_output

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
