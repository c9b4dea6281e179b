from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .meshy_v5_retexture_output import MeshyV5RetextureOutput  # noqa: F401


T = TypeVar("T", bound="MeshyV5RetextureInput")


@_attrs_define
class MeshyV5RetextureInput(
    FalInput["MeshyV5RetextureOutput"], endpoint="fal-ai/meshy/v5/retexture"
):
    """Input of `fal-ai/meshy/v5/retexture` (3d-to-3d)."""

    model_url: str
    """Model Url: string."""
    text_style_prompt: str | Unset = UNSET
    """Text Style Prompt: string, at most 600 characters."""
    image_style_url: str | Unset = UNSET
    """Image Style Url: string."""
    enable_original_uv: bool | Unset = UNSET
    """Enable Original Uv: boolean. Server default: true."""
    enable_pbr: bool | Unset = UNSET
    """Enable Pbr: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        model_url = self.model_url

        text_style_prompt = self.text_style_prompt

        image_style_url = self.image_style_url

        enable_original_uv = self.enable_original_uv

        enable_pbr = self.enable_pbr

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_url": model_url,
            }
        )
        if text_style_prompt is not UNSET:
            field_dict["text_style_prompt"] = text_style_prompt
        if image_style_url is not UNSET:
            field_dict["image_style_url"] = image_style_url
        if enable_original_uv is not UNSET:
            field_dict["enable_original_uv"] = enable_original_uv
        if enable_pbr is not UNSET:
            field_dict["enable_pbr"] = enable_pbr
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_url = d.pop("model_url")

        text_style_prompt = d.pop("text_style_prompt", UNSET)

        image_style_url = d.pop("image_style_url", UNSET)

        enable_original_uv = d.pop("enable_original_uv", UNSET)

        enable_pbr = d.pop("enable_pbr", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        meshy_v5_retexture_input = cls(
            model_url=model_url,
            text_style_prompt=text_style_prompt,
            image_style_url=image_style_url,
            enable_original_uv=enable_original_uv,
            enable_pbr=enable_pbr,
            enable_safety_checker=enable_safety_checker,
        )

        return meshy_v5_retexture_input
