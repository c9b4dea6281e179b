from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .bytedance_seed_3d_image_to_3d_output import BytedanceSeed3DImageTo3DOutput  # noqa: F401


T = TypeVar("T", bound="BytedanceSeed3DImageTo3DInput")


@_attrs_define
class BytedanceSeed3DImageTo3DInput(
    FalInput["BytedanceSeed3DImageTo3DOutput"], endpoint="fal-ai/bytedance/seed3d/image-to-3d"
):
    """Input of `fal-ai/bytedance/seed3d/image-to-3d` (image-to-3d). fal no longer lists this endpoint."""

    image_url: str
    """Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        bytedance_seed_3d_image_to_3d_input = cls(
            image_url=image_url,
        )

        return bytedance_seed_3d_image_to_3d_input
