from typing import Literal

Wan25PreviewImageToVideoInputDuration = Literal["10", "5"]

WAN_25_PREVIEW_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[Wan25PreviewImageToVideoInputDuration] = {
    "10",
    "5",
}


def check_wan_25_preview_image_to_video_input_duration(
    value: str,
) -> Wan25PreviewImageToVideoInputDuration:
    if value in WAN_25_PREVIEW_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_PREVIEW_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
