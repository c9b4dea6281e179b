from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_agent_uni_1v1_text_to_image_input_aspect_ratio import (
    LumaAgentUni1V1TextToImageInputAspectRatio,
    check_luma_agent_uni_1v1_text_to_image_input_aspect_ratio,
)
from ..models.luma_agent_uni_1v1_text_to_image_input_output_format import (
    LumaAgentUni1V1TextToImageInputOutputFormat,
    check_luma_agent_uni_1v1_text_to_image_input_output_format,
)
from ..models.luma_agent_uni_1v1_text_to_image_input_style import (
    LumaAgentUni1V1TextToImageInputStyle,
    check_luma_agent_uni_1v1_text_to_image_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_agent_uni_1v1_text_to_image_output import (
        LumaAgentUni1V1TextToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LumaAgentUni1V1TextToImageInput")


@_attrs_define
class LumaAgentUni1V1TextToImageInput(
    FalInput["LumaAgentUni1V1TextToImageOutput"], endpoint="luma/agent/uni-1/v1/text-to-image"
):
    """Input of `luma/agent/uni-1/v1/text-to-image` (text-to-image). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: LumaAgentUni1V1TextToImageInputAspectRatio | Unset = UNSET
    """One of "3:1", "2:1", "16:9", "3:2", "1:1", "2:3", "9:16", "1:2", ... (9 values)."""
    enable_web_search: bool | Unset = UNSET
    """Boolean."""
    output_format: LumaAgentUni1V1TextToImageInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg"."""
    reference_image_urls: list[str] | Unset = UNSET
    """List of string."""
    style: LumaAgentUni1V1TextToImageInputStyle | Unset = UNSET
    """One of "auto", "manga". Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_web_search = self.enable_web_search

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enable_web_search is not UNSET:
            field_dict["enable_web_search"] = enable_web_search
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: LumaAgentUni1V1TextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_luma_agent_uni_1v1_text_to_image_input_aspect_ratio(_aspect_ratio)

        enable_web_search = d.pop("enable_web_search", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: LumaAgentUni1V1TextToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_luma_agent_uni_1v1_text_to_image_input_output_format(
                _output_format
            )

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        _style = d.pop("style", UNSET)
        style: LumaAgentUni1V1TextToImageInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_luma_agent_uni_1v1_text_to_image_input_style(_style)

        luma_agent_uni_1v1_text_to_image_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            enable_web_search=enable_web_search,
            output_format=output_format,
            reference_image_urls=reference_image_urls,
            style=style,
        )

        return luma_agent_uni_1v1_text_to_image_input
