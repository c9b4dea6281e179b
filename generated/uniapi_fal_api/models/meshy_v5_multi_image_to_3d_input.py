from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.meshy_v5_multi_image_to_3d_input_symmetry_mode import (
    MeshyV5MultiImageTo3DInputSymmetryMode,
    check_meshy_v5_multi_image_to_3d_input_symmetry_mode,
)
from ..models.meshy_v5_multi_image_to_3d_input_topology import (
    MeshyV5MultiImageTo3DInputTopology,
    check_meshy_v5_multi_image_to_3d_input_topology,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .meshy_v5_multi_image_to_3d_output import MeshyV5MultiImageTo3DOutput  # noqa: F401


T = TypeVar("T", bound="MeshyV5MultiImageTo3DInput")


@_attrs_define
class MeshyV5MultiImageTo3DInput(
    FalInput["MeshyV5MultiImageTo3DOutput"], endpoint="fal-ai/meshy/v5/multi-image-to-3d"
):
    """Input of `fal-ai/meshy/v5/multi-image-to-3d` (image-to-3d)."""

    image_urls: list[str]
    """Image Urls: list of string."""
    topology: MeshyV5MultiImageTo3DInputTopology | Unset = UNSET
    """Topology: one of "quad", "triangle". Server default: "triangle"."""
    target_polycount: int | Unset = UNSET
    """Target Polycount: integer, 100 to 300,000. Server default: 30000."""
    symmetry_mode: MeshyV5MultiImageTo3DInputSymmetryMode | Unset = UNSET
    """Symmetry Mode: one of "off", "auto", "on". Server default: "auto"."""
    should_remesh: bool | Unset = UNSET
    """Should Remesh: boolean. Server default: true."""
    should_texture: bool | Unset = UNSET
    """Should Texture: boolean. Server default: true."""
    enable_pbr: bool | Unset = UNSET
    """Enable Pbr: boolean. Server default: false."""
    is_a_t_pose: bool | Unset = UNSET
    """Is A T Pose: boolean. Server default: false."""
    texture_prompt: str | Unset = UNSET
    """Texture Prompt: string, at most 600 characters."""
    texture_image_url: str | Unset = UNSET
    """Texture Image Url: string."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        topology: str | Unset = UNSET
        if not isinstance(self.topology, Unset):
            topology = self.topology

        target_polycount = self.target_polycount

        symmetry_mode: str | Unset = UNSET
        if not isinstance(self.symmetry_mode, Unset):
            symmetry_mode = self.symmetry_mode

        should_remesh = self.should_remesh

        should_texture = self.should_texture

        enable_pbr = self.enable_pbr

        is_a_t_pose = self.is_a_t_pose

        texture_prompt = self.texture_prompt

        texture_image_url = self.texture_image_url

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )
        if topology is not UNSET:
            field_dict["topology"] = topology
        if target_polycount is not UNSET:
            field_dict["target_polycount"] = target_polycount
        if symmetry_mode is not UNSET:
            field_dict["symmetry_mode"] = symmetry_mode
        if should_remesh is not UNSET:
            field_dict["should_remesh"] = should_remesh
        if should_texture is not UNSET:
            field_dict["should_texture"] = should_texture
        if enable_pbr is not UNSET:
            field_dict["enable_pbr"] = enable_pbr
        if is_a_t_pose is not UNSET:
            field_dict["is_a_t_pose"] = is_a_t_pose
        if texture_prompt is not UNSET:
            field_dict["texture_prompt"] = texture_prompt
        if texture_image_url is not UNSET:
            field_dict["texture_image_url"] = texture_image_url
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        _topology = d.pop("topology", UNSET)
        topology: MeshyV5MultiImageTo3DInputTopology | Unset
        if isinstance(_topology, Unset):
            topology = UNSET
        else:
            topology = check_meshy_v5_multi_image_to_3d_input_topology(_topology)

        target_polycount = d.pop("target_polycount", UNSET)

        _symmetry_mode = d.pop("symmetry_mode", UNSET)
        symmetry_mode: MeshyV5MultiImageTo3DInputSymmetryMode | Unset
        if isinstance(_symmetry_mode, Unset):
            symmetry_mode = UNSET
        else:
            symmetry_mode = check_meshy_v5_multi_image_to_3d_input_symmetry_mode(_symmetry_mode)

        should_remesh = d.pop("should_remesh", UNSET)

        should_texture = d.pop("should_texture", UNSET)

        enable_pbr = d.pop("enable_pbr", UNSET)

        is_a_t_pose = d.pop("is_a_t_pose", UNSET)

        texture_prompt = d.pop("texture_prompt", UNSET)

        texture_image_url = d.pop("texture_image_url", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        meshy_v5_multi_image_to_3d_input = cls(
            image_urls=image_urls,
            topology=topology,
            target_polycount=target_polycount,
            symmetry_mode=symmetry_mode,
            should_remesh=should_remesh,
            should_texture=should_texture,
            enable_pbr=enable_pbr,
            is_a_t_pose=is_a_t_pose,
            texture_prompt=texture_prompt,
            texture_image_url=texture_image_url,
            enable_safety_checker=enable_safety_checker,
        )

        return meshy_v5_multi_image_to_3d_input
