from typing import Literal

Kandinsky5TextToVideoDistillInputDuration = Literal["10s", "5s"]

KANDINSKY_5_TEXT_TO_VIDEO_DISTILL_INPUT_DURATION_VALUES: set[
    Kandinsky5TextToVideoDistillInputDuration
] = {
    "10s",
    "5s",
}


def check_kandinsky_5_text_to_video_distill_input_duration(
    value: str,
) -> Kandinsky5TextToVideoDistillInputDuration:
    if value in KANDINSKY_5_TEXT_TO_VIDEO_DISTILL_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_TEXT_TO_VIDEO_DISTILL_INPUT_DURATION_VALUES!r}"
    )
