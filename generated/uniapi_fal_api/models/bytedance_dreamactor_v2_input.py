from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_dreamactor_v2_output import BytedanceDreamactorV2Output  # noqa: F401


T = TypeVar("T", bound="BytedanceDreamactorV2Input")


@_attrs_define
class BytedanceDreamactorV2Input(
    FalInput["BytedanceDreamactorV2Output"], endpoint="fal-ai/bytedance/dreamactor/v2"
):
    """Input of `fal-ai/bytedance/dreamactor/v2` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    video_url: str
    """URL or local file."""
    trim_first_second: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        video_url = self.video_url

        trim_first_second = self.trim_first_second

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "video_url": video_url,
            }
        )
        if trim_first_second is not UNSET:
            field_dict["trim_first_second"] = trim_first_second

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        trim_first_second = d.pop("trim_first_second", UNSET)

        bytedance_dreamactor_v2_input = cls(
            image_url=image_url,
            video_url=video_url,
            trim_first_second=trim_first_second,
        )

        return bytedance_dreamactor_v2_input
