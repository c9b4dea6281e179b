from typing import Literal

Ltx23QualityInstantShaveInputResolution = Literal["480p", "720p"]

LTX_23_QUALITY_INSTANT_SHAVE_INPUT_RESOLUTION_VALUES: set[
    Ltx23QualityInstantShaveInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_23_quality_instant_shave_input_resolution(
    value: str,
) -> Ltx23QualityInstantShaveInputResolution:
    if value in LTX_23_QUALITY_INSTANT_SHAVE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_INSTANT_SHAVE_INPUT_RESOLUTION_VALUES!r}"
    )
