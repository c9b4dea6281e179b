from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hyper_3d_rodin_v2_input_addons import (
    Hyper3DRodinV2InputAddons,
    check_hyper_3d_rodin_v2_input_addons,
)
from ..models.hyper_3d_rodin_v2_input_geometry_file_format import (
    Hyper3DRodinV2InputGeometryFileFormat,
    check_hyper_3d_rodin_v2_input_geometry_file_format,
)
from ..models.hyper_3d_rodin_v2_input_material import (
    Hyper3DRodinV2InputMaterial,
    check_hyper_3d_rodin_v2_input_material,
)
from ..models.hyper_3d_rodin_v2_input_quality_mesh_option import (
    Hyper3DRodinV2InputQualityMeshOption,
    check_hyper_3d_rodin_v2_input_quality_mesh_option,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hyper_3d_rodin_v2_output import Hyper3DRodinV2Output  # noqa: F401


T = TypeVar("T", bound="Hyper3DRodinV2Input")


@_attrs_define
class Hyper3DRodinV2Input(FalInput["Hyper3DRodinV2Output"], endpoint="fal-ai/hyper3d/rodin/v2"):
    """Input of `fal-ai/hyper3d/rodin/v2` (image-to-3d)."""

    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    input_image_urls: list[str] | Unset = UNSET
    """Input Image Urls: list of string."""
    use_original_alpha: bool | Unset = UNSET
    """Use Original Alpha: boolean. Server default: false."""
    seed: int | Unset = UNSET
    """Seed: integer, 0 to 65,535."""
    geometry_file_format: Hyper3DRodinV2InputGeometryFileFormat | Unset = UNSET
    """Geometry File Format: one of "glb", "usdz", "fbx", "obj", "stl". Server default: "glb"."""
    material: Hyper3DRodinV2InputMaterial | Unset = UNSET
    """Material: one of "PBR", "Shaded", "All". Server default: "All"."""
    quality_mesh_option: Hyper3DRodinV2InputQualityMeshOption | Unset = UNSET
    """Quality Mesh Option: one of "4K Quad", "8K Quad", "18K Quad", "50K Quad", "2K Triangle",
    "20K Triangle", "150K Triangle", "500K Triangle". Server default: "500K Triangle"."""
    ta_pose: bool | Unset = UNSET
    """T/A Pose: boolean. Server default: false."""
    bbox_condition: list[int] | Unset = UNSET
    """Bbox Condition: list of integer."""
    addons: Hyper3DRodinV2InputAddons | Unset = UNSET
    """Addons: one of "HighPack"."""
    preview_render: bool | Unset = UNSET
    """Preview Render: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        input_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.input_image_urls, Unset):
            input_image_urls = self.input_image_urls

        use_original_alpha = self.use_original_alpha

        seed = self.seed

        geometry_file_format: str | Unset = UNSET
        if not isinstance(self.geometry_file_format, Unset):
            geometry_file_format = self.geometry_file_format

        material: str | Unset = UNSET
        if not isinstance(self.material, Unset):
            material = self.material

        quality_mesh_option: str | Unset = UNSET
        if not isinstance(self.quality_mesh_option, Unset):
            quality_mesh_option = self.quality_mesh_option

        ta_pose = self.ta_pose

        bbox_condition: list[int] | Unset = UNSET
        if not isinstance(self.bbox_condition, Unset):
            bbox_condition = self.bbox_condition

        addons: str | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = self.addons

        preview_render = self.preview_render

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if input_image_urls is not UNSET:
            field_dict["input_image_urls"] = input_image_urls
        if use_original_alpha is not UNSET:
            field_dict["use_original_alpha"] = use_original_alpha
        if seed is not UNSET:
            field_dict["seed"] = seed
        if geometry_file_format is not UNSET:
            field_dict["geometry_file_format"] = geometry_file_format
        if material is not UNSET:
            field_dict["material"] = material
        if quality_mesh_option is not UNSET:
            field_dict["quality_mesh_option"] = quality_mesh_option
        if ta_pose is not UNSET:
            field_dict["TAPose"] = ta_pose
        if bbox_condition is not UNSET:
            field_dict["bbox_condition"] = bbox_condition
        if addons is not UNSET:
            field_dict["addons"] = addons
        if preview_render is not UNSET:
            field_dict["preview_render"] = preview_render

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        input_image_urls = cast(list[str], d.pop("input_image_urls", UNSET))

        use_original_alpha = d.pop("use_original_alpha", UNSET)

        seed = d.pop("seed", UNSET)

        _geometry_file_format = d.pop("geometry_file_format", UNSET)
        geometry_file_format: Hyper3DRodinV2InputGeometryFileFormat | Unset
        if isinstance(_geometry_file_format, Unset):
            geometry_file_format = UNSET
        else:
            geometry_file_format = check_hyper_3d_rodin_v2_input_geometry_file_format(
                _geometry_file_format
            )

        _material = d.pop("material", UNSET)
        material: Hyper3DRodinV2InputMaterial | Unset
        if isinstance(_material, Unset):
            material = UNSET
        else:
            material = check_hyper_3d_rodin_v2_input_material(_material)

        _quality_mesh_option = d.pop("quality_mesh_option", UNSET)
        quality_mesh_option: Hyper3DRodinV2InputQualityMeshOption | Unset
        if isinstance(_quality_mesh_option, Unset):
            quality_mesh_option = UNSET
        else:
            quality_mesh_option = check_hyper_3d_rodin_v2_input_quality_mesh_option(
                _quality_mesh_option
            )

        ta_pose = d.pop("TAPose", UNSET)

        bbox_condition = cast(list[int], d.pop("bbox_condition", UNSET))

        _addons = d.pop("addons", UNSET)
        addons: Hyper3DRodinV2InputAddons | Unset
        if isinstance(_addons, Unset):
            addons = UNSET
        else:
            addons = check_hyper_3d_rodin_v2_input_addons(_addons)

        preview_render = d.pop("preview_render", UNSET)

        hyper_3d_rodin_v2_input = cls(
            prompt=prompt,
            input_image_urls=input_image_urls,
            use_original_alpha=use_original_alpha,
            seed=seed,
            geometry_file_format=geometry_file_format,
            material=material,
            quality_mesh_option=quality_mesh_option,
            ta_pose=ta_pose,
            bbox_condition=bbox_condition,
            addons=addons,
            preview_render=preview_render,
        )

        return hyper_3d_rodin_v2_input
