from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_prompt import StructuredPrompt
    from .bria_fibo_generate_structured_prompt_output import (
        BriaFiboGenerateStructuredPromptOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BriaFiboGenerateStructuredPromptInput")


@_attrs_define
class BriaFiboGenerateStructuredPromptInput(
    FalInput["BriaFiboGenerateStructuredPromptOutput"],
    endpoint="bria/fibo/generate/structured_prompt",
):
    """Input of `bria/fibo/generate/structured_prompt` (text-to-json)."""

    prompt: None | str | Unset = UNSET
    """Prompt: string or None."""
    structured_prompt: None | StructuredPrompt | Unset = UNSET
    """StructuredPrompt or None."""
    image_url: None | str | Unset = UNSET
    """Image Url: string or None."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 5555."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.structured_prompt import StructuredPrompt  # noqa: PLC0415

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        structured_prompt: dict[str, Any] | None | Unset
        if isinstance(self.structured_prompt, Unset):
            structured_prompt = UNSET
        elif isinstance(self.structured_prompt, StructuredPrompt):
            structured_prompt = self.structured_prompt.to_dict()
        else:
            structured_prompt = self.structured_prompt

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if structured_prompt is not UNSET:
            field_dict["structured_prompt"] = structured_prompt
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.structured_prompt import StructuredPrompt  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_structured_prompt(data: object) -> None | StructuredPrompt | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                structured_prompt_type_0 = StructuredPrompt.from_dict(data)

                return structured_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StructuredPrompt | Unset, data)

        structured_prompt = _parse_structured_prompt(d.pop("structured_prompt", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        seed = d.pop("seed", UNSET)

        bria_fibo_generate_structured_prompt_input = cls(
            prompt=prompt,
            structured_prompt=structured_prompt,
            image_url=image_url,
            seed=seed,
        )

        return bria_fibo_generate_structured_prompt_input
