from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.recraft_v3_create_style_input_base_style import (
    RecraftV3CreateStyleInputBaseStyle,
    check_recraft_v3_create_style_input_base_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .recraft_v3_create_style_output import RecraftV3CreateStyleOutput  # noqa: F401


T = TypeVar("T", bound="RecraftV3CreateStyleInput")


@_attrs_define
class RecraftV3CreateStyleInput(
    FalInput["RecraftV3CreateStyleOutput"], endpoint="fal-ai/recraft/v3/create-style"
):
    """Input of `fal-ai/recraft/v3/create-style` (training)."""

    images_data_url: str
    """Images Data Url: string."""
    base_style: RecraftV3CreateStyleInputBaseStyle | Unset = UNSET
    """Base Style: one of "any", "realistic_image", "digital_illustration", "vector_illustration",
    "realistic_image/b_and_w", "realistic_image/hard_flash", "realistic_image/hdr",
    "realistic_image/natural_light", ... (85 values). Server default: "digital_illustration"."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        base_style: str | Unset = UNSET
        if not isinstance(self.base_style, Unset):
            base_style = self.base_style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images_data_url": images_data_url,
            }
        )
        if base_style is not UNSET:
            field_dict["base_style"] = base_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        _base_style = d.pop("base_style", UNSET)
        base_style: RecraftV3CreateStyleInputBaseStyle | Unset
        if isinstance(_base_style, Unset):
            base_style = UNSET
        else:
            base_style = check_recraft_v3_create_style_input_base_style(_base_style)

        recraft_v3_create_style_input = cls(
            images_data_url=images_data_url,
            base_style=base_style,
        )

        return recraft_v3_create_style_input
