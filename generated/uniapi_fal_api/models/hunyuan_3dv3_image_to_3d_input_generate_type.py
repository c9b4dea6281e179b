from typing import Literal

Hunyuan3DV3ImageTo3DInputGenerateType = Literal["Geometry", "LowPoly", "Normal"]

HUNYUAN_3DV3_IMAGE_TO_3D_INPUT_GENERATE_TYPE_VALUES: set[Hunyuan3DV3ImageTo3DInputGenerateType] = {
    "Geometry",
    "LowPoly",
    "Normal",
}


def check_hunyuan_3dv3_image_to_3d_input_generate_type(
    value: str,
) -> Hunyuan3DV3ImageTo3DInputGenerateType:
    if value in HUNYUAN_3DV3_IMAGE_TO_3D_INPUT_GENERATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_3DV3_IMAGE_TO_3D_INPUT_GENERATE_TYPE_VALUES!r}"
    )
