from typing import Literal

Ltx219BTextToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_219B_TEXT_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[Ltx219BTextToVideoInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_219b_text_to_video_input_video_write_mode(
    value: str,
) -> Ltx219BTextToVideoInputVideoWriteMode:
    if value in LTX_219B_TEXT_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_TEXT_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
