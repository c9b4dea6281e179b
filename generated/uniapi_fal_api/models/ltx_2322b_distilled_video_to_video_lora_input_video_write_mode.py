from typing import Literal

Ltx2322BDistilledVideoToVideoLoraInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_2322B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx2322BDistilledVideoToVideoLoraInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_2322b_distilled_video_to_video_lora_input_video_write_mode(
    value: str,
) -> Ltx2322BDistilledVideoToVideoLoraInputVideoWriteMode:
    if value in LTX_2322B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
