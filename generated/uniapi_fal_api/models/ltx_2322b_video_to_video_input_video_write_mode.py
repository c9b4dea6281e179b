from typing import Literal

Ltx2322BVideoToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_2322B_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx2322BVideoToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_2322b_video_to_video_input_video_write_mode(
    value: str,
) -> Ltx2322BVideoToVideoInputVideoWriteMode:
    if value in LTX_2322B_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_VIDEO_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
