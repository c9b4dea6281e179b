from typing import Literal

Ltx23QualityRenderToRealInputIntensity = Literal["light", "strong", "strong-v2"]

LTX_23_QUALITY_RENDER_TO_REAL_INPUT_INTENSITY_VALUES: set[
    Ltx23QualityRenderToRealInputIntensity
] = {
    "light",
    "strong",
    "strong-v2",
}


def check_ltx_23_quality_render_to_real_input_intensity(
    value: str,
) -> Ltx23QualityRenderToRealInputIntensity:
    if value in LTX_23_QUALITY_RENDER_TO_REAL_INPUT_INTENSITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_RENDER_TO_REAL_INPUT_INTENSITY_VALUES!r}"
    )
