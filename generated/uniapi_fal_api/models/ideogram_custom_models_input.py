from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .ideogram_custom_models_output import IdeogramCustomModelsOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramCustomModelsInput")


@_attrs_define
class IdeogramCustomModelsInput(
    FalInput["IdeogramCustomModelsOutput"], endpoint="fal-ai/ideogram/custom-models"
):
    """Input of `fal-ai/ideogram/custom-models` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    images_data_url: str
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images_data_url": images_data_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        ideogram_custom_models_input = cls(
            images_data_url=images_data_url,
        )

        return ideogram_custom_models_input
