from typing import Literal

Ltx23QualityRenderToRealInputResolution = Literal["480p", "720p"]

LTX_23_QUALITY_RENDER_TO_REAL_INPUT_RESOLUTION_VALUES: set[
    Ltx23QualityRenderToRealInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_23_quality_render_to_real_input_resolution(
    value: str,
) -> Ltx23QualityRenderToRealInputResolution:
    if value in LTX_23_QUALITY_RENDER_TO_REAL_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_RENDER_TO_REAL_INPUT_RESOLUTION_VALUES!r}"
    )
