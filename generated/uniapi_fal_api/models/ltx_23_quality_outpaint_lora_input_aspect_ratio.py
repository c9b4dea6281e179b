from typing import Literal

Ltx23QualityOutpaintLoraInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "9:21"
]

LTX_23_QUALITY_OUTPAINT_LORA_INPUT_ASPECT_RATIO_VALUES: set[
    Ltx23QualityOutpaintLoraInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_ltx_23_quality_outpaint_lora_input_aspect_ratio(
    value: str,
) -> Ltx23QualityOutpaintLoraInputAspectRatio:
    if value in LTX_23_QUALITY_OUTPAINT_LORA_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_OUTPAINT_LORA_INPUT_ASPECT_RATIO_VALUES!r}"
    )
