from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_krea_trainer_output import FluxKreaTrainerOutput  # noqa: F401


T = TypeVar("T", bound="FluxKreaTrainerInput")


@_attrs_define
class FluxKreaTrainerInput(FalInput["FluxKreaTrainerOutput"], endpoint="fal-ai/flux-krea-trainer"):
    """Input of `fal-ai/flux-krea-trainer` (training). fal no longer lists this endpoint."""

    images_data_url: str
    """Images Data Url: string."""
    trigger_word: None | str | Unset = UNSET
    """Trigger Word: string or None."""
    create_masks: bool | Unset = UNSET
    """Create Masks: boolean. Server default: true."""
    steps: int | Unset = UNSET
    """Steps: integer, 1 to 10,000."""
    is_style: bool | Unset = UNSET
    """Is Style: boolean. Server default: false."""
    is_input_format_already_preprocessed: bool | Unset = UNSET
    """Is Input Format Already Preprocessed: boolean. Server default: false."""
    data_archive_format: None | str | Unset = UNSET
    """Data Archive Format: string or None."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        trigger_word: None | str | Unset
        if isinstance(self.trigger_word, Unset):
            trigger_word = UNSET
        else:
            trigger_word = self.trigger_word

        create_masks = self.create_masks

        steps = self.steps

        is_style = self.is_style

        is_input_format_already_preprocessed = self.is_input_format_already_preprocessed

        data_archive_format: None | str | Unset
        if isinstance(self.data_archive_format, Unset):
            data_archive_format = UNSET
        else:
            data_archive_format = self.data_archive_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images_data_url": images_data_url,
            }
        )
        if trigger_word is not UNSET:
            field_dict["trigger_word"] = trigger_word
        if create_masks is not UNSET:
            field_dict["create_masks"] = create_masks
        if steps is not UNSET:
            field_dict["steps"] = steps
        if is_style is not UNSET:
            field_dict["is_style"] = is_style
        if is_input_format_already_preprocessed is not UNSET:
            field_dict["is_input_format_already_preprocessed"] = (
                is_input_format_already_preprocessed
            )
        if data_archive_format is not UNSET:
            field_dict["data_archive_format"] = data_archive_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        def _parse_trigger_word(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_word = _parse_trigger_word(d.pop("trigger_word", UNSET))

        create_masks = d.pop("create_masks", UNSET)

        steps = d.pop("steps", UNSET)

        is_style = d.pop("is_style", UNSET)

        is_input_format_already_preprocessed = d.pop("is_input_format_already_preprocessed", UNSET)

        def _parse_data_archive_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_archive_format = _parse_data_archive_format(d.pop("data_archive_format", UNSET))

        flux_krea_trainer_input = cls(
            images_data_url=images_data_url,
            trigger_word=trigger_word,
            create_masks=create_masks,
            steps=steps,
            is_style=is_style,
            is_input_format_already_preprocessed=is_input_format_already_preprocessed,
            data_archive_format=data_archive_format,
        )

        return flux_krea_trainer_input
