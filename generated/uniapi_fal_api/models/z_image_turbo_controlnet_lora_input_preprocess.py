from typing import Literal

ZImageTurboControlnetLoraInputPreprocess = Literal["canny", "depth", "none", "pose"]

Z_IMAGE_TURBO_CONTROLNET_LORA_INPUT_PREPROCESS_VALUES: set[
    ZImageTurboControlnetLoraInputPreprocess
] = {
    "canny",
    "depth",
    "none",
    "pose",
}


def check_z_image_turbo_controlnet_lora_input_preprocess(
    value: str,
) -> ZImageTurboControlnetLoraInputPreprocess:
    if value in Z_IMAGE_TURBO_CONTROLNET_LORA_INPUT_PREPROCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_CONTROLNET_LORA_INPUT_PREPROCESS_VALUES!r}"
    )
