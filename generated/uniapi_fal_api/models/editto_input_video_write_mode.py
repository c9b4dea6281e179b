from typing import Literal

EdittoInputVideoWriteMode = Literal["balanced", "fast", "small"]

EDITTO_INPUT_VIDEO_WRITE_MODE_VALUES: set[EdittoInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_editto_input_video_write_mode(value: str) -> EdittoInputVideoWriteMode:
    if value in EDITTO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDITTO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
