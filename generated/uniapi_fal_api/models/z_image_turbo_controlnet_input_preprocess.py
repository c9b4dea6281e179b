from typing import Literal

ZImageTurboControlnetInputPreprocess = Literal["canny", "depth", "none", "pose"]

Z_IMAGE_TURBO_CONTROLNET_INPUT_PREPROCESS_VALUES: set[ZImageTurboControlnetInputPreprocess] = {
    "canny",
    "depth",
    "none",
    "pose",
}


def check_z_image_turbo_controlnet_input_preprocess(
    value: str,
) -> ZImageTurboControlnetInputPreprocess:
    if value in Z_IMAGE_TURBO_CONTROLNET_INPUT_PREPROCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_CONTROLNET_INPUT_PREPROCESS_VALUES!r}"
    )
