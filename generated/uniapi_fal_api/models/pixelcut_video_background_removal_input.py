from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixelcut_video_background_removal_input_output_codec import (
    PixelcutVideoBackgroundRemovalInputOutputCodec,
    check_pixelcut_video_background_removal_input_output_codec,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixelcut_video_background_removal_output import (
        PixelcutVideoBackgroundRemovalOutput,  # noqa: F401
    )


T = TypeVar("T", bound="PixelcutVideoBackgroundRemovalInput")


@_attrs_define
class PixelcutVideoBackgroundRemovalInput(
    FalInput["PixelcutVideoBackgroundRemovalOutput"], endpoint="pixelcut/video-background-removal"
):
    """Input of `pixelcut/video-background-removal` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    output_codec: PixelcutVideoBackgroundRemovalInputOutputCodec | Unset = UNSET
    """One of "vp9", "h264". Server default: "vp9"."""
    refine_foreground_edges: bool | Unset = UNSET
    """Boolean. Server default: true."""
    subject_is_person: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        output_codec: str | Unset = UNSET
        if not isinstance(self.output_codec, Unset):
            output_codec = self.output_codec

        refine_foreground_edges = self.refine_foreground_edges

        subject_is_person = self.subject_is_person

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if output_codec is not UNSET:
            field_dict["output_codec"] = output_codec
        if refine_foreground_edges is not UNSET:
            field_dict["refine_foreground_edges"] = refine_foreground_edges
        if subject_is_person is not UNSET:
            field_dict["subject_is_person"] = subject_is_person

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _output_codec = d.pop("output_codec", UNSET)
        output_codec: PixelcutVideoBackgroundRemovalInputOutputCodec | Unset
        if isinstance(_output_codec, Unset):
            output_codec = UNSET
        else:
            output_codec = check_pixelcut_video_background_removal_input_output_codec(_output_codec)

        refine_foreground_edges = d.pop("refine_foreground_edges", UNSET)

        subject_is_person = d.pop("subject_is_person", UNSET)

        pixelcut_video_background_removal_input = cls(
            video_url=video_url,
            output_codec=output_codec,
            refine_foreground_edges=refine_foreground_edges,
            subject_is_person=subject_is_person,
        )

        return pixelcut_video_background_removal_input
