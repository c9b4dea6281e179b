from typing import Literal

IpAdapterFaceIdInputModelType = Literal[
    "1_5-auraface-v1", "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus"
]

IP_ADAPTER_FACE_ID_INPUT_MODEL_TYPE_VALUES: set[IpAdapterFaceIdInputModelType] = {
    "1_5-auraface-v1",
    "1_5-v1",
    "1_5-v1-plus",
    "1_5-v2-plus",
    "SDXL-v1",
    "SDXL-v2-plus",
}


def check_ip_adapter_face_id_input_model_type(value: str) -> IpAdapterFaceIdInputModelType:
    if value in IP_ADAPTER_FACE_ID_INPUT_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IP_ADAPTER_FACE_ID_INPUT_MODEL_TYPE_VALUES!r}"
    )
