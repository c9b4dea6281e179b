from typing import Literal

Hyper3DRodinV25InputQualityMeshOption = Literal[
    "100K Quad",
    "150K Triangle",
    "18K Quad",
    "1M Triangle",
    "200K Quad",
    "20K Triangle",
    "2K Triangle",
    "2M Triangle",
    "4K Quad",
    "500K Triangle",
    "50K Quad",
    "50K Triangle",
    "8K Quad",
    "Auto",
]

HYPER_3D_RODIN_V25_INPUT_QUALITY_MESH_OPTION_VALUES: set[Hyper3DRodinV25InputQualityMeshOption] = {
    "100K Quad",
    "150K Triangle",
    "18K Quad",
    "1M Triangle",
    "200K Quad",
    "20K Triangle",
    "2K Triangle",
    "2M Triangle",
    "4K Quad",
    "500K Triangle",
    "50K Quad",
    "50K Triangle",
    "8K Quad",
    "Auto",
}


def check_hyper_3d_rodin_v25_input_quality_mesh_option(
    value: str,
) -> Hyper3DRodinV25InputQualityMeshOption:
    if value in HYPER_3D_RODIN_V25_INPUT_QUALITY_MESH_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_INPUT_QUALITY_MESH_OPTION_VALUES!r}"
    )
