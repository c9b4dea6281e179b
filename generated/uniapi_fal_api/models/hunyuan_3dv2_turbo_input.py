from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_3dv2_turbo_output import Hunyuan3DV2TurboOutput  # noqa: F401


T = TypeVar("T", bound="Hunyuan3DV2TurboInput")


@_attrs_define
class Hunyuan3DV2TurboInput(
    FalInput["Hunyuan3DV2TurboOutput"], endpoint="fal-ai/hunyuan3d/v2/turbo"
):
    """Input of `fal-ai/hunyuan3d/v2/turbo` (image-to-3d)."""

    input_image_url: str
    """Input Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 50."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 20. Server default: 7.5."""
    octree_resolution: int | Unset = UNSET
    """Octree Resolution: integer, 1 to 1,024. Server default: 256."""
    textured_mesh: bool | Unset = UNSET
    """Textured Mesh: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        input_image_url = self.input_image_url

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        octree_resolution = self.octree_resolution

        textured_mesh = self.textured_mesh

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_image_url": input_image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if octree_resolution is not UNSET:
            field_dict["octree_resolution"] = octree_resolution
        if textured_mesh is not UNSET:
            field_dict["textured_mesh"] = textured_mesh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_image_url = d.pop("input_image_url")

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        octree_resolution = d.pop("octree_resolution", UNSET)

        textured_mesh = d.pop("textured_mesh", UNSET)

        hunyuan_3dv2_turbo_input = cls(
            input_image_url=input_image_url,
            seed=seed,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            octree_resolution=octree_resolution,
            textured_mesh=textured_mesh,
        )

        return hunyuan_3dv2_turbo_input
