from typing import Literal

Ltx219BVideoToVideoLoraInputPreprocessor = Literal["canny", "depth", "none", "pose"]

LTX_219B_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES: set[
    Ltx219BVideoToVideoLoraInputPreprocessor
] = {
    "canny",
    "depth",
    "none",
    "pose",
}


def check_ltx_219b_video_to_video_lora_input_preprocessor(
    value: str,
) -> Ltx219BVideoToVideoLoraInputPreprocessor:
    if value in LTX_219B_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES!r}"
    )
