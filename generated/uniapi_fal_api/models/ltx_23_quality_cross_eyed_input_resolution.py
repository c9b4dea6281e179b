from typing import Literal

Ltx23QualityCrossEyedInputResolution = Literal["480p", "720p"]

LTX_23_QUALITY_CROSS_EYED_INPUT_RESOLUTION_VALUES: set[Ltx23QualityCrossEyedInputResolution] = {
    "480p",
    "720p",
}


def check_ltx_23_quality_cross_eyed_input_resolution(
    value: str,
) -> Ltx23QualityCrossEyedInputResolution:
    if value in LTX_23_QUALITY_CROSS_EYED_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_CROSS_EYED_INPUT_RESOLUTION_VALUES!r}"
    )
