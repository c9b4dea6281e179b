from typing import Literal

Kandinsky5TextToVideoDistillInputResolution = Literal["768x512"]

KANDINSKY_5_TEXT_TO_VIDEO_DISTILL_INPUT_RESOLUTION_VALUES: set[
    Kandinsky5TextToVideoDistillInputResolution
] = {
    "768x512",
}


def check_kandinsky_5_text_to_video_distill_input_resolution(
    value: str,
) -> Kandinsky5TextToVideoDistillInputResolution:
    if value in KANDINSKY_5_TEXT_TO_VIDEO_DISTILL_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_TEXT_TO_VIDEO_DISTILL_INPUT_RESOLUTION_VALUES!r}"
    )
