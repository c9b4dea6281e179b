from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .moondream_2_output import Moondream2Output  # noqa: F401


T = TypeVar("T", bound="Moondream2Input")


@_attrs_define
class Moondream2Input(FalInput["Moondream2Output"], endpoint="fal-ai/moondream2"):
    """Input of `fal-ai/moondream2` (vision)."""

    image_url: str
    """Image URL: string."""

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

        moondream_2_input = cls(
            image_url=image_url,
        )

        return moondream_2_input
