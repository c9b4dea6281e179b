from typing import Literal

Ltx23QualityInpaintLoraInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_INPAINT_LORA_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityInpaintLoraInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_inpaint_lora_input_video_write_mode(
    value: str,
) -> Ltx23QualityInpaintLoraInputVideoWriteMode:
    if value in LTX_23_QUALITY_INPAINT_LORA_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_INPAINT_LORA_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
