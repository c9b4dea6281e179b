from typing import Literal

Ltx23QualityWaterSimulationInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_WATER_SIMULATION_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityWaterSimulationInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_water_simulation_input_video_quality(
    value: str,
) -> Ltx23QualityWaterSimulationInputVideoQuality:
    if value in LTX_23_QUALITY_WATER_SIMULATION_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_WATER_SIMULATION_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
