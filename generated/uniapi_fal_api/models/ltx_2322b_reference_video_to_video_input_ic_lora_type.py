from typing import Literal

Ltx2322BReferenceVideoToVideoInputIcLoraType = Literal[
    "detailer", "match_preprocessor", "none", "union"
]

LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_INPUT_IC_LORA_TYPE_VALUES: set[
    Ltx2322BReferenceVideoToVideoInputIcLoraType
] = {
    "detailer",
    "match_preprocessor",
    "none",
    "union",
}


def check_ltx_2322b_reference_video_to_video_input_ic_lora_type(
    value: str,
) -> Ltx2322BReferenceVideoToVideoInputIcLoraType:
    if value in LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_INPUT_IC_LORA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_INPUT_IC_LORA_TYPE_VALUES!r}"
    )
