from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .x_ailab_nsfw_output import XAilabNsfwOutput  # noqa: F401


T = TypeVar("T", bound="XAilabNsfwInput")


@_attrs_define
class XAilabNsfwInput(FalInput["XAilabNsfwOutput"], endpoint="fal-ai/x-ailab/nsfw"):
    """Input of `fal-ai/x-ailab/nsfw` (vision)."""

    image_urls: list[str]
    """Image Urls: list of string."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        x_ailab_nsfw_input = cls(
            image_urls=image_urls,
        )

        return x_ailab_nsfw_input
