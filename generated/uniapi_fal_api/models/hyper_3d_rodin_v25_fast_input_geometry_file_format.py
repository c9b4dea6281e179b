from typing import Literal

Hyper3DRodinV25FastInputGeometryFileFormat = Literal["fbx", "glb", "obj", "stl", "usdz"]

HYPER_3D_RODIN_V25_FAST_INPUT_GEOMETRY_FILE_FORMAT_VALUES: set[
    Hyper3DRodinV25FastInputGeometryFileFormat
] = {
    "fbx",
    "glb",
    "obj",
    "stl",
    "usdz",
}


def check_hyper_3d_rodin_v25_fast_input_geometry_file_format(
    value: str,
) -> Hyper3DRodinV25FastInputGeometryFileFormat:
    if value in HYPER_3D_RODIN_V25_FAST_INPUT_GEOMETRY_FILE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_FAST_INPUT_GEOMETRY_FILE_FORMAT_VALUES!r}"
    )
