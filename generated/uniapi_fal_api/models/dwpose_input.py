from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.dwpose_input_draw_mode import (
    DwposeInputDrawMode,
    check_dwpose_input_draw_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .dwpose_output import DwposeOutput  # noqa: F401


T = TypeVar("T", bound="DwposeInput")


@_attrs_define
class DwposeInput(FalInput["DwposeOutput"], endpoint="fal-ai/dwpose"):
    """Input of `fal-ai/dwpose` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    draw_mode: DwposeInputDrawMode | Unset = UNSET
    """One of "full-pose", "body-pose", "face-pose", "hand-pose", "face-hand-mask", "face-mask",
    "hand-mask". Server default: "body-pose"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        draw_mode: str | Unset = UNSET
        if not isinstance(self.draw_mode, Unset):
            draw_mode = self.draw_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if draw_mode is not UNSET:
            field_dict["draw_mode"] = draw_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _draw_mode = d.pop("draw_mode", UNSET)
        draw_mode: DwposeInputDrawMode | Unset
        if isinstance(_draw_mode, Unset):
            draw_mode = UNSET
        else:
            draw_mode = check_dwpose_input_draw_mode(_draw_mode)

        dwpose_input = cls(
            image_url=image_url,
            draw_mode=draw_mode,
        )

        return dwpose_input
