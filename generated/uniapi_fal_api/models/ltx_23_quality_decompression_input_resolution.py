from typing import Literal

Ltx23QualityDecompressionInputResolution = Literal["480p", "720p"]

LTX_23_QUALITY_DECOMPRESSION_INPUT_RESOLUTION_VALUES: set[
    Ltx23QualityDecompressionInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_23_quality_decompression_input_resolution(
    value: str,
) -> Ltx23QualityDecompressionInputResolution:
    if value in LTX_23_QUALITY_DECOMPRESSION_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_DECOMPRESSION_INPUT_RESOLUTION_VALUES!r}"
    )
