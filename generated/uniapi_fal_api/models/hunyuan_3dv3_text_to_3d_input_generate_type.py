from typing import Literal

Hunyuan3DV3TextTo3DInputGenerateType = Literal["Geometry", "LowPoly", "Normal"]

HUNYUAN_3DV3_TEXT_TO_3D_INPUT_GENERATE_TYPE_VALUES: set[Hunyuan3DV3TextTo3DInputGenerateType] = {
    "Geometry",
    "LowPoly",
    "Normal",
}


def check_hunyuan_3dv3_text_to_3d_input_generate_type(
    value: str,
) -> Hunyuan3DV3TextTo3DInputGenerateType:
    if value in HUNYUAN_3DV3_TEXT_TO_3D_INPUT_GENERATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_3DV3_TEXT_TO_3D_INPUT_GENERATE_TYPE_VALUES!r}"
    )
