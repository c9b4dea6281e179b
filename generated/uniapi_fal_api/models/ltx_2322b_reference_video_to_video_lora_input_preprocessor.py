from typing import Literal

Ltx2322BReferenceVideoToVideoLoraInputPreprocessor = Literal["canny", "depth", "none", "pose"]

LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES: set[
    Ltx2322BReferenceVideoToVideoLoraInputPreprocessor
] = {
    "canny",
    "depth",
    "none",
    "pose",
}


def check_ltx_2322b_reference_video_to_video_lora_input_preprocessor(
    value: str,
) -> Ltx2322BReferenceVideoToVideoLoraInputPreprocessor:
    if value in LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES!r}"
    )
