from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile
    from ..models.image_vd157ef import ImageVD157EF


T = TypeVar("T", bound="LoraOutput")


@_attrs_define
class LoraOutput:
    """Output of `fal-ai/lora` (text-to-image)."""

    images: list[ImageVD157EF]
    """Images: list of ImageVD157EF."""
    seed: int
    """Seed: integer."""
    has_nsfw_concepts: list[bool]
    """Has Nsfw Concepts: list of boolean."""
    debug_latents: FalFile | Unset = UNSET
    """Debug Latents: FalFile."""
    debug_per_pass_latents: FalFile | Unset = UNSET
    """Debug Per Pass Latents: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        seed = self.seed

        has_nsfw_concepts = self.has_nsfw_concepts

        debug_latents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug_latents, Unset):
            debug_latents = self.debug_latents.to_dict()

        debug_per_pass_latents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug_per_pass_latents, Unset):
            debug_per_pass_latents = self.debug_per_pass_latents.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "seed": seed,
                "has_nsfw_concepts": has_nsfw_concepts,
            }
        )
        if debug_latents is not UNSET:
            field_dict["debug_latents"] = debug_latents
        if debug_per_pass_latents is not UNSET:
            field_dict["debug_per_pass_latents"] = debug_per_pass_latents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415
        from ..models.image_vd157ef import ImageVD157EF  # noqa: PLC0415

        d = dict(src_dict)
        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = ImageVD157EF.from_dict(images_item_data)

            images.append(images_item)

        seed = d.pop("seed")

        has_nsfw_concepts = cast(list[bool], d.pop("has_nsfw_concepts"))

        _debug_latents = d.pop("debug_latents", UNSET)
        debug_latents: FalFile | Unset
        if isinstance(_debug_latents, Unset):
            debug_latents = UNSET
        else:
            debug_latents = FalFile.from_dict(_debug_latents)

        _debug_per_pass_latents = d.pop("debug_per_pass_latents", UNSET)
        debug_per_pass_latents: FalFile | Unset
        if isinstance(_debug_per_pass_latents, Unset):
            debug_per_pass_latents = UNSET
        else:
            debug_per_pass_latents = FalFile.from_dict(_debug_per_pass_latents)

        lora_output = cls(
            images=images,
            seed=seed,
            has_nsfw_concepts=has_nsfw_concepts,
            debug_latents=debug_latents,
            debug_per_pass_latents=debug_per_pass_latents,
        )

        lora_output.additional_properties = d
        return lora_output

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
