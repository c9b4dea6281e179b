from typing import Literal

Ltx219BExtendVideoLoraInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_219B_EXTEND_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx219BExtendVideoLoraInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_219b_extend_video_lora_input_video_write_mode(
    value: str,
) -> Ltx219BExtendVideoLoraInputVideoWriteMode:
    if value in LTX_219B_EXTEND_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_EXTEND_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
