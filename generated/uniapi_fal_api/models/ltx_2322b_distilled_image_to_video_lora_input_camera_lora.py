from typing import Literal

Ltx2322BDistilledImageToVideoLoraInputCameraLora = Literal[
    "dolly_in", "dolly_left", "dolly_out", "dolly_right", "jib_down", "jib_up", "none", "static"
]

LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_CAMERA_LORA_VALUES: set[
    Ltx2322BDistilledImageToVideoLoraInputCameraLora
] = {
    "dolly_in",
    "dolly_left",
    "dolly_out",
    "dolly_right",
    "jib_down",
    "jib_up",
    "none",
    "static",
}


def check_ltx_2322b_distilled_image_to_video_lora_input_camera_lora(
    value: str,
) -> Ltx2322BDistilledImageToVideoLoraInputCameraLora:
    if value in LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_CAMERA_LORA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_CAMERA_LORA_VALUES!r}"
    )
