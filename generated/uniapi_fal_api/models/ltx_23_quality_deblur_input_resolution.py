from typing import Literal

Ltx23QualityDeblurInputResolution = Literal["480p", "720p"]

LTX_23_QUALITY_DEBLUR_INPUT_RESOLUTION_VALUES: set[Ltx23QualityDeblurInputResolution] = {
    "480p",
    "720p",
}


def check_ltx_23_quality_deblur_input_resolution(value: str) -> Ltx23QualityDeblurInputResolution:
    if value in LTX_23_QUALITY_DEBLUR_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_DEBLUR_INPUT_RESOLUTION_VALUES!r}"
    )
