from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .imageutils_depth_output import ImageutilsDepthOutput  # noqa: F401


T = TypeVar("T", bound="ImageutilsDepthInput")


@_attrs_define
class ImageutilsDepthInput(FalInput["ImageutilsDepthOutput"], endpoint="fal-ai/imageutils/depth"):
    """Input of `fal-ai/imageutils/depth` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    a: float | Unset = UNSET
    """Number. Server default: 6.283185307179586."""
    bg_th: float | Unset = UNSET
    """Number. Server default: 0.1."""
    depth_and_normal: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        a = self.a

        bg_th = self.bg_th

        depth_and_normal = self.depth_and_normal

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if a is not UNSET:
            field_dict["a"] = a
        if bg_th is not UNSET:
            field_dict["bg_th"] = bg_th
        if depth_and_normal is not UNSET:
            field_dict["depth_and_normal"] = depth_and_normal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        a = d.pop("a", UNSET)

        bg_th = d.pop("bg_th", UNSET)

        depth_and_normal = d.pop("depth_and_normal", UNSET)

        imageutils_depth_input = cls(
            image_url=image_url,
            a=a,
            bg_th=bg_th,
            depth_and_normal=depth_and_normal,
        )

        return imageutils_depth_input
