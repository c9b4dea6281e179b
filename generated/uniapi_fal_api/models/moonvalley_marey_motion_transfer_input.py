from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .moonvalley_marey_motion_transfer_output import (
        MoonvalleyMareyMotionTransferOutput,  # noqa: F401
    )


T = TypeVar("T", bound="MoonvalleyMareyMotionTransferInput")


@_attrs_define
class MoonvalleyMareyMotionTransferInput(
    FalInput["MoonvalleyMareyMotionTransferOutput"], endpoint="moonvalley/marey/motion-transfer"
):
    """Input of `moonvalley/marey/motion-transfer` (video-to-video)."""

    prompt: str
    """Prompt: string."""
    video_url: str
    """Video Url: string."""
    first_frame_image_url: None | str | Unset = UNSET
    """First Frame Image Url: string or None. Server default:
    "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original"."""
    reference_image_url: None | str | Unset = UNSET
    """Reference Image Url: string or None."""
    negative_prompt: None | str | Unset = UNSET
    """Negative Prompt: string or None. Server default: "<synthetic> <scene cut> low-poly, flat
    shader, bad rigging, stiff animation, uncanny eyes, low-quality textures, looping glitch,
    cheap effect, overbloom, bloom spam, default lighting, game asset, stiff face, ugly
    specular, AI artifacts"."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None. Server default: -1."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        first_frame_image_url: None | str | Unset
        if isinstance(self.first_frame_image_url, Unset):
            first_frame_image_url = UNSET
        else:
            first_frame_image_url = self.first_frame_image_url

        reference_image_url: None | str | Unset
        if isinstance(self.reference_image_url, Unset):
            reference_image_url = UNSET
        else:
            reference_image_url = self.reference_image_url

        negative_prompt: None | str | Unset
        if isinstance(self.negative_prompt, Unset):
            negative_prompt = UNSET
        else:
            negative_prompt = self.negative_prompt

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if first_frame_image_url is not UNSET:
            field_dict["first_frame_image_url"] = first_frame_image_url
        if reference_image_url is not UNSET:
            field_dict["reference_image_url"] = reference_image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        def _parse_first_frame_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_frame_image_url = _parse_first_frame_image_url(d.pop("first_frame_image_url", UNSET))

        def _parse_reference_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_image_url = _parse_reference_image_url(d.pop("reference_image_url", UNSET))

        def _parse_negative_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_prompt = _parse_negative_prompt(d.pop("negative_prompt", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        moonvalley_marey_motion_transfer_input = cls(
            prompt=prompt,
            video_url=video_url,
            first_frame_image_url=first_frame_image_url,
            reference_image_url=reference_image_url,
            negative_prompt=negative_prompt,
            seed=seed,
        )

        return moonvalley_marey_motion_transfer_input
