from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hyper_3d_rodin_v25_fast_input_geometry_file_format import (
    Hyper3DRodinV25FastInputGeometryFileFormat,
    check_hyper_3d_rodin_v25_fast_input_geometry_file_format,
)
from ..models.hyper_3d_rodin_v25_fast_input_material import (
    Hyper3DRodinV25FastInputMaterial,
    check_hyper_3d_rodin_v25_fast_input_material,
)
from ..models.hyper_3d_rodin_v25_fast_input_quality_mesh_option import (
    Hyper3DRodinV25FastInputQualityMeshOption,
    check_hyper_3d_rodin_v25_fast_input_quality_mesh_option,
)
from ..models.hyper_3d_rodin_v25_fast_input_texture_mode import (
    Hyper3DRodinV25FastInputTextureMode,
    check_hyper_3d_rodin_v25_fast_input_texture_mode,
)
from ..models.hyper_3d_rodin_v25_fast_input_tier import (
    Hyper3DRodinV25FastInputTier,
    check_hyper_3d_rodin_v25_fast_input_tier,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rodin_gen_25_bbbox_field import RodinGen25BbboxField
    from .hyper_3d_rodin_v25_fast_output import Hyper3DRodinV25FastOutput  # noqa: F401


T = TypeVar("T", bound="Hyper3DRodinV25FastInput")


@_attrs_define
class Hyper3DRodinV25FastInput(
    FalInput["Hyper3DRodinV25FastOutput"], endpoint="fal-ai/hyper3d/rodin/v2.5/fast"
):
    """Input of `fal-ai/hyper3d/rodin/v2.5/fast` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    bbox_condition: RodinGen25BbboxField | Unset = UNSET
    """RodinGen25BbboxField."""
    enable_creative_mode: bool | Unset = UNSET
    """Boolean."""
    geometry_file_format: Hyper3DRodinV25FastInputGeometryFileFormat | Unset = UNSET
    """One of "glb", "usdz", "fbx", "obj", "stl". Server default: "glb"."""
    hd_texture: bool | Unset = UNSET
    """Boolean."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    is_micro: bool | Unset = UNSET
    """Boolean."""
    material: Hyper3DRodinV25FastInputMaterial | Unset = UNSET
    """One of "PBR", "Shaded", "All", "None". Server default: "Shaded"."""
    preview_render: bool | Unset = UNSET
    """Boolean."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    quality_mesh_option: Hyper3DRodinV25FastInputQualityMeshOption | Unset = UNSET
    """One of "Auto", "1K Quad", "4K Quad", "8K Quad", "18K Quad", "20K Quad", "2K Triangle", "4K
    Triangle", ... (11 values). Server default: "Auto"."""
    seed: float | Unset = UNSET
    """Number."""
    ta_pose: bool | Unset = UNSET
    """Boolean."""
    texture_delight: bool | Unset = UNSET
    """Boolean."""
    texture_mode: Hyper3DRodinV25FastInputTextureMode | Unset = UNSET
    """One of "legacy", "extreme-low", "low", "medium", "high"."""
    tier: Hyper3DRodinV25FastInputTier | Unset = UNSET
    """One of "Gen-2.5-Minimum", "Gen-2.5-Extreme-Low", "Gen-2.5-Low". Server default:
    "Gen-2.5-Extreme-Low"."""
    use_original_alpha: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        bbox_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bbox_condition, Unset):
            bbox_condition = self.bbox_condition.to_dict()

        enable_creative_mode = self.enable_creative_mode

        geometry_file_format: str | Unset = UNSET
        if not isinstance(self.geometry_file_format, Unset):
            geometry_file_format = self.geometry_file_format

        hd_texture = self.hd_texture

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        is_micro = self.is_micro

        material: str | Unset = UNSET
        if not isinstance(self.material, Unset):
            material = self.material

        preview_render = self.preview_render

        prompt = self.prompt

        quality_mesh_option: str | Unset = UNSET
        if not isinstance(self.quality_mesh_option, Unset):
            quality_mesh_option = self.quality_mesh_option

        seed = self.seed

        ta_pose = self.ta_pose

        texture_delight = self.texture_delight

        texture_mode: str | Unset = UNSET
        if not isinstance(self.texture_mode, Unset):
            texture_mode = self.texture_mode

        tier: str | Unset = UNSET
        if not isinstance(self.tier, Unset):
            tier = self.tier

        use_original_alpha = self.use_original_alpha

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bbox_condition is not UNSET:
            field_dict["bbox_condition"] = bbox_condition
        if enable_creative_mode is not UNSET:
            field_dict["enable_creative_mode"] = enable_creative_mode
        if geometry_file_format is not UNSET:
            field_dict["geometry_file_format"] = geometry_file_format
        if hd_texture is not UNSET:
            field_dict["hd_texture"] = hd_texture
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if is_micro is not UNSET:
            field_dict["is_micro"] = is_micro
        if material is not UNSET:
            field_dict["material"] = material
        if preview_render is not UNSET:
            field_dict["preview_render"] = preview_render
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality_mesh_option is not UNSET:
            field_dict["quality_mesh_option"] = quality_mesh_option
        if seed is not UNSET:
            field_dict["seed"] = seed
        if ta_pose is not UNSET:
            field_dict["TAPose"] = ta_pose
        if texture_delight is not UNSET:
            field_dict["texture_delight"] = texture_delight
        if texture_mode is not UNSET:
            field_dict["texture_mode"] = texture_mode
        if tier is not UNSET:
            field_dict["tier"] = tier
        if use_original_alpha is not UNSET:
            field_dict["use_original_alpha"] = use_original_alpha

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rodin_gen_25_bbbox_field import RodinGen25BbboxField  # noqa: PLC0415

        d = dict(src_dict)
        _bbox_condition = d.pop("bbox_condition", UNSET)
        bbox_condition: RodinGen25BbboxField | Unset
        if isinstance(_bbox_condition, Unset):
            bbox_condition = UNSET
        else:
            bbox_condition = RodinGen25BbboxField.from_dict(_bbox_condition)

        enable_creative_mode = d.pop("enable_creative_mode", UNSET)

        _geometry_file_format = d.pop("geometry_file_format", UNSET)
        geometry_file_format: Hyper3DRodinV25FastInputGeometryFileFormat | Unset
        if isinstance(_geometry_file_format, Unset):
            geometry_file_format = UNSET
        else:
            geometry_file_format = check_hyper_3d_rodin_v25_fast_input_geometry_file_format(
                _geometry_file_format
            )

        hd_texture = d.pop("hd_texture", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        is_micro = d.pop("is_micro", UNSET)

        _material = d.pop("material", UNSET)
        material: Hyper3DRodinV25FastInputMaterial | Unset
        if isinstance(_material, Unset):
            material = UNSET
        else:
            material = check_hyper_3d_rodin_v25_fast_input_material(_material)

        preview_render = d.pop("preview_render", UNSET)

        prompt = d.pop("prompt", UNSET)

        _quality_mesh_option = d.pop("quality_mesh_option", UNSET)
        quality_mesh_option: Hyper3DRodinV25FastInputQualityMeshOption | Unset
        if isinstance(_quality_mesh_option, Unset):
            quality_mesh_option = UNSET
        else:
            quality_mesh_option = check_hyper_3d_rodin_v25_fast_input_quality_mesh_option(
                _quality_mesh_option
            )

        seed = d.pop("seed", UNSET)

        ta_pose = d.pop("TAPose", UNSET)

        texture_delight = d.pop("texture_delight", UNSET)

        _texture_mode = d.pop("texture_mode", UNSET)
        texture_mode: Hyper3DRodinV25FastInputTextureMode | Unset
        if isinstance(_texture_mode, Unset):
            texture_mode = UNSET
        else:
            texture_mode = check_hyper_3d_rodin_v25_fast_input_texture_mode(_texture_mode)

        _tier = d.pop("tier", UNSET)
        tier: Hyper3DRodinV25FastInputTier | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = check_hyper_3d_rodin_v25_fast_input_tier(_tier)

        use_original_alpha = d.pop("use_original_alpha", UNSET)

        hyper_3d_rodin_v25_fast_input = cls(
            bbox_condition=bbox_condition,
            enable_creative_mode=enable_creative_mode,
            geometry_file_format=geometry_file_format,
            hd_texture=hd_texture,
            image_urls=image_urls,
            is_micro=is_micro,
            material=material,
            preview_render=preview_render,
            prompt=prompt,
            quality_mesh_option=quality_mesh_option,
            seed=seed,
            ta_pose=ta_pose,
            texture_delight=texture_delight,
            texture_mode=texture_mode,
            tier=tier,
            use_original_alpha=use_original_alpha,
        )

        return hyper_3d_rodin_v25_fast_input
