from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.perceptron_isaac_01_input_response_style import (
    PerceptronIsaac01InputResponseStyle,
    check_perceptron_isaac_01_input_response_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .perceptron_isaac_01_output import PerceptronIsaac01Output  # noqa: F401


T = TypeVar("T", bound="PerceptronIsaac01Input")


@_attrs_define
class PerceptronIsaac01Input(FalInput["PerceptronIsaac01Output"], endpoint="perceptron/isaac-01"):
    """Input of `perceptron/isaac-01` (vision)."""

    image_url: str
    """Image Url: string."""
    prompt: str
    """Prompt: string."""
    response_style: PerceptronIsaac01InputResponseStyle | Unset = UNSET
    """Response Style: one of "text", "box", "point", "polygon". Server default: "text"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if response_style is not UNSET:
            field_dict["response_style"] = response_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _response_style = d.pop("response_style", UNSET)
        response_style: PerceptronIsaac01InputResponseStyle | Unset
        if isinstance(_response_style, Unset):
            response_style = UNSET
        else:
            response_style = check_perceptron_isaac_01_input_response_style(_response_style)

        perceptron_isaac_01_input = cls(
            image_url=image_url,
            prompt=prompt,
            response_style=response_style,
        )

        return perceptron_isaac_01_input
