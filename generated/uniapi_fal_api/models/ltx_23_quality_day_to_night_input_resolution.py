from typing import Literal

Ltx23QualityDayToNightInputResolution = Literal["480p", "720p"]

LTX_23_QUALITY_DAY_TO_NIGHT_INPUT_RESOLUTION_VALUES: set[Ltx23QualityDayToNightInputResolution] = {
    "480p",
    "720p",
}


def check_ltx_23_quality_day_to_night_input_resolution(
    value: str,
) -> Ltx23QualityDayToNightInputResolution:
    if value in LTX_23_QUALITY_DAY_TO_NIGHT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_DAY_TO_NIGHT_INPUT_RESOLUTION_VALUES!r}"
    )
