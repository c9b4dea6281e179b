from typing import Literal

Hyper3DRodinV25InputMaterial = Literal["All", "None", "PBR", "Shaded"]

HYPER_3D_RODIN_V25_INPUT_MATERIAL_VALUES: set[Hyper3DRodinV25InputMaterial] = {
    "All",
    "None",
    "PBR",
    "Shaded",
}


def check_hyper_3d_rodin_v25_input_material(value: str) -> Hyper3DRodinV25InputMaterial:
    if value in HYPER_3D_RODIN_V25_INPUT_MATERIAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_INPUT_MATERIAL_VALUES!r}"
    )
