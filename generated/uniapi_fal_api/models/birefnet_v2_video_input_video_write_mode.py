from typing import Literal

BirefnetV2VideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

BIREFNET_V2_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[BirefnetV2VideoInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_birefnet_v2_video_input_video_write_mode(
    value: str,
) -> BirefnetV2VideoInputVideoWriteMode:
    if value in BIREFNET_V2_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIREFNET_V2_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
