from typing import Literal

Ltx219BTextToVideoLoraInputCameraLora = Literal[
    "dolly_in", "dolly_left", "dolly_out", "dolly_right", "jib_down", "jib_up", "none", "static"
]

LTX_219B_TEXT_TO_VIDEO_LORA_INPUT_CAMERA_LORA_VALUES: set[Ltx219BTextToVideoLoraInputCameraLora] = {
    "dolly_in",
    "dolly_left",
    "dolly_out",
    "dolly_right",
    "jib_down",
    "jib_up",
    "none",
    "static",
}


def check_ltx_219b_text_to_video_lora_input_camera_lora(
    value: str,
) -> Ltx219BTextToVideoLoraInputCameraLora:
    if value in LTX_219B_TEXT_TO_VIDEO_LORA_INPUT_CAMERA_LORA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_TEXT_TO_VIDEO_LORA_INPUT_CAMERA_LORA_VALUES!r}"
    )
