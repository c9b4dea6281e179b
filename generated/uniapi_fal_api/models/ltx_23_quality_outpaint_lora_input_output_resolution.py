from typing import Literal

Ltx23QualityOutpaintLoraInputOutputResolution = Literal["1080p", "480p", "720p"]

LTX_23_QUALITY_OUTPAINT_LORA_INPUT_OUTPUT_RESOLUTION_VALUES: set[
    Ltx23QualityOutpaintLoraInputOutputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_ltx_23_quality_outpaint_lora_input_output_resolution(
    value: str,
) -> Ltx23QualityOutpaintLoraInputOutputResolution:
    if value in LTX_23_QUALITY_OUTPAINT_LORA_INPUT_OUTPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_OUTPAINT_LORA_INPUT_OUTPUT_RESOLUTION_VALUES!r}"
    )
