from typing import Literal

Hyper3DRodinV25TextTo3DInputQualityMeshOption = Literal[
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

HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_QUALITY_MESH_OPTION_VALUES: set[
    Hyper3DRodinV25TextTo3DInputQualityMeshOption
] = {
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


def check_hyper_3d_rodin_v25_text_to_3d_input_quality_mesh_option(
    value: str,
) -> Hyper3DRodinV25TextTo3DInputQualityMeshOption:
    if value in HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_QUALITY_MESH_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_QUALITY_MESH_OPTION_VALUES!r}"
    )
