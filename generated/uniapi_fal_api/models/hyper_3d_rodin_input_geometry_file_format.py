from typing import Literal

Hyper3DRodinInputGeometryFileFormat = Literal["fbx", "glb", "obj", "stl", "usdz"]

HYPER_3D_RODIN_INPUT_GEOMETRY_FILE_FORMAT_VALUES: set[Hyper3DRodinInputGeometryFileFormat] = {
    "fbx",
    "glb",
    "obj",
    "stl",
    "usdz",
}


def check_hyper_3d_rodin_input_geometry_file_format(
    value: str,
) -> Hyper3DRodinInputGeometryFileFormat:
    if value in HYPER_3D_RODIN_INPUT_GEOMETRY_FILE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_INPUT_GEOMETRY_FILE_FORMAT_VALUES!r}"
    )
