from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vecglypher_image_to_svg_output import VecglypherImageToSvgOutput  # noqa: F401


T = TypeVar("T", bound="VecglypherImageToSvgInput")


@_attrs_define
class VecglypherImageToSvgInput(
    FalInput["VecglypherImageToSvgOutput"], endpoint="fal-ai/vecglypher/image-to-svg"
):
    """Input of `fal-ai/vecglypher/image-to-svg` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    reference_image_urls: list[str]
    """List of string."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    fill_color: str | Unset = UNSET
    """String. Server default: "black"."""
    max_tokens: float | Unset = UNSET
    """Number. Server default: 8192."""
    output_size: float | Unset = UNSET
    """Number. Server default: 512."""
    repetition_penalty: float | Unset = UNSET
    """Number. Server default: 1."""
    seed: float | Unset = UNSET
    """Number."""
    stroke_color: str | Unset = UNSET
    """String."""
    stroke_width: float | Unset = UNSET
    """Number. Server default: 1."""
    temperature: float | Unset = UNSET
    """Number. Server default: 0.1."""
    top_k: float | Unset = UNSET
    """Number. Server default: 5."""
    top_p: float | Unset = UNSET
    """Number. Server default: 0.95."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        reference_image_urls = self.reference_image_urls

        enable_safety_checker = self.enable_safety_checker

        fill_color = self.fill_color

        max_tokens = self.max_tokens

        output_size = self.output_size

        repetition_penalty = self.repetition_penalty

        seed = self.seed

        stroke_color = self.stroke_color

        stroke_width = self.stroke_width

        temperature = self.temperature

        top_k = self.top_k

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if fill_color is not UNSET:
            field_dict["fill_color"] = fill_color
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if output_size is not UNSET:
            field_dict["output_size"] = output_size
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stroke_color is not UNSET:
            field_dict["stroke_color"] = stroke_color
        if stroke_width is not UNSET:
            field_dict["stroke_width"] = stroke_width
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        reference_image_urls = cast(list[str], d.pop("reference_image_urls"))

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        fill_color = d.pop("fill_color", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        output_size = d.pop("output_size", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        seed = d.pop("seed", UNSET)

        stroke_color = d.pop("stroke_color", UNSET)

        stroke_width = d.pop("stroke_width", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        vecglypher_image_to_svg_input = cls(
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            enable_safety_checker=enable_safety_checker,
            fill_color=fill_color,
            max_tokens=max_tokens,
            output_size=output_size,
            repetition_penalty=repetition_penalty,
            seed=seed,
            stroke_color=stroke_color,
            stroke_width=stroke_width,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
        )

        return vecglypher_image_to_svg_input
