from typing import Literal

Hyper3DRodinV25TextTo3DFastInputQualityMeshOption = Literal[
    "10K Triangle",
    "18K Quad",
    "1K Quad",
    "20K Quad",
    "20K Triangle",
    "2K Triangle",
    "4K Quad",
    "4K Triangle",
    "8K Quad",
    "8K Triangle",
    "Auto",
]

HYPER_3D_RODIN_V25_TEXT_TO_3D_FAST_INPUT_QUALITY_MESH_OPTION_VALUES: set[
    Hyper3DRodinV25TextTo3DFastInputQualityMeshOption
] = {
    "10K Triangle",
    "18K Quad",
    "1K Quad",
    "20K Quad",
    "20K Triangle",
    "2K Triangle",
    "4K Quad",
    "4K Triangle",
    "8K Quad",
    "8K Triangle",
    "Auto",
}


def check_hyper_3d_rodin_v25_text_to_3d_fast_input_quality_mesh_option(
    value: str,
) -> Hyper3DRodinV25TextTo3DFastInputQualityMeshOption:
    if value in HYPER_3D_RODIN_V25_TEXT_TO_3D_FAST_INPUT_QUALITY_MESH_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_TEXT_TO_3D_FAST_INPUT_QUALITY_MESH_OPTION_VALUES!r}"
    )
