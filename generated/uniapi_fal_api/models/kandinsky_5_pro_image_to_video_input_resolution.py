from typing import Literal

Kandinsky5ProImageToVideoInputResolution = Literal["1024P", "512P"]

KANDINSKY_5_PRO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    Kandinsky5ProImageToVideoInputResolution
] = {
    "1024P",
    "512P",
}


def check_kandinsky_5_pro_image_to_video_input_resolution(
    value: str,
) -> Kandinsky5ProImageToVideoInputResolution:
    if value in KANDINSKY_5_PRO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_PRO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
