from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veed_video_background_removal_fast_input_output_codec import (
    VeedVideoBackgroundRemovalFastInputOutputCodec,
    check_veed_video_background_removal_fast_input_output_codec,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .veed_video_background_removal_fast_output import (
        VeedVideoBackgroundRemovalFastOutput,  # noqa: F401
    )


T = TypeVar("T", bound="VeedVideoBackgroundRemovalFastInput")


@_attrs_define
class VeedVideoBackgroundRemovalFastInput(
    FalInput["VeedVideoBackgroundRemovalFastOutput"], endpoint="veed/video-background-removal/fast"
):
    """Input of `veed/video-background-removal/fast` (video-to-video)."""

    video_url: str
    """Video Url: string, 1 to 2,083 characters."""
    output_codec: VeedVideoBackgroundRemovalFastInputOutputCodec | Unset = UNSET
    """Output Codec: one of "vp9", "h264". Server default: "vp9"."""
    refine_foreground_edges: bool | Unset = UNSET
    """Refine Foreground Edges: boolean. Server default: true."""
    subject_is_person: bool | Unset = UNSET
    """Subject Is Person: boolean. Server default: true."""

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
        output_codec: VeedVideoBackgroundRemovalFastInputOutputCodec | Unset
        if isinstance(_output_codec, Unset):
            output_codec = UNSET
        else:
            output_codec = check_veed_video_background_removal_fast_input_output_codec(
                _output_codec
            )

        refine_foreground_edges = d.pop("refine_foreground_edges", UNSET)

        subject_is_person = d.pop("subject_is_person", UNSET)

        veed_video_background_removal_fast_input = cls(
            video_url=video_url,
            output_codec=output_codec,
            refine_foreground_edges=refine_foreground_edges,
            subject_is_person=subject_is_person,
        )

        return veed_video_background_removal_fast_input
