from typing import Literal

Ltx2322BReferenceVideoToVideoLoraInputIcLoraType = Literal[
    "detailer", "match_preprocessor", "none", "union"
]

LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_IC_LORA_TYPE_VALUES: set[
    Ltx2322BReferenceVideoToVideoLoraInputIcLoraType
] = {
    "detailer",
    "match_preprocessor",
    "none",
    "union",
}


def check_ltx_2322b_reference_video_to_video_lora_input_ic_lora_type(
    value: str,
) -> Ltx2322BReferenceVideoToVideoLoraInputIcLoraType:
    if value in LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_IC_LORA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_IC_LORA_TYPE_VALUES!r}"
    )
