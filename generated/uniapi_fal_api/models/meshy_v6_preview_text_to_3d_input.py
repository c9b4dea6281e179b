from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.meshy_v6_preview_text_to_3d_input_art_style import (
    MeshyV6PreviewTextTo3DInputArtStyle,
    check_meshy_v6_preview_text_to_3d_input_art_style,
)
from ..models.meshy_v6_preview_text_to_3d_input_mode import (
    MeshyV6PreviewTextTo3DInputMode,
    check_meshy_v6_preview_text_to_3d_input_mode,
)
from ..models.meshy_v6_preview_text_to_3d_input_symmetry_mode import (
    MeshyV6PreviewTextTo3DInputSymmetryMode,
    check_meshy_v6_preview_text_to_3d_input_symmetry_mode,
)
from ..models.meshy_v6_preview_text_to_3d_input_topology import (
    MeshyV6PreviewTextTo3DInputTopology,
    check_meshy_v6_preview_text_to_3d_input_topology,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .meshy_v6_preview_text_to_3d_output import MeshyV6PreviewTextTo3DOutput  # noqa: F401


T = TypeVar("T", bound="MeshyV6PreviewTextTo3DInput")


@_attrs_define
class MeshyV6PreviewTextTo3DInput(
    FalInput["MeshyV6PreviewTextTo3DOutput"], endpoint="fal-ai/meshy/v6-preview/text-to-3d"
):
    """Input of `fal-ai/meshy/v6-preview/text-to-3d` (text-to-3d)."""

    prompt: str
    """Prompt: string, at most 600 characters."""
    mode: MeshyV6PreviewTextTo3DInputMode | Unset = UNSET
    """Mode: one of "preview", "full". Server default: "full"."""
    art_style: MeshyV6PreviewTextTo3DInputArtStyle | Unset = UNSET
    """Art Style: one of "realistic", "sculpture". Server default: "realistic"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    topology: MeshyV6PreviewTextTo3DInputTopology | Unset = UNSET
    """Topology: one of "quad", "triangle". Server default: "triangle"."""
    target_polycount: int | Unset = UNSET
    """Target Polycount: integer, 100 to 300,000. Server default: 30000."""
    should_remesh: bool | Unset = UNSET
    """Should Remesh: boolean. Server default: true."""
    symmetry_mode: MeshyV6PreviewTextTo3DInputSymmetryMode | Unset = UNSET
    """Symmetry Mode: one of "off", "auto", "on". Server default: "auto"."""
    is_a_t_pose: bool | Unset = UNSET
    """Is A T Pose: boolean. Server default: false."""
    enable_pbr: bool | Unset = UNSET
    """Enable Pbr: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    texture_prompt: str | Unset = UNSET
    """Texture Prompt: string, at most 600 characters."""
    texture_image_url: str | Unset = UNSET
    """Texture Image Url: string."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        art_style: str | Unset = UNSET
        if not isinstance(self.art_style, Unset):
            art_style = self.art_style

        seed = self.seed

        topology: str | Unset = UNSET
        if not isinstance(self.topology, Unset):
            topology = self.topology

        target_polycount = self.target_polycount

        should_remesh = self.should_remesh

        symmetry_mode: str | Unset = UNSET
        if not isinstance(self.symmetry_mode, Unset):
            symmetry_mode = self.symmetry_mode

        is_a_t_pose = self.is_a_t_pose

        enable_pbr = self.enable_pbr

        enable_prompt_expansion = self.enable_prompt_expansion

        texture_prompt = self.texture_prompt

        texture_image_url = self.texture_image_url

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if art_style is not UNSET:
            field_dict["art_style"] = art_style
        if seed is not UNSET:
            field_dict["seed"] = seed
        if topology is not UNSET:
            field_dict["topology"] = topology
        if target_polycount is not UNSET:
            field_dict["target_polycount"] = target_polycount
        if should_remesh is not UNSET:
            field_dict["should_remesh"] = should_remesh
        if symmetry_mode is not UNSET:
            field_dict["symmetry_mode"] = symmetry_mode
        if is_a_t_pose is not UNSET:
            field_dict["is_a_t_pose"] = is_a_t_pose
        if enable_pbr is not UNSET:
            field_dict["enable_pbr"] = enable_pbr
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
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
        prompt = d.pop("prompt")

        _mode = d.pop("mode", UNSET)
        mode: MeshyV6PreviewTextTo3DInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_meshy_v6_preview_text_to_3d_input_mode(_mode)

        _art_style = d.pop("art_style", UNSET)
        art_style: MeshyV6PreviewTextTo3DInputArtStyle | Unset
        if isinstance(_art_style, Unset):
            art_style = UNSET
        else:
            art_style = check_meshy_v6_preview_text_to_3d_input_art_style(_art_style)

        seed = d.pop("seed", UNSET)

        _topology = d.pop("topology", UNSET)
        topology: MeshyV6PreviewTextTo3DInputTopology | Unset
        if isinstance(_topology, Unset):
            topology = UNSET
        else:
            topology = check_meshy_v6_preview_text_to_3d_input_topology(_topology)

        target_polycount = d.pop("target_polycount", UNSET)

        should_remesh = d.pop("should_remesh", UNSET)

        _symmetry_mode = d.pop("symmetry_mode", UNSET)
        symmetry_mode: MeshyV6PreviewTextTo3DInputSymmetryMode | Unset
        if isinstance(_symmetry_mode, Unset):
            symmetry_mode = UNSET
        else:
            symmetry_mode = check_meshy_v6_preview_text_to_3d_input_symmetry_mode(_symmetry_mode)

        is_a_t_pose = d.pop("is_a_t_pose", UNSET)

        enable_pbr = d.pop("enable_pbr", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        texture_prompt = d.pop("texture_prompt", UNSET)

        texture_image_url = d.pop("texture_image_url", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        meshy_v6_preview_text_to_3d_input = cls(
            prompt=prompt,
            mode=mode,
            art_style=art_style,
            seed=seed,
            topology=topology,
            target_polycount=target_polycount,
            should_remesh=should_remesh,
            symmetry_mode=symmetry_mode,
            is_a_t_pose=is_a_t_pose,
            enable_pbr=enable_pbr,
            enable_prompt_expansion=enable_prompt_expansion,
            texture_prompt=texture_prompt,
            texture_image_url=texture_image_url,
            enable_safety_checker=enable_safety_checker,
        )

        return meshy_v6_preview_text_to_3d_input
