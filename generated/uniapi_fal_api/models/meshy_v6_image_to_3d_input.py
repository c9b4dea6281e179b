from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.meshy_v6_image_to_3d_input_model_type import (
    MeshyV6ImageTo3DInputModelType,
    check_meshy_v6_image_to_3d_input_model_type,
)
from ..models.meshy_v6_image_to_3d_input_pose_mode import (
    MeshyV6ImageTo3DInputPoseMode,
    check_meshy_v6_image_to_3d_input_pose_mode,
)
from ..models.meshy_v6_image_to_3d_input_symmetry_mode import (
    MeshyV6ImageTo3DInputSymmetryMode,
    check_meshy_v6_image_to_3d_input_symmetry_mode,
)
from ..models.meshy_v6_image_to_3d_input_topology import (
    MeshyV6ImageTo3DInputTopology,
    check_meshy_v6_image_to_3d_input_topology,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .meshy_v6_image_to_3d_output import MeshyV6ImageTo3DOutput  # noqa: F401


T = TypeVar("T", bound="MeshyV6ImageTo3DInput")


@_attrs_define
class MeshyV6ImageTo3DInput(
    FalInput["MeshyV6ImageTo3DOutput"], endpoint="fal-ai/meshy/v6/image-to-3d"
):
    """Input of `fal-ai/meshy/v6/image-to-3d` (image-to-3d). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    animation_action_id: float | Unset = UNSET
    """Number. Server default: 92."""
    enable_animation: bool | Unset = UNSET
    """Boolean."""
    enable_pbr: bool | Unset = UNSET
    """Boolean."""
    enable_rigging: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    model_type: MeshyV6ImageTo3DInputModelType | Unset = UNSET
    """One of "standard", "lowpoly". Server default: "standard"."""
    pose_mode: MeshyV6ImageTo3DInputPoseMode | Unset = UNSET
    """One of "a-pose", "t-pose", "". Server default: ""."""
    rigging_height_meters: float | Unset = UNSET
    """Number. Server default: 1.7."""
    should_remesh: bool | Unset = UNSET
    """Boolean. Server default: true."""
    should_texture: bool | Unset = UNSET
    """Boolean. Server default: true."""
    symmetry_mode: MeshyV6ImageTo3DInputSymmetryMode | Unset = UNSET
    """One of "off", "auto", "on". Server default: "auto"."""
    target_polycount: float | Unset = UNSET
    """Number. Server default: 30000."""
    texture_image_url: str | Unset = UNSET
    """URL or local file."""
    texture_prompt: str | Unset = UNSET
    """String."""
    topology: MeshyV6ImageTo3DInputTopology | Unset = UNSET
    """One of "quad", "triangle". Server default: "triangle"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        animation_action_id = self.animation_action_id

        enable_animation = self.enable_animation

        enable_pbr = self.enable_pbr

        enable_rigging = self.enable_rigging

        enable_safety_checker = self.enable_safety_checker

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        pose_mode: str | Unset = UNSET
        if not isinstance(self.pose_mode, Unset):
            pose_mode = self.pose_mode

        rigging_height_meters = self.rigging_height_meters

        should_remesh = self.should_remesh

        should_texture = self.should_texture

        symmetry_mode: str | Unset = UNSET
        if not isinstance(self.symmetry_mode, Unset):
            symmetry_mode = self.symmetry_mode

        target_polycount = self.target_polycount

        texture_image_url = self.texture_image_url

        texture_prompt = self.texture_prompt

        topology: str | Unset = UNSET
        if not isinstance(self.topology, Unset):
            topology = self.topology

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if animation_action_id is not UNSET:
            field_dict["animation_action_id"] = animation_action_id
        if enable_animation is not UNSET:
            field_dict["enable_animation"] = enable_animation
        if enable_pbr is not UNSET:
            field_dict["enable_pbr"] = enable_pbr
        if enable_rigging is not UNSET:
            field_dict["enable_rigging"] = enable_rigging
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if pose_mode is not UNSET:
            field_dict["pose_mode"] = pose_mode
        if rigging_height_meters is not UNSET:
            field_dict["rigging_height_meters"] = rigging_height_meters
        if should_remesh is not UNSET:
            field_dict["should_remesh"] = should_remesh
        if should_texture is not UNSET:
            field_dict["should_texture"] = should_texture
        if symmetry_mode is not UNSET:
            field_dict["symmetry_mode"] = symmetry_mode
        if target_polycount is not UNSET:
            field_dict["target_polycount"] = target_polycount
        if texture_image_url is not UNSET:
            field_dict["texture_image_url"] = texture_image_url
        if texture_prompt is not UNSET:
            field_dict["texture_prompt"] = texture_prompt
        if topology is not UNSET:
            field_dict["topology"] = topology

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        animation_action_id = d.pop("animation_action_id", UNSET)

        enable_animation = d.pop("enable_animation", UNSET)

        enable_pbr = d.pop("enable_pbr", UNSET)

        enable_rigging = d.pop("enable_rigging", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: MeshyV6ImageTo3DInputModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_meshy_v6_image_to_3d_input_model_type(_model_type)

        _pose_mode = d.pop("pose_mode", UNSET)
        pose_mode: MeshyV6ImageTo3DInputPoseMode | Unset
        if isinstance(_pose_mode, Unset):
            pose_mode = UNSET
        else:
            pose_mode = check_meshy_v6_image_to_3d_input_pose_mode(_pose_mode)

        rigging_height_meters = d.pop("rigging_height_meters", UNSET)

        should_remesh = d.pop("should_remesh", UNSET)

        should_texture = d.pop("should_texture", UNSET)

        _symmetry_mode = d.pop("symmetry_mode", UNSET)
        symmetry_mode: MeshyV6ImageTo3DInputSymmetryMode | Unset
        if isinstance(_symmetry_mode, Unset):
            symmetry_mode = UNSET
        else:
            symmetry_mode = check_meshy_v6_image_to_3d_input_symmetry_mode(_symmetry_mode)

        target_polycount = d.pop("target_polycount", UNSET)

        texture_image_url = d.pop("texture_image_url", UNSET)

        texture_prompt = d.pop("texture_prompt", UNSET)

        _topology = d.pop("topology", UNSET)
        topology: MeshyV6ImageTo3DInputTopology | Unset
        if isinstance(_topology, Unset):
            topology = UNSET
        else:
            topology = check_meshy_v6_image_to_3d_input_topology(_topology)

        meshy_v6_image_to_3d_input = cls(
            image_url=image_url,
            animation_action_id=animation_action_id,
            enable_animation=enable_animation,
            enable_pbr=enable_pbr,
            enable_rigging=enable_rigging,
            enable_safety_checker=enable_safety_checker,
            model_type=model_type,
            pose_mode=pose_mode,
            rigging_height_meters=rigging_height_meters,
            should_remesh=should_remesh,
            should_texture=should_texture,
            symmetry_mode=symmetry_mode,
            target_polycount=target_polycount,
            texture_image_url=texture_image_url,
            texture_prompt=texture_prompt,
            topology=topology,
        )

        return meshy_v6_image_to_3d_input
