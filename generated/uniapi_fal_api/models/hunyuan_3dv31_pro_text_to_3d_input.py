from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_3dv31_pro_text_to_3d_input_generate_type import (
    Hunyuan3DV31ProTextTo3DInputGenerateType,
    check_hunyuan_3dv31_pro_text_to_3d_input_generate_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_3dv31_pro_text_to_3d_output import Hunyuan3DV31ProTextTo3DOutput  # noqa: F401


T = TypeVar("T", bound="Hunyuan3DV31ProTextTo3DInput")


@_attrs_define
class Hunyuan3DV31ProTextTo3DInput(
    FalInput["Hunyuan3DV31ProTextTo3DOutput"], endpoint="fal-ai/hunyuan-3d/v3.1/pro/text-to-3d"
):
    """Input of `fal-ai/hunyuan-3d/v3.1/pro/text-to-3d` (text-to-3d). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    enable_pbr: bool | Unset = UNSET
    """Boolean."""
    face_count: float | Unset = UNSET
    """Number. Server default: 500000."""
    generate_type: Hunyuan3DV31ProTextTo3DInputGenerateType | Unset = UNSET
    """One of "Normal", "Geometry". Server default: "Normal"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        enable_pbr = self.enable_pbr

        face_count = self.face_count

        generate_type: str | Unset = UNSET
        if not isinstance(self.generate_type, Unset):
            generate_type = self.generate_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if enable_pbr is not UNSET:
            field_dict["enable_pbr"] = enable_pbr
        if face_count is not UNSET:
            field_dict["face_count"] = face_count
        if generate_type is not UNSET:
            field_dict["generate_type"] = generate_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        enable_pbr = d.pop("enable_pbr", UNSET)

        face_count = d.pop("face_count", UNSET)

        _generate_type = d.pop("generate_type", UNSET)
        generate_type: Hunyuan3DV31ProTextTo3DInputGenerateType | Unset
        if isinstance(_generate_type, Unset):
            generate_type = UNSET
        else:
            generate_type = check_hunyuan_3dv31_pro_text_to_3d_input_generate_type(_generate_type)

        hunyuan_3dv31_pro_text_to_3d_input = cls(
            prompt=prompt,
            enable_pbr=enable_pbr,
            face_count=face_count,
            generate_type=generate_type,
        )

        return hunyuan_3dv31_pro_text_to_3d_input
