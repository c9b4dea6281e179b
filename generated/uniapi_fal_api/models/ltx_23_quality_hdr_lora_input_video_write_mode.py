from typing import Literal

Ltx23QualityHdrLoraInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_HDR_LORA_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityHdrLoraInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_hdr_lora_input_video_write_mode(
    value: str,
) -> Ltx23QualityHdrLoraInputVideoWriteMode:
    if value in LTX_23_QUALITY_HDR_LORA_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_HDR_LORA_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
