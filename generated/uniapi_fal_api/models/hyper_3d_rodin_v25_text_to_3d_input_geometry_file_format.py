from typing import Literal

Hyper3DRodinV25TextTo3DInputGeometryFileFormat = Literal["fbx", "glb", "obj", "stl", "usdz"]

HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_GEOMETRY_FILE_FORMAT_VALUES: set[
    Hyper3DRodinV25TextTo3DInputGeometryFileFormat
] = {
    "fbx",
    "glb",
    "obj",
    "stl",
    "usdz",
}


def check_hyper_3d_rodin_v25_text_to_3d_input_geometry_file_format(
    value: str,
) -> Hyper3DRodinV25TextTo3DInputGeometryFileFormat:
    if value in HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_GEOMETRY_FILE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_GEOMETRY_FILE_FORMAT_VALUES!r}"
    )
