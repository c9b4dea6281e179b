from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .phota_create_profile_output import PhotaCreateProfileOutput  # noqa: F401


T = TypeVar("T", bound="PhotaCreateProfileInput")


@_attrs_define
class PhotaCreateProfileInput(
    FalInput["PhotaCreateProfileOutput"], endpoint="fal-ai/phota/create-profile"
):
    """Input of `fal-ai/phota/create-profile` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_data_url: str
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        image_data_url = self.image_data_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_data_url": image_data_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_data_url = d.pop("image_data_url")

        phota_create_profile_input = cls(
            image_data_url=image_data_url,
        )

        return phota_create_profile_input
