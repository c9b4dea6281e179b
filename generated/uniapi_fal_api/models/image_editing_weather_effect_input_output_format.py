from typing import Literal

ImageEditingWeatherEffectInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_WEATHER_EFFECT_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingWeatherEffectInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_weather_effect_input_output_format(
    value: str,
) -> ImageEditingWeatherEffectInputOutputFormat:
    if value in IMAGE_EDITING_WEATHER_EFFECT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_WEATHER_EFFECT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
