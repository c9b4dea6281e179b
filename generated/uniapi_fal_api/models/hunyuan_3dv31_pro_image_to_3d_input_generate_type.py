from typing import Literal

Hunyuan3DV31ProImageTo3DInputGenerateType = Literal["Geometry", "Normal"]

HUNYUAN_3DV31_PRO_IMAGE_TO_3D_INPUT_GENERATE_TYPE_VALUES: set[
    Hunyuan3DV31ProImageTo3DInputGenerateType
] = {
    "Geometry",
    "Normal",
}


def check_hunyuan_3dv31_pro_image_to_3d_input_generate_type(
    value: str,
) -> Hunyuan3DV31ProImageTo3DInputGenerateType:
    if value in HUNYUAN_3DV31_PRO_IMAGE_TO_3D_INPUT_GENERATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_3DV31_PRO_IMAGE_TO_3D_INPUT_GENERATE_TYPE_VALUES!r}"
    )
