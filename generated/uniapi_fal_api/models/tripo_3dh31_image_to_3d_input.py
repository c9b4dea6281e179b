from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.tripo_3dh31_image_to_3d_input_geometry_quality import (
    Tripo3DH31ImageTo3DInputGeometryQuality,
    check_tripo_3dh31_image_to_3d_input_geometry_quality,
)
from ..models.tripo_3dh31_image_to_3d_input_orientation import (
    Tripo3DH31ImageTo3DInputOrientation,
    check_tripo_3dh31_image_to_3d_input_orientation,
)
from ..models.tripo_3dh31_image_to_3d_input_texture_alignment import (
    Tripo3DH31ImageTo3DInputTextureAlignment,
    check_tripo_3dh31_image_to_3d_input_texture_alignment,
)
from ..models.tripo_3dh31_image_to_3d_input_texture_quality import (
    Tripo3DH31ImageTo3DInputTextureQuality,
    check_tripo_3dh31_image_to_3d_input_texture_quality,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .tripo_3dh31_image_to_3d_output import Tripo3DH31ImageTo3DOutput  # noqa: F401


T = TypeVar("T", bound="Tripo3DH31ImageTo3DInput")


@_attrs_define
class Tripo3DH31ImageTo3DInput(
    FalInput["Tripo3DH31ImageTo3DOutput"], endpoint="tripo3d/h3.1/image-to-3d"
):
    """Input of `tripo3d/h3.1/image-to-3d` (image-to-3d). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    auto_size: bool | Unset = UNSET
    """Boolean."""
    face_limit: float | Unset = UNSET
    """Number."""
    geometry_quality: Tripo3DH31ImageTo3DInputGeometryQuality | Unset = UNSET
    """One of "standard", "detailed". Server default: "standard"."""
    model_seed: float | Unset = UNSET
    """Number."""
    orientation: Tripo3DH31ImageTo3DInputOrientation | Unset = UNSET
    """One of "default", "align_image". Server default: "default"."""
    pbr: bool | Unset = UNSET
    """Boolean. Server default: true."""
    quad: bool | Unset = UNSET
    """Boolean."""
    texture: bool | Unset = UNSET
    """Boolean. Server default: true."""
    texture_alignment: Tripo3DH31ImageTo3DInputTextureAlignment | Unset = UNSET
    """One of "original_image", "geometry". Server default: "original_image"."""
    texture_quality: Tripo3DH31ImageTo3DInputTextureQuality | Unset = UNSET
    """One of "standard", "detailed". Server default: "standard"."""
    texture_seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        auto_size = self.auto_size

        face_limit = self.face_limit

        geometry_quality: str | Unset = UNSET
        if not isinstance(self.geometry_quality, Unset):
            geometry_quality = self.geometry_quality

        model_seed = self.model_seed

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation

        pbr = self.pbr

        quad = self.quad

        texture = self.texture

        texture_alignment: str | Unset = UNSET
        if not isinstance(self.texture_alignment, Unset):
            texture_alignment = self.texture_alignment

        texture_quality: str | Unset = UNSET
        if not isinstance(self.texture_quality, Unset):
            texture_quality = self.texture_quality

        texture_seed = self.texture_seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if auto_size is not UNSET:
            field_dict["auto_size"] = auto_size
        if face_limit is not UNSET:
            field_dict["face_limit"] = face_limit
        if geometry_quality is not UNSET:
            field_dict["geometry_quality"] = geometry_quality
        if model_seed is not UNSET:
            field_dict["model_seed"] = model_seed
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if pbr is not UNSET:
            field_dict["pbr"] = pbr
        if quad is not UNSET:
            field_dict["quad"] = quad
        if texture is not UNSET:
            field_dict["texture"] = texture
        if texture_alignment is not UNSET:
            field_dict["texture_alignment"] = texture_alignment
        if texture_quality is not UNSET:
            field_dict["texture_quality"] = texture_quality
        if texture_seed is not UNSET:
            field_dict["texture_seed"] = texture_seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        auto_size = d.pop("auto_size", UNSET)

        face_limit = d.pop("face_limit", UNSET)

        _geometry_quality = d.pop("geometry_quality", UNSET)
        geometry_quality: Tripo3DH31ImageTo3DInputGeometryQuality | Unset
        if isinstance(_geometry_quality, Unset):
            geometry_quality = UNSET
        else:
            geometry_quality = check_tripo_3dh31_image_to_3d_input_geometry_quality(
                _geometry_quality
            )

        model_seed = d.pop("model_seed", UNSET)

        _orientation = d.pop("orientation", UNSET)
        orientation: Tripo3DH31ImageTo3DInputOrientation | Unset
        if isinstance(_orientation, Unset):
            orientation = UNSET
        else:
            orientation = check_tripo_3dh31_image_to_3d_input_orientation(_orientation)

        pbr = d.pop("pbr", UNSET)

        quad = d.pop("quad", UNSET)

        texture = d.pop("texture", UNSET)

        _texture_alignment = d.pop("texture_alignment", UNSET)
        texture_alignment: Tripo3DH31ImageTo3DInputTextureAlignment | Unset
        if isinstance(_texture_alignment, Unset):
            texture_alignment = UNSET
        else:
            texture_alignment = check_tripo_3dh31_image_to_3d_input_texture_alignment(
                _texture_alignment
            )

        _texture_quality = d.pop("texture_quality", UNSET)
        texture_quality: Tripo3DH31ImageTo3DInputTextureQuality | Unset
        if isinstance(_texture_quality, Unset):
            texture_quality = UNSET
        else:
            texture_quality = check_tripo_3dh31_image_to_3d_input_texture_quality(_texture_quality)

        texture_seed = d.pop("texture_seed", UNSET)

        tripo_3dh31_image_to_3d_input = cls(
            image_url=image_url,
            auto_size=auto_size,
            face_limit=face_limit,
            geometry_quality=geometry_quality,
            model_seed=model_seed,
            orientation=orientation,
            pbr=pbr,
            quad=quad,
            texture=texture,
            texture_alignment=texture_alignment,
            texture_quality=texture_quality,
            texture_seed=texture_seed,
        )

        return tripo_3dh31_image_to_3d_input
