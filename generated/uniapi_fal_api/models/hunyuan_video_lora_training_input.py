from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_video_lora_training_output import HunyuanVideoLoraTrainingOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanVideoLoraTrainingInput")


@_attrs_define
class HunyuanVideoLoraTrainingInput(
    FalInput["HunyuanVideoLoraTrainingOutput"], endpoint="fal-ai/hunyuan-video-lora-training"
):
    """Input of `fal-ai/hunyuan-video-lora-training` (training). fal no longer lists this endpoint."""

    images_data_url: str
    """Images Data Url: string."""
    steps: int
    """Steps: integer, 1 to 5,000."""
    trigger_word: str | Unset = UNSET
    """Trigger Word: string. Server default: ""."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number. Server default: 0.0001."""
    do_caption: bool | Unset = UNSET
    """Do Caption: boolean. Server default: true."""
    data_archive_format: None | str | Unset = UNSET
    """Data Archive Format: string or None or None."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        steps = self.steps

        trigger_word = self.trigger_word

        learning_rate = self.learning_rate

        do_caption = self.do_caption

        data_archive_format: None | str | Unset
        if isinstance(self.data_archive_format, Unset):
            data_archive_format = UNSET
        else:
            data_archive_format = self.data_archive_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images_data_url": images_data_url,
                "steps": steps,
            }
        )
        if trigger_word is not UNSET:
            field_dict["trigger_word"] = trigger_word
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if do_caption is not UNSET:
            field_dict["do_caption"] = do_caption
        if data_archive_format is not UNSET:
            field_dict["data_archive_format"] = data_archive_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        steps = d.pop("steps")

        trigger_word = d.pop("trigger_word", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        do_caption = d.pop("do_caption", UNSET)

        def _parse_data_archive_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_archive_format = _parse_data_archive_format(d.pop("data_archive_format", UNSET))

        hunyuan_video_lora_training_input = cls(
            images_data_url=images_data_url,
            steps=steps,
            trigger_word=trigger_word,
            learning_rate=learning_rate,
            do_caption=do_caption,
            data_archive_format=data_archive_format,
        )

        return hunyuan_video_lora_training_input
