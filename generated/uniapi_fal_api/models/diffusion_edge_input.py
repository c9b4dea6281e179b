from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .diffusion_edge_output import DiffusionEdgeOutput  # noqa: F401


T = TypeVar("T", bound="DiffusionEdgeInput")


@_attrs_define
class DiffusionEdgeInput(FalInput["DiffusionEdgeOutput"], endpoint="fal-ai/diffusion-edge"):
    """Input of `fal-ai/diffusion-edge` (text-to-image). fal no longer lists this endpoint."""

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

        diffusion_edge_input = cls(
            image_url=image_url,
        )

        return diffusion_edge_input
