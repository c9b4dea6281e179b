from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .hunyuan_3dv31_part_output import Hunyuan3DV31PartOutput  # noqa: F401


T = TypeVar("T", bound="Hunyuan3DV31PartInput")


@_attrs_define
class Hunyuan3DV31PartInput(
    FalInput["Hunyuan3DV31PartOutput"], endpoint="fal-ai/hunyuan-3d/v3.1/part"
):
    """Input of `fal-ai/hunyuan-3d/v3.1/part` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    input_file_url: str
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        input_file_url = self.input_file_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_file_url": input_file_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_file_url = d.pop("input_file_url")

        hunyuan_3dv31_part_input = cls(
            input_file_url=input_file_url,
        )

        return hunyuan_3dv31_part_input
