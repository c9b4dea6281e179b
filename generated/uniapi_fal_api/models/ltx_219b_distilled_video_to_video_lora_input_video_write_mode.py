from typing import Literal

Ltx219BDistilledVideoToVideoLoraInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_219B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx219BDistilledVideoToVideoLoraInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_219b_distilled_video_to_video_lora_input_video_write_mode(
    value: str,
) -> Ltx219BDistilledVideoToVideoLoraInputVideoWriteMode:
    if value in LTX_219B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
