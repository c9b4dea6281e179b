from typing import Literal

Ltx219BExtendVideoLoraInputCameraLora = Literal[
    "dolly_in", "dolly_left", "dolly_out", "dolly_right", "jib_down", "jib_up", "none", "static"
]

LTX_219B_EXTEND_VIDEO_LORA_INPUT_CAMERA_LORA_VALUES: set[Ltx219BExtendVideoLoraInputCameraLora] = {
    "dolly_in",
    "dolly_left",
    "dolly_out",
    "dolly_right",
    "jib_down",
    "jib_up",
    "none",
    "static",
}


def check_ltx_219b_extend_video_lora_input_camera_lora(
    value: str,
) -> Ltx219BExtendVideoLoraInputCameraLora:
    if value in LTX_219B_EXTEND_VIDEO_LORA_INPUT_CAMERA_LORA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_EXTEND_VIDEO_LORA_INPUT_CAMERA_LORA_VALUES!r}"
    )
