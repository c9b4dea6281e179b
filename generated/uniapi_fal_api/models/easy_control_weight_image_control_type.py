from typing import Literal

EasyControlWeightImageControlType = Literal["spatial", "subject"]

EASY_CONTROL_WEIGHT_IMAGE_CONTROL_TYPE_VALUES: set[EasyControlWeightImageControlType] = {
    "spatial",
    "subject",
}


def check_easy_control_weight_image_control_type(value: str) -> EasyControlWeightImageControlType:
    if value in EASY_CONTROL_WEIGHT_IMAGE_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_CONTROL_WEIGHT_IMAGE_CONTROL_TYPE_VALUES!r}"
    )
