from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.tripo_3dh31_text_to_3d_input_geometry_quality import (
    Tripo3DH31TextTo3DInputGeometryQuality,
    check_tripo_3dh31_text_to_3d_input_geometry_quality,
)
from ..models.tripo_3dh31_text_to_3d_input_texture_quality import (
    Tripo3DH31TextTo3DInputTextureQuality,
    check_tripo_3dh31_text_to_3d_input_texture_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .tripo_3dh31_text_to_3d_output import Tripo3DH31TextTo3DOutput  # noqa: F401


T = TypeVar("T", bound="Tripo3DH31TextTo3DInput")


@_attrs_define
class Tripo3DH31TextTo3DInput(
    FalInput["Tripo3DH31TextTo3DOutput"], endpoint="tripo3d/h3.1/text-to-3d"
):
    """Input of `tripo3d/h3.1/text-to-3d` (text-to-3d). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    auto_size: bool | Unset = UNSET
    """Boolean."""
    face_limit: float | Unset = UNSET
    """Number."""
    geometry_quality: Tripo3DH31TextTo3DInputGeometryQuality | Unset = UNSET
    """One of "standard", "detailed". Server default: "standard"."""
    image_seed: float | Unset = UNSET
    """Number."""
    model_seed: float | Unset = UNSET
    """Number."""
    negative_prompt: str | Unset = UNSET
    """String."""
    pbr: bool | Unset = UNSET
    """Boolean. Server default: true."""
    quad: bool | Unset = UNSET
    """Boolean."""
    texture: bool | Unset = UNSET
    """Boolean. Server default: true."""
    texture_quality: Tripo3DH31TextTo3DInputTextureQuality | Unset = UNSET
    """One of "standard", "detailed". Server default: "standard"."""
    texture_seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        auto_size = self.auto_size

        face_limit = self.face_limit

        geometry_quality: str | Unset = UNSET
        if not isinstance(self.geometry_quality, Unset):
            geometry_quality = self.geometry_quality

        image_seed = self.image_seed

        model_seed = self.model_seed

        negative_prompt = self.negative_prompt

        pbr = self.pbr

        quad = self.quad

        texture = self.texture

        texture_quality: str | Unset = UNSET
        if not isinstance(self.texture_quality, Unset):
            texture_quality = self.texture_quality

        texture_seed = self.texture_seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if auto_size is not UNSET:
            field_dict["auto_size"] = auto_size
        if face_limit is not UNSET:
            field_dict["face_limit"] = face_limit
        if geometry_quality is not UNSET:
            field_dict["geometry_quality"] = geometry_quality
        if image_seed is not UNSET:
            field_dict["image_seed"] = image_seed
        if model_seed is not UNSET:
            field_dict["model_seed"] = model_seed
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if pbr is not UNSET:
            field_dict["pbr"] = pbr
        if quad is not UNSET:
            field_dict["quad"] = quad
        if texture is not UNSET:
            field_dict["texture"] = texture
        if texture_quality is not UNSET:
            field_dict["texture_quality"] = texture_quality
        if texture_seed is not UNSET:
            field_dict["texture_seed"] = texture_seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        auto_size = d.pop("auto_size", UNSET)

        face_limit = d.pop("face_limit", UNSET)

        _geometry_quality = d.pop("geometry_quality", UNSET)
        geometry_quality: Tripo3DH31TextTo3DInputGeometryQuality | Unset
        if isinstance(_geometry_quality, Unset):
            geometry_quality = UNSET
        else:
            geometry_quality = check_tripo_3dh31_text_to_3d_input_geometry_quality(
                _geometry_quality
            )

        image_seed = d.pop("image_seed", UNSET)

        model_seed = d.pop("model_seed", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        pbr = d.pop("pbr", UNSET)

        quad = d.pop("quad", UNSET)

        texture = d.pop("texture", UNSET)

        _texture_quality = d.pop("texture_quality", UNSET)
        texture_quality: Tripo3DH31TextTo3DInputTextureQuality | Unset
        if isinstance(_texture_quality, Unset):
            texture_quality = UNSET
        else:
            texture_quality = check_tripo_3dh31_text_to_3d_input_texture_quality(_texture_quality)

        texture_seed = d.pop("texture_seed", UNSET)

        tripo_3dh31_text_to_3d_input = cls(
            prompt=prompt,
            auto_size=auto_size,
            face_limit=face_limit,
            geometry_quality=geometry_quality,
            image_seed=image_seed,
            model_seed=model_seed,
            negative_prompt=negative_prompt,
            pbr=pbr,
            quad=quad,
            texture=texture,
            texture_quality=texture_quality,
            texture_seed=texture_seed,
        )

        return tripo_3dh31_text_to_3d_input
