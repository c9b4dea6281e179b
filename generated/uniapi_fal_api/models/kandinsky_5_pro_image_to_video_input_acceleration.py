from typing import Literal

Kandinsky5ProImageToVideoInputAcceleration = Literal["none", "regular"]

KANDINSKY_5_PRO_IMAGE_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[
    Kandinsky5ProImageToVideoInputAcceleration
] = {
    "none",
    "regular",
}


def check_kandinsky_5_pro_image_to_video_input_acceleration(
    value: str,
) -> Kandinsky5ProImageToVideoInputAcceleration:
    if value in KANDINSKY_5_PRO_IMAGE_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_PRO_IMAGE_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
