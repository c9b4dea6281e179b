from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hyper_3d_rodin_input_addons import (
    Hyper3DRodinInputAddons,
    check_hyper_3d_rodin_input_addons,
)
from ..models.hyper_3d_rodin_input_condition_mode import (
    Hyper3DRodinInputConditionMode,
    check_hyper_3d_rodin_input_condition_mode,
)
from ..models.hyper_3d_rodin_input_geometry_file_format import (
    Hyper3DRodinInputGeometryFileFormat,
    check_hyper_3d_rodin_input_geometry_file_format,
)
from ..models.hyper_3d_rodin_input_material import (
    Hyper3DRodinInputMaterial,
    check_hyper_3d_rodin_input_material,
)
from ..models.hyper_3d_rodin_input_quality import (
    Hyper3DRodinInputQuality,
    check_hyper_3d_rodin_input_quality,
)
from ..models.hyper_3d_rodin_input_tier import (
    Hyper3DRodinInputTier,
    check_hyper_3d_rodin_input_tier,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hyper_3d_rodin_output import Hyper3DRodinOutput  # noqa: F401


T = TypeVar("T", bound="Hyper3DRodinInput")


@_attrs_define
class Hyper3DRodinInput(FalInput["Hyper3DRodinOutput"], endpoint="fal-ai/hyper3d/rodin"):
    """Input of `fal-ai/hyper3d/rodin` (image-to-3d)."""

    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    input_image_urls: list[str] | Unset = UNSET
    """Input Image Urls: list of string."""
    condition_mode: Hyper3DRodinInputConditionMode | Unset = UNSET
    """Condition Mode: one of "fuse", "concat". Server default: "concat"."""
    seed: int | Unset = UNSET
    """Seed: integer, 0 to 65,535."""
    geometry_file_format: Hyper3DRodinInputGeometryFileFormat | Unset = UNSET
    """Geometry File Format: one of "glb", "usdz", "fbx", "obj", "stl". Server default: "glb"."""
    material: Hyper3DRodinInputMaterial | Unset = UNSET
    """Material: one of "PBR", "Shaded". Server default: "PBR"."""
    quality: Hyper3DRodinInputQuality | Unset = UNSET
    """Quality: one of "high", "medium", "low", "extra-low". Server default: "medium"."""
    use_hyper: bool | Unset = UNSET
    """Use Hyper: boolean. Server default: false."""
    tier: Hyper3DRodinInputTier | Unset = UNSET
    """Tier: one of "Regular", "Sketch". Server default: "Regular"."""
    ta_pose: bool | Unset = UNSET
    """T/A Pose: boolean. Server default: false."""
    bbox_condition: list[int] | Unset = UNSET
    """Bbox Condition: list of integer."""
    addons: Hyper3DRodinInputAddons | Unset = UNSET
    """Addons: one of "HighPack"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        input_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.input_image_urls, Unset):
            input_image_urls = self.input_image_urls

        condition_mode: str | Unset = UNSET
        if not isinstance(self.condition_mode, Unset):
            condition_mode = self.condition_mode

        seed = self.seed

        geometry_file_format: str | Unset = UNSET
        if not isinstance(self.geometry_file_format, Unset):
            geometry_file_format = self.geometry_file_format

        material: str | Unset = UNSET
        if not isinstance(self.material, Unset):
            material = self.material

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        use_hyper = self.use_hyper

        tier: str | Unset = UNSET
        if not isinstance(self.tier, Unset):
            tier = self.tier

        ta_pose = self.ta_pose

        bbox_condition: list[int] | Unset = UNSET
        if not isinstance(self.bbox_condition, Unset):
            bbox_condition = self.bbox_condition

        addons: str | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = self.addons

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if input_image_urls is not UNSET:
            field_dict["input_image_urls"] = input_image_urls
        if condition_mode is not UNSET:
            field_dict["condition_mode"] = condition_mode
        if seed is not UNSET:
            field_dict["seed"] = seed
        if geometry_file_format is not UNSET:
            field_dict["geometry_file_format"] = geometry_file_format
        if material is not UNSET:
            field_dict["material"] = material
        if quality is not UNSET:
            field_dict["quality"] = quality
        if use_hyper is not UNSET:
            field_dict["use_hyper"] = use_hyper
        if tier is not UNSET:
            field_dict["tier"] = tier
        if ta_pose is not UNSET:
            field_dict["TAPose"] = ta_pose
        if bbox_condition is not UNSET:
            field_dict["bbox_condition"] = bbox_condition
        if addons is not UNSET:
            field_dict["addons"] = addons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        input_image_urls = cast(list[str], d.pop("input_image_urls", UNSET))

        _condition_mode = d.pop("condition_mode", UNSET)
        condition_mode: Hyper3DRodinInputConditionMode | Unset
        if isinstance(_condition_mode, Unset):
            condition_mode = UNSET
        else:
            condition_mode = check_hyper_3d_rodin_input_condition_mode(_condition_mode)

        seed = d.pop("seed", UNSET)

        _geometry_file_format = d.pop("geometry_file_format", UNSET)
        geometry_file_format: Hyper3DRodinInputGeometryFileFormat | Unset
        if isinstance(_geometry_file_format, Unset):
            geometry_file_format = UNSET
        else:
            geometry_file_format = check_hyper_3d_rodin_input_geometry_file_format(
                _geometry_file_format
            )

        _material = d.pop("material", UNSET)
        material: Hyper3DRodinInputMaterial | Unset
        if isinstance(_material, Unset):
            material = UNSET
        else:
            material = check_hyper_3d_rodin_input_material(_material)

        _quality = d.pop("quality", UNSET)
        quality: Hyper3DRodinInputQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_hyper_3d_rodin_input_quality(_quality)

        use_hyper = d.pop("use_hyper", UNSET)

        _tier = d.pop("tier", UNSET)
        tier: Hyper3DRodinInputTier | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = check_hyper_3d_rodin_input_tier(_tier)

        ta_pose = d.pop("TAPose", UNSET)

        bbox_condition = cast(list[int], d.pop("bbox_condition", UNSET))

        _addons = d.pop("addons", UNSET)
        addons: Hyper3DRodinInputAddons | Unset
        if isinstance(_addons, Unset):
            addons = UNSET
        else:
            addons = check_hyper_3d_rodin_input_addons(_addons)

        hyper_3d_rodin_input = cls(
            prompt=prompt,
            input_image_urls=input_image_urls,
            condition_mode=condition_mode,
            seed=seed,
            geometry_file_format=geometry_file_format,
            material=material,
            quality=quality,
            use_hyper=use_hyper,
            tier=tier,
            ta_pose=ta_pose,
            bbox_condition=bbox_condition,
            addons=addons,
        )

        return hyper_3d_rodin_input
