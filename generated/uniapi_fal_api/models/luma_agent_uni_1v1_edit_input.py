from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_agent_uni_1v1_edit_input_output_format import (
    LumaAgentUni1V1EditInputOutputFormat,
    check_luma_agent_uni_1v1_edit_input_output_format,
)
from ..models.luma_agent_uni_1v1_edit_input_style import (
    LumaAgentUni1V1EditInputStyle,
    check_luma_agent_uni_1v1_edit_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_agent_uni_1v1_edit_output import LumaAgentUni1V1EditOutput  # noqa: F401


T = TypeVar("T", bound="LumaAgentUni1V1EditInput")


@_attrs_define
class LumaAgentUni1V1EditInput(
    FalInput["LumaAgentUni1V1EditOutput"], endpoint="luma/agent/uni-1/v1/edit"
):
    """Input of `luma/agent/uni-1/v1/edit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    output_format: LumaAgentUni1V1EditInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg"."""
    reference_image_urls: list[str] | Unset = UNSET
    """List of string."""
    style: LumaAgentUni1V1EditInputStyle | Unset = UNSET
    """One of "auto", "manga". Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

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
                "image_url": image_url,
                "prompt": prompt,
            }
        )
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
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _output_format = d.pop("output_format", UNSET)
        output_format: LumaAgentUni1V1EditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_luma_agent_uni_1v1_edit_input_output_format(_output_format)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        _style = d.pop("style", UNSET)
        style: LumaAgentUni1V1EditInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_luma_agent_uni_1v1_edit_input_style(_style)

        luma_agent_uni_1v1_edit_input = cls(
            image_url=image_url,
            prompt=prompt,
            output_format=output_format,
            reference_image_urls=reference_image_urls,
            style=style,
        )

        return luma_agent_uni_1v1_edit_input
