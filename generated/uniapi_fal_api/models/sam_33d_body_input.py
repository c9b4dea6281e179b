from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sam_33d_body_output import Sam33DBodyOutput  # noqa: F401


T = TypeVar("T", bound="Sam33DBodyInput")


@_attrs_define
class Sam33DBodyInput(FalInput["Sam33DBodyOutput"], endpoint="fal-ai/sam-3/3d-body"):
    """Input of `fal-ai/sam-3/3d-body` (image-to-3d)."""

    image_url: str
    """Image Url: string."""
    mask_url: str | Unset = UNSET
    """Mask Url: string."""
    export_meshes: bool | Unset = UNSET
    """Export Meshes: boolean. Server default: true."""
    include_3d_keypoints: bool | Unset = UNSET
    """Include 3D Keypoints: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mask_url = self.mask_url

        export_meshes = self.export_meshes

        include_3d_keypoints = self.include_3d_keypoints

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if export_meshes is not UNSET:
            field_dict["export_meshes"] = export_meshes
        if include_3d_keypoints is not UNSET:
            field_dict["include_3d_keypoints"] = include_3d_keypoints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url", UNSET)

        export_meshes = d.pop("export_meshes", UNSET)

        include_3d_keypoints = d.pop("include_3d_keypoints", UNSET)

        sam_33d_body_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            export_meshes=export_meshes,
            include_3d_keypoints=include_3d_keypoints,
        )

        return sam_33d_body_input
