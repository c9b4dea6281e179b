from typing import Literal

BriaFiboEditRelightInputLightType = Literal[
    "blue hour light",
    "cloud-filtered lighting",
    "fog-diffused lighting",
    "harsh studio lighting",
    "low-angle sunlight",
    "midday",
    "moonlight lighting",
    "overcast light",
    "soft bokeh lighting",
    "soft overcast daylight lighting",
    "spotlight on subject",
    "starlight nighttime",
    "sunrise light",
]

BRIA_FIBO_EDIT_RELIGHT_INPUT_LIGHT_TYPE_VALUES: set[BriaFiboEditRelightInputLightType] = {
    "blue hour light",
    "cloud-filtered lighting",
    "fog-diffused lighting",
    "harsh studio lighting",
    "low-angle sunlight",
    "midday",
    "moonlight lighting",
    "overcast light",
    "soft bokeh lighting",
    "soft overcast daylight lighting",
    "spotlight on subject",
    "starlight nighttime",
    "sunrise light",
}


def check_bria_fibo_edit_relight_input_light_type(value: str) -> BriaFiboEditRelightInputLightType:
    if value in BRIA_FIBO_EDIT_RELIGHT_INPUT_LIGHT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_FIBO_EDIT_RELIGHT_INPUT_LIGHT_TYPE_VALUES!r}"
    )
