from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.post_processing_sharpen_input_sharpen_mode import (
    PostProcessingSharpenInputSharpenMode,
    check_post_processing_sharpen_input_sharpen_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_sharpen_output import PostProcessingSharpenOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingSharpenInput")


@_attrs_define
class PostProcessingSharpenInput(
    FalInput["PostProcessingSharpenOutput"], endpoint="fal-ai/post-processing/sharpen"
):
    """Input of `fal-ai/post-processing/sharpen` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    cas_amount: float | Unset = UNSET
    """Number. Server default: 0.8."""
    noise_radius: float | Unset = UNSET
    """Number. Server default: 7."""
    preserve_edges: float | Unset = UNSET
    """Number. Server default: 0.75."""
    sharpen_alpha: float | Unset = UNSET
    """Number. Server default: 1."""
    sharpen_mode: PostProcessingSharpenInputSharpenMode | Unset = UNSET
    """One of "basic", "smart", "cas". Server default: "basic"."""
    sharpen_radius: float | Unset = UNSET
    """Number. Server default: 1."""
    smart_sharpen_ratio: float | Unset = UNSET
    """Number. Server default: 0.5."""
    smart_sharpen_strength: float | Unset = UNSET
    """Number. Server default: 5."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        cas_amount = self.cas_amount

        noise_radius = self.noise_radius

        preserve_edges = self.preserve_edges

        sharpen_alpha = self.sharpen_alpha

        sharpen_mode: str | Unset = UNSET
        if not isinstance(self.sharpen_mode, Unset):
            sharpen_mode = self.sharpen_mode

        sharpen_radius = self.sharpen_radius

        smart_sharpen_ratio = self.smart_sharpen_ratio

        smart_sharpen_strength = self.smart_sharpen_strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if cas_amount is not UNSET:
            field_dict["cas_amount"] = cas_amount
        if noise_radius is not UNSET:
            field_dict["noise_radius"] = noise_radius
        if preserve_edges is not UNSET:
            field_dict["preserve_edges"] = preserve_edges
        if sharpen_alpha is not UNSET:
            field_dict["sharpen_alpha"] = sharpen_alpha
        if sharpen_mode is not UNSET:
            field_dict["sharpen_mode"] = sharpen_mode
        if sharpen_radius is not UNSET:
            field_dict["sharpen_radius"] = sharpen_radius
        if smart_sharpen_ratio is not UNSET:
            field_dict["smart_sharpen_ratio"] = smart_sharpen_ratio
        if smart_sharpen_strength is not UNSET:
            field_dict["smart_sharpen_strength"] = smart_sharpen_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        cas_amount = d.pop("cas_amount", UNSET)

        noise_radius = d.pop("noise_radius", UNSET)

        preserve_edges = d.pop("preserve_edges", UNSET)

        sharpen_alpha = d.pop("sharpen_alpha", UNSET)

        _sharpen_mode = d.pop("sharpen_mode", UNSET)
        sharpen_mode: PostProcessingSharpenInputSharpenMode | Unset
        if isinstance(_sharpen_mode, Unset):
            sharpen_mode = UNSET
        else:
            sharpen_mode = check_post_processing_sharpen_input_sharpen_mode(_sharpen_mode)

        sharpen_radius = d.pop("sharpen_radius", UNSET)

        smart_sharpen_ratio = d.pop("smart_sharpen_ratio", UNSET)

        smart_sharpen_strength = d.pop("smart_sharpen_strength", UNSET)

        post_processing_sharpen_input = cls(
            image_url=image_url,
            cas_amount=cas_amount,
            noise_radius=noise_radius,
            preserve_edges=preserve_edges,
            sharpen_alpha=sharpen_alpha,
            sharpen_mode=sharpen_mode,
            sharpen_radius=sharpen_radius,
            smart_sharpen_ratio=smart_sharpen_ratio,
            smart_sharpen_strength=smart_sharpen_strength,
        )

        return post_processing_sharpen_input
