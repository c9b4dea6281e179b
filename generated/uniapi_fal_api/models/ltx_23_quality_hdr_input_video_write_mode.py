from typing import Literal

Ltx23QualityHdrInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_HDR_INPUT_VIDEO_WRITE_MODE_VALUES: set[Ltx23QualityHdrInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_hdr_input_video_write_mode(
    value: str,
) -> Ltx23QualityHdrInputVideoWriteMode:
    if value in LTX_23_QUALITY_HDR_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_HDR_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
