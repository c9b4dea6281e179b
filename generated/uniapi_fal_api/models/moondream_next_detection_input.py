from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.moondream_next_detection_input_task_type import (
    MoondreamNextDetectionInputTaskType,
    check_moondream_next_detection_input_task_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .moondream_next_detection_output import MoondreamNextDetectionOutput  # noqa: F401


T = TypeVar("T", bound="MoondreamNextDetectionInput")


@_attrs_define
class MoondreamNextDetectionInput(
    FalInput["MoondreamNextDetectionOutput"], endpoint="fal-ai/moondream-next/detection"
):
    """Input of `fal-ai/moondream-next/detection` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    detection_prompt: str
    """String."""
    image_url: str
    """URL or local file."""
    task_type: MoondreamNextDetectionInputTaskType
    """One of "bbox_detection", "point_detection", "gaze_detection"."""
    combine_points: bool | Unset = UNSET
    """Boolean."""
    show_visualization: bool | Unset = UNSET
    """Boolean. Server default: true."""
    use_ensemble: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        detection_prompt = self.detection_prompt

        image_url = self.image_url

        task_type: str = self.task_type

        combine_points = self.combine_points

        show_visualization = self.show_visualization

        use_ensemble = self.use_ensemble

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "detection_prompt": detection_prompt,
                "image_url": image_url,
                "task_type": task_type,
            }
        )
        if combine_points is not UNSET:
            field_dict["combine_points"] = combine_points
        if show_visualization is not UNSET:
            field_dict["show_visualization"] = show_visualization
        if use_ensemble is not UNSET:
            field_dict["use_ensemble"] = use_ensemble

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detection_prompt = d.pop("detection_prompt")

        image_url = d.pop("image_url")

        task_type = check_moondream_next_detection_input_task_type(d.pop("task_type"))

        combine_points = d.pop("combine_points", UNSET)

        show_visualization = d.pop("show_visualization", UNSET)

        use_ensemble = d.pop("use_ensemble", UNSET)

        moondream_next_detection_input = cls(
            detection_prompt=detection_prompt,
            image_url=image_url,
            task_type=task_type,
            combine_points=combine_points,
            show_visualization=show_visualization,
            use_ensemble=use_ensemble,
        )

        return moondream_next_detection_input
