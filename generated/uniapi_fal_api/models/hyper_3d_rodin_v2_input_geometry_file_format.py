from typing import Literal

Hyper3DRodinV2InputGeometryFileFormat = Literal["fbx", "glb", "obj", "stl", "usdz"]

HYPER_3D_RODIN_V2_INPUT_GEOMETRY_FILE_FORMAT_VALUES: set[Hyper3DRodinV2InputGeometryFileFormat] = {
    "fbx",
    "glb",
    "obj",
    "stl",
    "usdz",
}


def check_hyper_3d_rodin_v2_input_geometry_file_format(
    value: str,
) -> Hyper3DRodinV2InputGeometryFileFormat:
    if value in HYPER_3D_RODIN_V2_INPUT_GEOMETRY_FILE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V2_INPUT_GEOMETRY_FILE_FORMAT_VALUES!r}"
    )
