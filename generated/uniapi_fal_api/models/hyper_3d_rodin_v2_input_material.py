from typing import Literal

Hyper3DRodinV2InputMaterial = Literal["All", "PBR", "Shaded"]

HYPER_3D_RODIN_V2_INPUT_MATERIAL_VALUES: set[Hyper3DRodinV2InputMaterial] = {
    "All",
    "PBR",
    "Shaded",
}


def check_hyper_3d_rodin_v2_input_material(value: str) -> Hyper3DRodinV2InputMaterial:
    if value in HYPER_3D_RODIN_V2_INPUT_MATERIAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V2_INPUT_MATERIAL_VALUES!r}"
    )
