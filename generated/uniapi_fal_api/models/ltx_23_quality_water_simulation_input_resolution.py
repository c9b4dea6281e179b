from typing import Literal

Ltx23QualityWaterSimulationInputResolution = Literal["480p", "720p"]

LTX_23_QUALITY_WATER_SIMULATION_INPUT_RESOLUTION_VALUES: set[
    Ltx23QualityWaterSimulationInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_23_quality_water_simulation_input_resolution(
    value: str,
) -> Ltx23QualityWaterSimulationInputResolution:
    if value in LTX_23_QUALITY_WATER_SIMULATION_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_WATER_SIMULATION_INPUT_RESOLUTION_VALUES!r}"
    )
