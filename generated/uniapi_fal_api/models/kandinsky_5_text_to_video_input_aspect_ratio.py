from typing import Literal

Kandinsky5TextToVideoInputAspectRatio = Literal["1:1", "2:3", "3:2"]

KANDINSKY_5_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Kandinsky5TextToVideoInputAspectRatio] = {
    "1:1",
    "2:3",
    "3:2",
}


def check_kandinsky_5_text_to_video_input_aspect_ratio(
    value: str,
) -> Kandinsky5TextToVideoInputAspectRatio:
    if value in KANDINSKY_5_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
