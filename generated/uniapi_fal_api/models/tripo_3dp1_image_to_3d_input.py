from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .tripo_3dp1_image_to_3d_output import Tripo3DP1ImageTo3DOutput  # noqa: F401


T = TypeVar("T", bound="Tripo3DP1ImageTo3DInput")


@_attrs_define
class Tripo3DP1ImageTo3DInput(
    FalInput["Tripo3DP1ImageTo3DOutput"], endpoint="tripo3d/p1/image-to-3d"
):
    """Input of `tripo3d/p1/image-to-3d` (image-to-3d). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    face_limit: float | Unset = UNSET
    """Number."""
    model_seed: float | Unset = UNSET
    """Number."""
    texture: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        face_limit = self.face_limit

        model_seed = self.model_seed

        texture = self.texture

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if face_limit is not UNSET:
            field_dict["face_limit"] = face_limit
        if model_seed is not UNSET:
            field_dict["model_seed"] = model_seed
        if texture is not UNSET:
            field_dict["texture"] = texture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        face_limit = d.pop("face_limit", UNSET)

        model_seed = d.pop("model_seed", UNSET)

        texture = d.pop("texture", UNSET)

        tripo_3dp1_image_to_3d_input = cls(
            image_url=image_url,
            face_limit=face_limit,
            model_seed=model_seed,
            texture=texture,
        )

        return tripo_3dp1_image_to_3d_input
