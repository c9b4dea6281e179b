from typing import Literal

Hyper3DRodinInputMaterial = Literal["PBR", "Shaded"]

HYPER_3D_RODIN_INPUT_MATERIAL_VALUES: set[Hyper3DRodinInputMaterial] = {
    "PBR",
    "Shaded",
}


def check_hyper_3d_rodin_input_material(value: str) -> Hyper3DRodinInputMaterial:
    if value in HYPER_3D_RODIN_INPUT_MATERIAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_INPUT_MATERIAL_VALUES!r}"
    )
