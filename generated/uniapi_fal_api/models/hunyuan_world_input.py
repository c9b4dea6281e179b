from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .hunyuan_world_output import HunyuanWorldOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanWorldInput")


@_attrs_define
class HunyuanWorldInput(FalInput["HunyuanWorldOutput"], endpoint="fal-ai/hunyuan_world"):
    """Input of `fal-ai/hunyuan_world` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        hunyuan_world_input = cls(
            image_url=image_url,
            prompt=prompt,
        )

        return hunyuan_world_input
