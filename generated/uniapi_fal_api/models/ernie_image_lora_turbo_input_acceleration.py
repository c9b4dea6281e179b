from typing import Literal

ErnieImageLoraTurboInputAcceleration = Literal["high", "none", "regular"]

ERNIE_IMAGE_LORA_TURBO_INPUT_ACCELERATION_VALUES: set[ErnieImageLoraTurboInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_ernie_image_lora_turbo_input_acceleration(
    value: str,
) -> ErnieImageLoraTurboInputAcceleration:
    if value in ERNIE_IMAGE_LORA_TURBO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_LORA_TURBO_INPUT_ACCELERATION_VALUES!r}"
    )
