from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ray_edit_depth_control import RayEditDepthControl
    from ..models.ray_edit_face_control import RayEditFaceControl
    from ..models.ray_edit_normals_control import RayEditNormalsControl
    from ..models.ray_edit_pose_control import RayEditPoseControl
    from ..models.ray_edit_trajectory_control import RayEditTrajectoryControl


T = TypeVar("T", bound="RayEditControls")


@_attrs_define
class RayEditControls:
    depth: RayEditDepthControl | Unset = UNSET
    """RayEditDepthControl."""
    face: RayEditFaceControl | Unset = UNSET
    """RayEditFaceControl."""
    normals: RayEditNormalsControl | Unset = UNSET
    """RayEditNormalsControl."""
    pose: RayEditPoseControl | Unset = UNSET
    """RayEditPoseControl."""
    trajectory: RayEditTrajectoryControl | Unset = UNSET
    """RayEditTrajectoryControl."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.depth, Unset):
            depth = self.depth.to_dict()

        face: dict[str, Any] | Unset = UNSET
        if not isinstance(self.face, Unset):
            face = self.face.to_dict()

        normals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normals, Unset):
            normals = self.normals.to_dict()

        pose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pose, Unset):
            pose = self.pose.to_dict()

        trajectory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trajectory, Unset):
            trajectory = self.trajectory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if depth is not UNSET:
            field_dict["depth"] = depth
        if face is not UNSET:
            field_dict["face"] = face
        if normals is not UNSET:
            field_dict["normals"] = normals
        if pose is not UNSET:
            field_dict["pose"] = pose
        if trajectory is not UNSET:
            field_dict["trajectory"] = trajectory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ray_edit_depth_control import RayEditDepthControl  # noqa: PLC0415
        from ..models.ray_edit_face_control import RayEditFaceControl  # noqa: PLC0415
        from ..models.ray_edit_normals_control import RayEditNormalsControl  # noqa: PLC0415
        from ..models.ray_edit_pose_control import RayEditPoseControl  # noqa: PLC0415
        from ..models.ray_edit_trajectory_control import RayEditTrajectoryControl  # noqa: PLC0415

        d = dict(src_dict)
        _depth = d.pop("depth", UNSET)
        depth: RayEditDepthControl | Unset
        if isinstance(_depth, Unset):
            depth = UNSET
        else:
            depth = RayEditDepthControl.from_dict(_depth)

        _face = d.pop("face", UNSET)
        face: RayEditFaceControl | Unset
        if isinstance(_face, Unset):
            face = UNSET
        else:
            face = RayEditFaceControl.from_dict(_face)

        _normals = d.pop("normals", UNSET)
        normals: RayEditNormalsControl | Unset
        if isinstance(_normals, Unset):
            normals = UNSET
        else:
            normals = RayEditNormalsControl.from_dict(_normals)

        _pose = d.pop("pose", UNSET)
        pose: RayEditPoseControl | Unset
        if isinstance(_pose, Unset):
            pose = UNSET
        else:
            pose = RayEditPoseControl.from_dict(_pose)

        _trajectory = d.pop("trajectory", UNSET)
        trajectory: RayEditTrajectoryControl | Unset
        if isinstance(_trajectory, Unset):
            trajectory = UNSET
        else:
            trajectory = RayEditTrajectoryControl.from_dict(_trajectory)

        ray_edit_controls = cls(
            depth=depth,
            face=face,
            normals=normals,
            pose=pose,
            trajectory=trajectory,
        )

        ray_edit_controls.additional_properties = d
        return ray_edit_controls

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
