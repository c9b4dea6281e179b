from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .qwen_image_2512_trainer_output import QwenImage2512TrainerOutput  # noqa: F401


T = TypeVar("T", bound="QwenImage2512TrainerInput")


@_attrs_define
class QwenImage2512TrainerInput(
    FalInput["QwenImage2512TrainerOutput"], endpoint="fal-ai/qwen-image-2512-trainer"
):
    """Input of `fal-ai/qwen-image-2512-trainer` (training)."""

    image_data_url: str
    """Image Data Url: string."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number. Server default: 0.0005."""
    steps: int | Unset = UNSET
    """Steps: integer, 100 to 30,000, a multiple of 100. Server default: 1000."""
    default_caption: None | str | Unset = UNSET
    """Default Caption: string or None."""

    def to_dict(self) -> dict[str, Any]:
        image_data_url = self.image_data_url

        learning_rate = self.learning_rate

        steps = self.steps

        default_caption: None | str | Unset
        if isinstance(self.default_caption, Unset):
            default_caption = UNSET
        else:
            default_caption = self.default_caption

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_data_url": image_data_url,
            }
        )
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if steps is not UNSET:
            field_dict["steps"] = steps
        if default_caption is not UNSET:
            field_dict["default_caption"] = default_caption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_data_url = d.pop("image_data_url")

        learning_rate = d.pop("learning_rate", UNSET)

        steps = d.pop("steps", UNSET)

        def _parse_default_caption(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_caption = _parse_default_caption(d.pop("default_caption", UNSET))

        qwen_image_2512_trainer_input = cls(
            image_data_url=image_data_url,
            learning_rate=learning_rate,
            steps=steps,
            default_caption=default_caption,
        )

        return qwen_image_2512_trainer_input
