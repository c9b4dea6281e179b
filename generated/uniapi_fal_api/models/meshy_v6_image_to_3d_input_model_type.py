from typing import Literal

MeshyV6ImageTo3DInputModelType = Literal["lowpoly", "standard"]

MESHY_V6_IMAGE_TO_3D_INPUT_MODEL_TYPE_VALUES: set[MeshyV6ImageTo3DInputModelType] = {
    "lowpoly",
    "standard",
}


def check_meshy_v6_image_to_3d_input_model_type(value: str) -> MeshyV6ImageTo3DInputModelType:
    if value in MESHY_V6_IMAGE_TO_3D_INPUT_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V6_IMAGE_TO_3D_INPUT_MODEL_TYPE_VALUES!r}"
    )
