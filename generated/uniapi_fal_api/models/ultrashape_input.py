from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ultrashape_output import UltrashapeOutput  # noqa: F401


T = TypeVar("T", bound="UltrashapeInput")


@_attrs_define
class UltrashapeInput(FalInput["UltrashapeOutput"], endpoint="fal-ai/ultrashape"):
    """Input of `fal-ai/ultrashape` (3d-to-3d). fal no longer lists this endpoint."""

    image_url: str
    """Image Url: string."""
    model_url: str
    """Model Url: string."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 50."""
    octree_resolution: int | Unset = UNSET
    """Octree Resolution: integer, 128 to 1,024. Server default: 1024."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 42."""
    remove_background: bool | Unset = UNSET
    """Remove Background: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        model_url = self.model_url

        num_inference_steps = self.num_inference_steps

        octree_resolution = self.octree_resolution

        seed = self.seed

        remove_background = self.remove_background

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "model_url": model_url,
            }
        )
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if octree_resolution is not UNSET:
            field_dict["octree_resolution"] = octree_resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if remove_background is not UNSET:
            field_dict["remove_background"] = remove_background

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        model_url = d.pop("model_url")

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        octree_resolution = d.pop("octree_resolution", UNSET)

        seed = d.pop("seed", UNSET)

        remove_background = d.pop("remove_background", UNSET)

        ultrashape_input = cls(
            image_url=image_url,
            model_url=model_url,
            num_inference_steps=num_inference_steps,
            octree_resolution=octree_resolution,
            seed=seed,
            remove_background=remove_background,
        )

        return ultrashape_input
