from typing import Literal

Ltx2322BDistilledReferenceVideoToVideoLoraInputPreprocessor = Literal[
    "canny", "depth", "none", "pose"
]

LTX_2322B_DISTILLED_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES: set[
    Ltx2322BDistilledReferenceVideoToVideoLoraInputPreprocessor
] = {
    "canny",
    "depth",
    "none",
    "pose",
}


def check_ltx_2322b_distilled_reference_video_to_video_lora_input_preprocessor(
    value: str,
) -> Ltx2322BDistilledReferenceVideoToVideoLoraInputPreprocessor:
    if value in LTX_2322B_DISTILLED_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_PREPROCESSOR_VALUES!r}"
    )
