from typing import Literal

Kandinsky5TextToVideoDistillInputAspectRatio = Literal["1:1", "2:3", "3:2"]

KANDINSKY_5_TEXT_TO_VIDEO_DISTILL_INPUT_ASPECT_RATIO_VALUES: set[
    Kandinsky5TextToVideoDistillInputAspectRatio
] = {
    "1:1",
    "2:3",
    "3:2",
}


def check_kandinsky_5_text_to_video_distill_input_aspect_ratio(
    value: str,
) -> Kandinsky5TextToVideoDistillInputAspectRatio:
    if value in KANDINSKY_5_TEXT_TO_VIDEO_DISTILL_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KANDINSKY_5_TEXT_TO_VIDEO_DISTILL_INPUT_ASPECT_RATIO_VALUES!r}"
    )
