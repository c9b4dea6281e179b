from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="StepxEdit2Output")


@_attrs_define
class StepxEdit2Output:
    """Output of `fal-ai/stepx-edit2` (unknown)."""

    has_nsfw_concepts: list[bool]
    """List of boolean."""
    images: list[ImageV5F105F]
    """List of ImageV5F105F."""
    prompt: str
    """String."""
    seed: float
    """Number."""
    timings: Any
    """Any value."""
    best_info: list[Any] | Unset = UNSET
    """List."""
    reformat_prompt: str | Unset = UNSET
    """String."""
    think_info: list[str] | Unset = UNSET
    """List of string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_nsfw_concepts = self.has_nsfw_concepts

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        prompt = self.prompt

        seed = self.seed

        timings = self.timings

        best_info: list[Any] | Unset = UNSET
        if not isinstance(self.best_info, Unset):
            best_info = self.best_info

        reformat_prompt = self.reformat_prompt

        think_info: list[str] | Unset = UNSET
        if not isinstance(self.think_info, Unset):
            think_info = self.think_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_nsfw_concepts": has_nsfw_concepts,
                "images": images,
                "prompt": prompt,
                "seed": seed,
                "timings": timings,
            }
        )
        if best_info is not UNSET:
            field_dict["best_info"] = best_info
        if reformat_prompt is not UNSET:
            field_dict["reformat_prompt"] = reformat_prompt
        if think_info is not UNSET:
            field_dict["think_info"] = think_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        has_nsfw_concepts = cast(list[bool], d.pop("has_nsfw_concepts"))

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = ImageV5F105F.from_dict(images_item_data)

            images.append(images_item)

        prompt = d.pop("prompt")

        seed = d.pop("seed")

        timings = d.pop("timings")

        best_info = cast(list[Any], d.pop("best_info", UNSET))

        reformat_prompt = d.pop("reformat_prompt", UNSET)

        think_info = cast(list[str], d.pop("think_info", UNSET))

        stepx_edit_2_output = cls(
            has_nsfw_concepts=has_nsfw_concepts,
            images=images,
            prompt=prompt,
            seed=seed,
            timings=timings,
            best_info=best_info,
            reformat_prompt=reformat_prompt,
            think_info=think_info,
        )

        stepx_edit_2_output.additional_properties = d
        return stepx_edit_2_output

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
