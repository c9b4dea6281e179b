from typing import Literal

Kandinsky5TextToVideoInputDuration = Literal["10s", "5s"]

KANDINSKY_5_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[Kandinsky5TextToVideoInputDuration] = {
    "10s",
    "5s",
}


def check_kandinsky_5_text_to_video_input_duration(
    value: str,
) -> Kandinsky5TextToVideoInputDuration:
    if value in KANDINSKY_5_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
