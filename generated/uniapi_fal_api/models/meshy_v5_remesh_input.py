from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.meshy_v5_remesh_input_origin_at import (
    MeshyV5RemeshInputOriginAt,
    check_meshy_v5_remesh_input_origin_at,
)
from ..models.meshy_v5_remesh_input_target_formats_item import (
    MeshyV5RemeshInputTargetFormatsItem,
    check_meshy_v5_remesh_input_target_formats_item,
)
from ..models.meshy_v5_remesh_input_topology import (
    MeshyV5RemeshInputTopology,
    check_meshy_v5_remesh_input_topology,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .meshy_v5_remesh_output import MeshyV5RemeshOutput  # noqa: F401


T = TypeVar("T", bound="MeshyV5RemeshInput")


@_attrs_define
class MeshyV5RemeshInput(FalInput["MeshyV5RemeshOutput"], endpoint="fal-ai/meshy/v5/remesh"):
    """Input of `fal-ai/meshy/v5/remesh` (3d-to-3d)."""

    model_url: str
    """Model Url: string."""
    target_formats: list[MeshyV5RemeshInputTargetFormatsItem] | Unset = UNSET
    """Target Formats: list of one of "glb", "fbx", "obj", "usdz", "blend", "stl". Server default:
    ["glb"]."""
    topology: MeshyV5RemeshInputTopology | Unset = UNSET
    """Topology: one of "quad", "triangle". Server default: "triangle"."""
    target_polycount: int | Unset = UNSET
    """Target Polycount: integer, 100 to 300,000. Server default: 30000."""
    resize_height: float | Unset = UNSET
    """Resize Height: number, at least 0. Server default: 0."""
    origin_at: MeshyV5RemeshInputOriginAt | Unset = UNSET
    """Origin At: one of "bottom", "center"."""

    def to_dict(self) -> dict[str, Any]:
        model_url = self.model_url

        target_formats: list[str] | Unset = UNSET
        if not isinstance(self.target_formats, Unset):
            target_formats = []
            for target_formats_item_data in self.target_formats:
                target_formats_item: str = target_formats_item_data
                target_formats.append(target_formats_item)

        topology: str | Unset = UNSET
        if not isinstance(self.topology, Unset):
            topology = self.topology

        target_polycount = self.target_polycount

        resize_height = self.resize_height

        origin_at: str | Unset = UNSET
        if not isinstance(self.origin_at, Unset):
            origin_at = self.origin_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_url": model_url,
            }
        )
        if target_formats is not UNSET:
            field_dict["target_formats"] = target_formats
        if topology is not UNSET:
            field_dict["topology"] = topology
        if target_polycount is not UNSET:
            field_dict["target_polycount"] = target_polycount
        if resize_height is not UNSET:
            field_dict["resize_height"] = resize_height
        if origin_at is not UNSET:
            field_dict["origin_at"] = origin_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_url = d.pop("model_url")

        _target_formats = d.pop("target_formats", UNSET)
        target_formats: list[MeshyV5RemeshInputTargetFormatsItem] | Unset = UNSET
        if _target_formats is not UNSET:
            target_formats = []
            for target_formats_item_data in _target_formats:
                target_formats_item = check_meshy_v5_remesh_input_target_formats_item(
                    target_formats_item_data
                )

                target_formats.append(target_formats_item)

        _topology = d.pop("topology", UNSET)
        topology: MeshyV5RemeshInputTopology | Unset
        if isinstance(_topology, Unset):
            topology = UNSET
        else:
            topology = check_meshy_v5_remesh_input_topology(_topology)

        target_polycount = d.pop("target_polycount", UNSET)

        resize_height = d.pop("resize_height", UNSET)

        _origin_at = d.pop("origin_at", UNSET)
        origin_at: MeshyV5RemeshInputOriginAt | Unset
        if isinstance(_origin_at, Unset):
            origin_at = UNSET
        else:
            origin_at = check_meshy_v5_remesh_input_origin_at(_origin_at)

        meshy_v5_remesh_input = cls(
            model_url=model_url,
            target_formats=target_formats,
            topology=topology,
            target_polycount=target_polycount,
            resize_height=resize_height,
            origin_at=origin_at,
        )

        return meshy_v5_remesh_input
