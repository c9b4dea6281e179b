from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_parabolize_output import PostProcessingParabolizeOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingParabolizeInput")


@_attrs_define
class PostProcessingParabolizeInput(
    FalInput["PostProcessingParabolizeOutput"], endpoint="fal-ai/post-processing/parabolize"
):
    """Input of `fal-ai/post-processing/parabolize` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    parabolize_coeff: float | Unset = UNSET
    """Number. Server default: 1."""
    vertex_x: float | Unset = UNSET
    """Number. Server default: 0.5."""
    vertex_y: float | Unset = UNSET
    """Number. Server default: 0.5."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        parabolize_coeff = self.parabolize_coeff

        vertex_x = self.vertex_x

        vertex_y = self.vertex_y

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if parabolize_coeff is not UNSET:
            field_dict["parabolize_coeff"] = parabolize_coeff
        if vertex_x is not UNSET:
            field_dict["vertex_x"] = vertex_x
        if vertex_y is not UNSET:
            field_dict["vertex_y"] = vertex_y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        parabolize_coeff = d.pop("parabolize_coeff", UNSET)

        vertex_x = d.pop("vertex_x", UNSET)

        vertex_y = d.pop("vertex_y", UNSET)

        post_processing_parabolize_input = cls(
            image_url=image_url,
            parabolize_coeff=parabolize_coeff,
            vertex_x=vertex_x,
            vertex_y=vertex_y,
        )

        return post_processing_parabolize_input
