from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.alibaba_happy_horse_video_edit_input_audio_setting import (
    AlibabaHappyHorseVideoEditInputAudioSetting,
    check_alibaba_happy_horse_video_edit_input_audio_setting,
)
from ..models.alibaba_happy_horse_video_edit_input_resolution import (
    AlibabaHappyHorseVideoEditInputResolution,
    check_alibaba_happy_horse_video_edit_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .alibaba_happy_horse_video_edit_output import AlibabaHappyHorseVideoEditOutput  # noqa: F401


T = TypeVar("T", bound="AlibabaHappyHorseVideoEditInput")


@_attrs_define
class AlibabaHappyHorseVideoEditInput(
    FalInput["AlibabaHappyHorseVideoEditOutput"], endpoint="alibaba/happy-horse/video-edit"
):
    """Input of `alibaba/happy-horse/video-edit` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    audio_setting: AlibabaHappyHorseVideoEditInputAudioSetting | Unset = UNSET
    """One of "auto", "origin". Server default: "auto"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    reference_image_urls: list[str] | Unset = UNSET
    """List of string."""
    resolution: AlibabaHappyHorseVideoEditInputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "1080p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        audio_setting: str | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting

        enable_safety_checker = self.enable_safety_checker

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: AlibabaHappyHorseVideoEditInputAudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = check_alibaba_happy_horse_video_edit_input_audio_setting(_audio_setting)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: AlibabaHappyHorseVideoEditInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_alibaba_happy_horse_video_edit_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        alibaba_happy_horse_video_edit_input = cls(
            prompt=prompt,
            video_url=video_url,
            audio_setting=audio_setting,
            enable_safety_checker=enable_safety_checker,
            reference_image_urls=reference_image_urls,
            resolution=resolution,
            seed=seed,
        )

        return alibaba_happy_horse_video_edit_input
