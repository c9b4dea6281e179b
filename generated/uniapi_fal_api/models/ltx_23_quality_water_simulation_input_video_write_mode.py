from typing import Literal

Ltx23QualityWaterSimulationInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_WATER_SIMULATION_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityWaterSimulationInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_water_simulation_input_video_write_mode(
    value: str,
) -> Ltx23QualityWaterSimulationInputVideoWriteMode:
    if value in LTX_23_QUALITY_WATER_SIMULATION_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_WATER_SIMULATION_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
