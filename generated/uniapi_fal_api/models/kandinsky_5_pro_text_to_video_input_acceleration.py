from typing import Literal

Kandinsky5ProTextToVideoInputAcceleration = Literal["none", "regular"]

KANDINSKY_5_PRO_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[
    Kandinsky5ProTextToVideoInputAcceleration
] = {
    "none",
    "regular",
}


def check_kandinsky_5_pro_text_to_video_input_acceleration(
    value: str,
) -> Kandinsky5ProTextToVideoInputAcceleration:
    if value in KANDINSKY_5_PRO_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_PRO_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )
