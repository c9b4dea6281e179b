from typing import Literal

Ltx23QualityOutpaintInputAspectRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "9:21"]

LTX_23_QUALITY_OUTPAINT_INPUT_ASPECT_RATIO_VALUES: set[Ltx23QualityOutpaintInputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_ltx_23_quality_outpaint_input_aspect_ratio(
    value: str,
) -> Ltx23QualityOutpaintInputAspectRatio:
    if value in LTX_23_QUALITY_OUTPAINT_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_OUTPAINT_INPUT_ASPECT_RATIO_VALUES!r}"
    )
