from typing import Literal

Ltx23QualityColorizationInputResolution = Literal["480p", "720p"]

LTX_23_QUALITY_COLORIZATION_INPUT_RESOLUTION_VALUES: set[
    Ltx23QualityColorizationInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_23_quality_colorization_input_resolution(
    value: str,
) -> Ltx23QualityColorizationInputResolution:
    if value in LTX_23_QUALITY_COLORIZATION_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_COLORIZATION_INPUT_RESOLUTION_VALUES!r}"
    )
