from typing import Literal

Kandinsky5TextToVideoInputResolution = Literal["768x512"]

KANDINSKY_5_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Kandinsky5TextToVideoInputResolution] = {
    "768x512",
}


def check_kandinsky_5_text_to_video_input_resolution(
    value: str,
) -> Kandinsky5TextToVideoInputResolution:
    if value in KANDINSKY_5_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
