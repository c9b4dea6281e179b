from typing import Literal

Hyper3DRodinV25TextTo3DInputMaterial = Literal["All", "None", "PBR", "Shaded"]

HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_MATERIAL_VALUES: set[Hyper3DRodinV25TextTo3DInputMaterial] = {
    "All",
    "None",
    "PBR",
    "Shaded",
}


def check_hyper_3d_rodin_v25_text_to_3d_input_material(
    value: str,
) -> Hyper3DRodinV25TextTo3DInputMaterial:
    if value in HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_MATERIAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HYPER_3D_RODIN_V25_TEXT_TO_3D_INPUT_MATERIAL_VALUES!r}"
    )
