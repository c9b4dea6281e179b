from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.tripo_3d_tripo_v25_multiview_to_3d_input_orientation import (
    Tripo3DTripoV25MultiviewTo3DInputOrientation,
    check_tripo_3d_tripo_v25_multiview_to_3d_input_orientation,
)
from ..models.tripo_3d_tripo_v25_multiview_to_3d_input_style import (
    Tripo3DTripoV25MultiviewTo3DInputStyle,
    check_tripo_3d_tripo_v25_multiview_to_3d_input_style,
)
from ..models.tripo_3d_tripo_v25_multiview_to_3d_input_texture import (
    Tripo3DTripoV25MultiviewTo3DInputTexture,
    check_tripo_3d_tripo_v25_multiview_to_3d_input_texture,
)
from ..models.tripo_3d_tripo_v25_multiview_to_3d_input_texture_alignment import (
    Tripo3DTripoV25MultiviewTo3DInputTextureAlignment,
    check_tripo_3d_tripo_v25_multiview_to_3d_input_texture_alignment,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .tripo_3d_tripo_v25_multiview_to_3d_output import (
        Tripo3DTripoV25MultiviewTo3DOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Tripo3DTripoV25MultiviewTo3DInput")


@_attrs_define
class Tripo3DTripoV25MultiviewTo3DInput(
    FalInput["Tripo3DTripoV25MultiviewTo3DOutput"], endpoint="tripo3d/tripo/v2.5/multiview-to-3d"
):
    """Input of `tripo3d/tripo/v2.5/multiview-to-3d` (image-to-3d)."""

    front_image_url: str
    """Front Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    face_limit: int | Unset = UNSET
    """Face Limit: integer."""
    pbr: bool | Unset = UNSET
    """Pbr: boolean. Server default: false."""
    texture: Tripo3DTripoV25MultiviewTo3DInputTexture | Unset = UNSET
    """Texture: one of "no", "standard", "HD". Server default: "standard"."""
    texture_seed: int | Unset = UNSET
    """Texture Seed: integer."""
    auto_size: bool | Unset = UNSET
    """Auto Size: boolean. Server default: false."""
    style: Tripo3DTripoV25MultiviewTo3DInputStyle | Unset = UNSET
    """Style: one of "person:person2cartoon", "object:clay", "object:steampunk", "animal:venom",
    "object:barbie", "object:christmas", "gold", "ancient_bronze". Deprecated."""
    quad: bool | Unset = UNSET
    """Quad: boolean. Server default: false."""
    texture_alignment: Tripo3DTripoV25MultiviewTo3DInputTextureAlignment | Unset = UNSET
    """Texture Alignment: one of "original_image", "geometry". Server default: "original_image"."""
    orientation: Tripo3DTripoV25MultiviewTo3DInputOrientation | Unset = UNSET
    """Orientation: one of "default", "align_image". Server default: "default"."""
    left_image_url: str | Unset = UNSET
    """Left Image Url: string."""
    back_image_url: str | Unset = UNSET
    """Back Image Url: string."""
    right_image_url: str | Unset = UNSET
    """Right Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        front_image_url = self.front_image_url

        seed = self.seed

        face_limit = self.face_limit

        pbr = self.pbr

        texture: str | Unset = UNSET
        if not isinstance(self.texture, Unset):
            texture = self.texture

        texture_seed = self.texture_seed

        auto_size = self.auto_size

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        quad = self.quad

        texture_alignment: str | Unset = UNSET
        if not isinstance(self.texture_alignment, Unset):
            texture_alignment = self.texture_alignment

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation

        left_image_url = self.left_image_url

        back_image_url = self.back_image_url

        right_image_url = self.right_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "front_image_url": front_image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if face_limit is not UNSET:
            field_dict["face_limit"] = face_limit
        if pbr is not UNSET:
            field_dict["pbr"] = pbr
        if texture is not UNSET:
            field_dict["texture"] = texture
        if texture_seed is not UNSET:
            field_dict["texture_seed"] = texture_seed
        if auto_size is not UNSET:
            field_dict["auto_size"] = auto_size
        if style is not UNSET:
            field_dict["style"] = style
        if quad is not UNSET:
            field_dict["quad"] = quad
        if texture_alignment is not UNSET:
            field_dict["texture_alignment"] = texture_alignment
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if left_image_url is not UNSET:
            field_dict["left_image_url"] = left_image_url
        if back_image_url is not UNSET:
            field_dict["back_image_url"] = back_image_url
        if right_image_url is not UNSET:
            field_dict["right_image_url"] = right_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        front_image_url = d.pop("front_image_url")

        seed = d.pop("seed", UNSET)

        face_limit = d.pop("face_limit", UNSET)

        pbr = d.pop("pbr", UNSET)

        _texture = d.pop("texture", UNSET)
        texture: Tripo3DTripoV25MultiviewTo3DInputTexture | Unset
        if isinstance(_texture, Unset):
            texture = UNSET
        else:
            texture = check_tripo_3d_tripo_v25_multiview_to_3d_input_texture(_texture)

        texture_seed = d.pop("texture_seed", UNSET)

        auto_size = d.pop("auto_size", UNSET)

        _style = d.pop("style", UNSET)
        style: Tripo3DTripoV25MultiviewTo3DInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_tripo_3d_tripo_v25_multiview_to_3d_input_style(_style)

        quad = d.pop("quad", UNSET)

        _texture_alignment = d.pop("texture_alignment", UNSET)
        texture_alignment: Tripo3DTripoV25MultiviewTo3DInputTextureAlignment | Unset
        if isinstance(_texture_alignment, Unset):
            texture_alignment = UNSET
        else:
            texture_alignment = check_tripo_3d_tripo_v25_multiview_to_3d_input_texture_alignment(
                _texture_alignment
            )

        _orientation = d.pop("orientation", UNSET)
        orientation: Tripo3DTripoV25MultiviewTo3DInputOrientation | Unset
        if isinstance(_orientation, Unset):
            orientation = UNSET
        else:
            orientation = check_tripo_3d_tripo_v25_multiview_to_3d_input_orientation(_orientation)

        left_image_url = d.pop("left_image_url", UNSET)

        back_image_url = d.pop("back_image_url", UNSET)

        right_image_url = d.pop("right_image_url", UNSET)

        tripo_3d_tripo_v25_multiview_to_3d_input = cls(
            front_image_url=front_image_url,
            seed=seed,
            face_limit=face_limit,
            pbr=pbr,
            texture=texture,
            texture_seed=texture_seed,
            auto_size=auto_size,
            style=style,
            quad=quad,
            texture_alignment=texture_alignment,
            orientation=orientation,
            left_image_url=left_image_url,
            back_image_url=back_image_url,
            right_image_url=right_image_url,
        )

        return tripo_3d_tripo_v25_multiview_to_3d_input
