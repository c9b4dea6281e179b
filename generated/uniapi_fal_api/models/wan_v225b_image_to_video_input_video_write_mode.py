from typing import Literal

WanV225BImageToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_V225B_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanV225BImageToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_v225b_image_to_video_input_video_write_mode(
    value: str,
) -> WanV225BImageToVideoInputVideoWriteMode:
    if value in WAN_V225B_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_IMAGE_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
