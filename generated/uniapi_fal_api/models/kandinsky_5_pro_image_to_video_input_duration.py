from typing import Literal

Kandinsky5ProImageToVideoInputDuration = Literal["5s"]

KANDINSKY_5_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    Kandinsky5ProImageToVideoInputDuration
] = {
    "5s",
}


def check_kandinsky_5_pro_image_to_video_input_duration(
    value: str,
) -> Kandinsky5ProImageToVideoInputDuration:
    if value in KANDINSKY_5_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
