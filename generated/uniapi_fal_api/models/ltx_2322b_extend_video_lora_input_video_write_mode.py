from typing import Literal

Ltx2322BExtendVideoLoraInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_2322B_EXTEND_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx2322BExtendVideoLoraInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_2322b_extend_video_lora_input_video_write_mode(
    value: str,
) -> Ltx2322BExtendVideoLoraInputVideoWriteMode:
    if value in LTX_2322B_EXTEND_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_EXTEND_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
