from typing import Literal

ViduQ1TextToVideoInputStyle = Literal["anime", "general"]

VIDU_Q1_TEXT_TO_VIDEO_INPUT_STYLE_VALUES: set[ViduQ1TextToVideoInputStyle] = {
    "anime",
    "general",
}


def check_vidu_q1_text_to_video_input_style(value: str) -> ViduQ1TextToVideoInputStyle:
    if value in VIDU_Q1_TEXT_TO_VIDEO_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q1_TEXT_TO_VIDEO_INPUT_STYLE_VALUES!r}"
    )
