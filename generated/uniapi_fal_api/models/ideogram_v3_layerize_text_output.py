from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="IdeogramV3LayerizeTextOutput")


@_attrs_define
class IdeogramV3LayerizeTextOutput:
    """Output of `fal-ai/ideogram/v3/layerize-text` (unknown)."""

    image: FalFileV6E13DB
    """FalFileV6E13DB."""
    prompt: str
    """String."""
    seed: float
    """Number."""
    image_layers: list[Any] | Unset = UNSET
    """List."""
    text_containers: list[Any] | Unset = UNSET
    """List."""
    text_html: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        prompt = self.prompt

        seed = self.seed

        image_layers: list[Any] | Unset = UNSET
        if not isinstance(self.image_layers, Unset):
            image_layers = self.image_layers

        text_containers: list[Any] | Unset = UNSET
        if not isinstance(self.text_containers, Unset):
            text_containers = self.text_containers

        text_html = self.text_html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
                "seed": seed,
            }
        )
        if image_layers is not UNSET:
            field_dict["image_layers"] = image_layers
        if text_containers is not UNSET:
            field_dict["text_containers"] = text_containers
        if text_html is not UNSET:
            field_dict["text_html"] = text_html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        image = FalFileV6E13DB.from_dict(d.pop("image"))

        prompt = d.pop("prompt")

        seed = d.pop("seed")

        image_layers = cast(list[Any], d.pop("image_layers", UNSET))

        text_containers = cast(list[Any], d.pop("text_containers", UNSET))

        text_html = d.pop("text_html", UNSET)

        ideogram_v3_layerize_text_output = cls(
            image=image,
            prompt=prompt,
            seed=seed,
            image_layers=image_layers,
            text_containers=text_containers,
            text_html=text_html,
        )

        ideogram_v3_layerize_text_output.additional_properties = d
        return ideogram_v3_layerize_text_output

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
