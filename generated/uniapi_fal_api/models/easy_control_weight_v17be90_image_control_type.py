from typing import Literal

EasyControlWeightV17BE90ImageControlType = Literal["spatial", "subject"]

EASY_CONTROL_WEIGHT_V17BE90_IMAGE_CONTROL_TYPE_VALUES: set[
    EasyControlWeightV17BE90ImageControlType
] = {
    "spatial",
    "subject",
}


def check_easy_control_weight_v17be90_image_control_type(
    value: str,
) -> EasyControlWeightV17BE90ImageControlType:
    if value in EASY_CONTROL_WEIGHT_V17BE90_IMAGE_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_CONTROL_WEIGHT_V17BE90_IMAGE_CONTROL_TYPE_VALUES!r}"
    )
