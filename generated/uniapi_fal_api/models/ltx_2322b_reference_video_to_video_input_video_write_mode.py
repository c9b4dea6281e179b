from typing import Literal

Ltx2322BReferenceVideoToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx2322BReferenceVideoToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_2322b_reference_video_to_video_input_video_write_mode(
    value: str,
) -> Ltx2322BReferenceVideoToVideoInputVideoWriteMode:
    if value in LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
