from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.scene_finder_input_frame_selection import (
    SceneFinderInputFrameSelection,
    check_scene_finder_input_frame_selection,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .scene_finder_output import SceneFinderOutput  # noqa: F401


T = TypeVar("T", bound="SceneFinderInput")


@_attrs_define
class SceneFinderInput(FalInput["SceneFinderOutput"], endpoint="fal-ai/scene-finder"):
    """Input of `fal-ai/scene-finder` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    frame_selection: SceneFinderInputFrameSelection | Unset = UNSET
    """One of "mid", "start", "end", "all". Server default: "mid"."""
    frames_per_second: float | Unset = UNSET
    """Number. Server default: 2."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        frame_selection: str | Unset = UNSET
        if not isinstance(self.frame_selection, Unset):
            frame_selection = self.frame_selection

        frames_per_second = self.frames_per_second

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if frame_selection is not UNSET:
            field_dict["frame_selection"] = frame_selection
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _frame_selection = d.pop("frame_selection", UNSET)
        frame_selection: SceneFinderInputFrameSelection | Unset
        if isinstance(_frame_selection, Unset):
            frame_selection = UNSET
        else:
            frame_selection = check_scene_finder_input_frame_selection(_frame_selection)

        frames_per_second = d.pop("frames_per_second", UNSET)

        scene_finder_input = cls(
            prompt=prompt,
            video_url=video_url,
            frame_selection=frame_selection,
            frames_per_second=frames_per_second,
        )

        return scene_finder_input
