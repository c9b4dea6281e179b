from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .z_image_base_trainer_output import ZImageBaseTrainerOutput  # noqa: F401


T = TypeVar("T", bound="ZImageBaseTrainerInput")


@_attrs_define
class ZImageBaseTrainerInput(
    FalInput["ZImageBaseTrainerOutput"], endpoint="fal-ai/z-image-base-trainer"
):
    """Input of `fal-ai/z-image-base-trainer` (training). fal no longer lists this endpoint."""

    image_data_url: str
    """Image Data Url: string."""
    steps: int | Unset = UNSET
    """Steps: integer, 10 to 40,000. Server default: 2000."""
    default_caption: None | str | Unset = UNSET
    """Default Caption: string or None."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number. Server default: 0.0005."""

    def to_dict(self) -> dict[str, Any]:
        image_data_url = self.image_data_url

        steps = self.steps

        default_caption: None | str | Unset
        if isinstance(self.default_caption, Unset):
            default_caption = UNSET
        else:
            default_caption = self.default_caption

        learning_rate = self.learning_rate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_data_url": image_data_url,
            }
        )
        if steps is not UNSET:
            field_dict["steps"] = steps
        if default_caption is not UNSET:
            field_dict["default_caption"] = default_caption
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_data_url = d.pop("image_data_url")

        steps = d.pop("steps", UNSET)

        def _parse_default_caption(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_caption = _parse_default_caption(d.pop("default_caption", UNSET))

        learning_rate = d.pop("learning_rate", UNSET)

        z_image_base_trainer_input = cls(
            image_data_url=image_data_url,
            steps=steps,
            default_caption=default_caption,
            learning_rate=learning_rate,
        )

        return z_image_base_trainer_input
