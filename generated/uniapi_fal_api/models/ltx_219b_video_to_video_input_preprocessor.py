from typing import Literal

Ltx219BVideoToVideoInputPreprocessor = Literal["canny", "depth", "none", "pose"]

LTX_219B_VIDEO_TO_VIDEO_INPUT_PREPROCESSOR_VALUES: set[Ltx219BVideoToVideoInputPreprocessor] = {
    "canny",
    "depth",
    "none",
    "pose",
}


def check_ltx_219b_video_to_video_input_preprocessor(
    value: str,
) -> Ltx219BVideoToVideoInputPreprocessor:
    if value in LTX_219B_VIDEO_TO_VIDEO_INPUT_PREPROCESSOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_VIDEO_TO_VIDEO_INPUT_PREPROCESSOR_VALUES!r}"
    )
