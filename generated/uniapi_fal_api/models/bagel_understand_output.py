from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bagel_understand_output_timings import BagelUnderstandOutputTimings


T = TypeVar("T", bound="BagelUnderstandOutput")


@_attrs_define
class BagelUnderstandOutput:
    """Output of `fal-ai/bagel/understand` (image-to-json)."""

    text: str
    """Text: string."""
    seed: int
    """Seed: integer."""
    prompt: str
    """Prompt: string."""
    timings: BagelUnderstandOutputTimings
    """Timings: object."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        seed = self.seed

        prompt = self.prompt

        timings = self.timings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "seed": seed,
                "prompt": prompt,
                "timings": timings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bagel_understand_output_timings import (
            BagelUnderstandOutputTimings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        text = d.pop("text")

        seed = d.pop("seed")

        prompt = d.pop("prompt")

        timings = BagelUnderstandOutputTimings.from_dict(d.pop("timings"))

        bagel_understand_output = cls(
            text=text,
            seed=seed,
            prompt=prompt,
            timings=timings,
        )

        bagel_understand_output.additional_properties = d
        return bagel_understand_output

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
