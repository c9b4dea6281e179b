from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ideogram_v3_layerize_text_output import IdeogramV3LayerizeTextOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramV3LayerizeTextInput")


@_attrs_define
class IdeogramV3LayerizeTextInput(
    FalInput["IdeogramV3LayerizeTextOutput"], endpoint="fal-ai/ideogram/v3/layerize-text"
):
    """Input of `fal-ai/ideogram/v3/layerize-text` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    font_file_body_url: str | Unset = UNSET
    """URL or local file."""
    font_file_h1_url: str | Unset = UNSET
    """URL or local file."""
    font_file_h2_url: str | Unset = UNSET
    """URL or local file."""
    font_file_small_url: str | Unset = UNSET
    """URL or local file."""
    font_name_body: str | Unset = UNSET
    """String."""
    font_name_h1: str | Unset = UNSET
    """String."""
    font_name_h2: str | Unset = UNSET
    """String."""
    font_name_small: str | Unset = UNSET
    """String."""
    prompt: str | Unset = UNSET
    """String."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        font_file_body_url = self.font_file_body_url

        font_file_h1_url = self.font_file_h1_url

        font_file_h2_url = self.font_file_h2_url

        font_file_small_url = self.font_file_small_url

        font_name_body = self.font_name_body

        font_name_h1 = self.font_name_h1

        font_name_h2 = self.font_name_h2

        font_name_small = self.font_name_small

        prompt = self.prompt

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if font_file_body_url is not UNSET:
            field_dict["font_file_body_url"] = font_file_body_url
        if font_file_h1_url is not UNSET:
            field_dict["font_file_h1_url"] = font_file_h1_url
        if font_file_h2_url is not UNSET:
            field_dict["font_file_h2_url"] = font_file_h2_url
        if font_file_small_url is not UNSET:
            field_dict["font_file_small_url"] = font_file_small_url
        if font_name_body is not UNSET:
            field_dict["font_name_body"] = font_name_body
        if font_name_h1 is not UNSET:
            field_dict["font_name_h1"] = font_name_h1
        if font_name_h2 is not UNSET:
            field_dict["font_name_h2"] = font_name_h2
        if font_name_small is not UNSET:
            field_dict["font_name_small"] = font_name_small
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        font_file_body_url = d.pop("font_file_body_url", UNSET)

        font_file_h1_url = d.pop("font_file_h1_url", UNSET)

        font_file_h2_url = d.pop("font_file_h2_url", UNSET)

        font_file_small_url = d.pop("font_file_small_url", UNSET)

        font_name_body = d.pop("font_name_body", UNSET)

        font_name_h1 = d.pop("font_name_h1", UNSET)

        font_name_h2 = d.pop("font_name_h2", UNSET)

        font_name_small = d.pop("font_name_small", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_v3_layerize_text_input = cls(
            image_url=image_url,
            font_file_body_url=font_file_body_url,
            font_file_h1_url=font_file_h1_url,
            font_file_h2_url=font_file_h2_url,
            font_file_small_url=font_file_small_url,
            font_name_body=font_name_body,
            font_name_h1=font_name_h1,
            font_name_h2=font_name_h2,
            font_name_small=font_name_small,
            prompt=prompt,
            seed=seed,
            sync_mode=sync_mode,
        )

        return ideogram_v3_layerize_text_input
