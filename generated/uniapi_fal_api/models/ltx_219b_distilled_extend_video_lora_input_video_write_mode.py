from typing import Literal

Ltx219BDistilledExtendVideoLoraInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx219BDistilledExtendVideoLoraInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_219b_distilled_extend_video_lora_input_video_write_mode(
    value: str,
) -> Ltx219BDistilledExtendVideoLoraInputVideoWriteMode:
    if value in LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
