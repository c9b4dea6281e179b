from typing import Literal

Ltx23QualityCleanPlateInputResolution = Literal["480p", "720p"]

LTX_23_QUALITY_CLEAN_PLATE_INPUT_RESOLUTION_VALUES: set[Ltx23QualityCleanPlateInputResolution] = {
    "480p",
    "720p",
}


def check_ltx_23_quality_clean_plate_input_resolution(
    value: str,
) -> Ltx23QualityCleanPlateInputResolution:
    if value in LTX_23_QUALITY_CLEAN_PLATE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_CLEAN_PLATE_INPUT_RESOLUTION_VALUES!r}"
    )
