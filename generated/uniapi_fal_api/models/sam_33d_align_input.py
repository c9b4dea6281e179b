from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sam_33d_align_output import Sam33DAlignOutput  # noqa: F401


T = TypeVar("T", bound="Sam33DAlignInput")


@_attrs_define
class Sam33DAlignInput(FalInput["Sam33DAlignOutput"], endpoint="fal-ai/sam-3/3d-align"):
    """Input of `fal-ai/sam-3/3d-align` (3d-to-3d)."""

    image_url: str
    """Image Url: string."""
    body_mesh_url: str
    """Body Mesh Url: string."""
    body_mask_url: str | Unset = UNSET
    """Body Mask Url: string."""
    object_mesh_url: str | Unset = UNSET
    """Object Mesh Url: string."""
    focal_length: float | Unset = UNSET
    """Focal Length: number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        body_mesh_url = self.body_mesh_url

        body_mask_url = self.body_mask_url

        object_mesh_url = self.object_mesh_url

        focal_length = self.focal_length

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "body_mesh_url": body_mesh_url,
            }
        )
        if body_mask_url is not UNSET:
            field_dict["body_mask_url"] = body_mask_url
        if object_mesh_url is not UNSET:
            field_dict["object_mesh_url"] = object_mesh_url
        if focal_length is not UNSET:
            field_dict["focal_length"] = focal_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        body_mesh_url = d.pop("body_mesh_url")

        body_mask_url = d.pop("body_mask_url", UNSET)

        object_mesh_url = d.pop("object_mesh_url", UNSET)

        focal_length = d.pop("focal_length", UNSET)

        sam_33d_align_input = cls(
            image_url=image_url,
            body_mesh_url=body_mesh_url,
            body_mask_url=body_mask_url,
            object_mesh_url=object_mesh_url,
            focal_length=focal_length,
        )

        return sam_33d_align_input
