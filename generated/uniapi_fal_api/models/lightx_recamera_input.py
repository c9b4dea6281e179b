from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.lightx_recamera_input_camera import (
    LightxRecameraInputCamera,
    check_lightx_recamera_input_camera,
)
from ..models.lightx_recamera_input_mode import (
    LightxRecameraInputMode,
    check_lightx_recamera_input_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trajectory_parameters import TrajectoryParameters
    from .lightx_recamera_output import LightxRecameraOutput  # noqa: F401


T = TypeVar("T", bound="LightxRecameraInput")


@_attrs_define
class LightxRecameraInput(FalInput["LightxRecameraOutput"], endpoint="fal-ai/lightx/recamera"):
    """Input of `fal-ai/lightx/recamera` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    camera: LightxRecameraInputCamera | Unset = UNSET
    """Camera: one of "traj", "target". Server default: "traj"."""
    mode: LightxRecameraInputMode | Unset = UNSET
    """Mode: one of "gradual", "bullet", "direct", "dolly-zoom". Server default: "gradual"."""
    trajectory: TrajectoryParameters | Unset = UNSET
    """Trajectory: TrajectoryParameters."""
    target_pose: list[float] | Unset = UNSET
    """Target Pose: list of number."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        seed = self.seed

        camera: str | Unset = UNSET
        if not isinstance(self.camera, Unset):
            camera = self.camera

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        trajectory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trajectory, Unset):
            trajectory = self.trajectory.to_dict()

        target_pose: list[float] | Unset = UNSET
        if not isinstance(self.target_pose, Unset):
            target_pose = self.target_pose

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if camera is not UNSET:
            field_dict["camera"] = camera
        if mode is not UNSET:
            field_dict["mode"] = mode
        if trajectory is not UNSET:
            field_dict["trajectory"] = trajectory
        if target_pose is not UNSET:
            field_dict["target_pose"] = target_pose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trajectory_parameters import TrajectoryParameters  # noqa: PLC0415

        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _camera = d.pop("camera", UNSET)
        camera: LightxRecameraInputCamera | Unset
        if isinstance(_camera, Unset):
            camera = UNSET
        else:
            camera = check_lightx_recamera_input_camera(_camera)

        _mode = d.pop("mode", UNSET)
        mode: LightxRecameraInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_lightx_recamera_input_mode(_mode)

        _trajectory = d.pop("trajectory", UNSET)
        trajectory: TrajectoryParameters | Unset
        if isinstance(_trajectory, Unset):
            trajectory = UNSET
        else:
            trajectory = TrajectoryParameters.from_dict(_trajectory)

        target_pose = cast(list[float], d.pop("target_pose", UNSET))

        lightx_recamera_input = cls(
            video_url=video_url,
            prompt=prompt,
            seed=seed,
            camera=camera,
            mode=mode,
            trajectory=trajectory,
            target_pose=target_pose,
        )

        return lightx_recamera_input
