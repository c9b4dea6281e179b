from typing import Literal

Ltx219BDistilledVideoToVideoLoraInputPreprocessor = Literal["canny", "depth", "none", "pose"]

LTX_219B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES: set[
    Ltx219BDistilledVideoToVideoLoraInputPreprocessor
] = {
    "canny",
    "depth",
    "none",
    "pose",
}


def check_ltx_219b_distilled_video_to_video_lora_input_preprocessor(
    value: str,
) -> Ltx219BDistilledVideoToVideoLoraInputPreprocessor:
    if value in LTX_219B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES!r}"
    )
