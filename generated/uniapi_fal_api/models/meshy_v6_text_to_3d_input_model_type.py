from typing import Literal

MeshyV6TextTo3DInputModelType = Literal["lowpoly", "standard"]

MESHY_V6_TEXT_TO_3D_INPUT_MODEL_TYPE_VALUES: set[MeshyV6TextTo3DInputModelType] = {
    "lowpoly",
    "standard",
}


def check_meshy_v6_text_to_3d_input_model_type(value: str) -> MeshyV6TextTo3DInputModelType:
    if value in MESHY_V6_TEXT_TO_3D_INPUT_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_V6_TEXT_TO_3D_INPUT_MODEL_TYPE_VALUES!r}"
    )
