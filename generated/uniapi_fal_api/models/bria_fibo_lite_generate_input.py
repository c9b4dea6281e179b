from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_fibo_lite_generate_input_aspect_ratio import (
    BriaFiboLiteGenerateInputAspectRatio,
    check_bria_fibo_lite_generate_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.structured_prompt import StructuredPrompt
    from .bria_fibo_lite_generate_output import BriaFiboLiteGenerateOutput  # noqa: F401


T = TypeVar("T", bound="BriaFiboLiteGenerateInput")


@_attrs_define
class BriaFiboLiteGenerateInput(
    FalInput["BriaFiboLiteGenerateOutput"], endpoint="bria/fibo-lite/generate"
):
    """Input of `bria/fibo-lite/generate` (text-to-image)."""

    prompt: None | str | Unset = UNSET
    """Prompt: string or None."""
    structured_prompt: None | StructuredPrompt | Unset = UNSET
    """StructuredPrompt or None."""
    image_url: None | str | Unset = UNSET
    """Image Url: string or None."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 5555."""
    steps_num: int | Unset = UNSET
    """Steps Num: integer, 4 to 30. Server default: 8."""
    aspect_ratio: BriaFiboLiteGenerateInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", ... (9
    values). Server default: "1:1"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

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

        steps_num = self.steps_num

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sync_mode = self.sync_mode

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
        if steps_num is not UNSET:
            field_dict["steps_num"] = steps_num
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

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

        steps_num = d.pop("steps_num", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BriaFiboLiteGenerateInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bria_fibo_lite_generate_input_aspect_ratio(_aspect_ratio)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_fibo_lite_generate_input = cls(
            prompt=prompt,
            structured_prompt=structured_prompt,
            image_url=image_url,
            seed=seed,
            steps_num=steps_num,
            aspect_ratio=aspect_ratio,
            sync_mode=sync_mode,
        )

        return bria_fibo_lite_generate_input
