from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_eraser_input_mask_type import (
    BriaEraserInputMaskType,
    check_bria_eraser_input_mask_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_eraser_output import BriaEraserOutput  # noqa: F401


T = TypeVar("T", bound="BriaEraserInput")


@_attrs_define
class BriaEraserInput(FalInput["BriaEraserOutput"], endpoint="fal-ai/bria/eraser"):
    """Input of `fal-ai/bria/eraser` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mask_url: str
    """URL or local file."""
    mask_type: BriaEraserInputMaskType | Unset = UNSET
    """One of "manual", "automatic". Server default: "manual"."""
    preserve_alpha: bool | Unset = UNSET
    """Boolean."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mask_url = self.mask_url

        mask_type: str | Unset = UNSET
        if not isinstance(self.mask_type, Unset):
            mask_type = self.mask_type

        preserve_alpha = self.preserve_alpha

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        if mask_type is not UNSET:
            field_dict["mask_type"] = mask_type
        if preserve_alpha is not UNSET:
            field_dict["preserve_alpha"] = preserve_alpha
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url")

        _mask_type = d.pop("mask_type", UNSET)
        mask_type: BriaEraserInputMaskType | Unset
        if isinstance(_mask_type, Unset):
            mask_type = UNSET
        else:
            mask_type = check_bria_eraser_input_mask_type(_mask_type)

        preserve_alpha = d.pop("preserve_alpha", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_eraser_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            mask_type=mask_type,
            preserve_alpha=preserve_alpha,
            sync_mode=sync_mode,
        )

        return bria_eraser_input
