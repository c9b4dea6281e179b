from typing import Literal

ImageEditingWeatherEffectInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_WEATHER_EFFECT_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingWeatherEffectInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_weather_effect_input_safety_tolerance(
    value: str,
) -> ImageEditingWeatherEffectInputSafetyTolerance:
    if value in IMAGE_EDITING_WEATHER_EFFECT_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_WEATHER_EFFECT_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
