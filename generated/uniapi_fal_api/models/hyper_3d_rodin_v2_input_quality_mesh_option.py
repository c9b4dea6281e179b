from typing import Literal

Hyper3DRodinV2InputQualityMeshOption = Literal[
    "150K Triangle",
    "18K Quad",
    "20K Triangle",
    "2K Triangle",
    "4K Quad",
    "500K Triangle",
    "50K Quad",
    "8K Quad",
]

HYPER_3D_RODIN_V2_INPUT_QUALITY_MESH_OPTION_VALUES: set[Hyper3DRodinV2InputQualityMeshOption] = {
    "150K Triangle",
    "18K Quad",
    "20K Triangle",
    "2K Triangle",
    "4K Quad",
    "500K Triangle",
    "50K Quad",
    "8K Quad",
}


def check_hyper_3d_rodin_v2_input_quality_mesh_option(
    value: str,
) -> Hyper3DRodinV2InputQualityMeshOption:
    if value in HYPER_3D_RODIN_V2_INPUT_QUALITY_MESH_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V2_INPUT_QUALITY_MESH_OPTION_VALUES!r}"
    )
