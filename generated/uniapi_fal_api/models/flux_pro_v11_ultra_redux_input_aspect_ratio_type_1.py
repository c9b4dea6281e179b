from typing import Literal

FluxProV11UltraReduxInputAspectRatioType1 = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
]

FLUX_PRO_V11_ULTRA_REDUX_INPUT_ASPECT_RATIO_TYPE_1_VALUES: set[
    FluxProV11UltraReduxInputAspectRatioType1
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_flux_pro_v11_ultra_redux_input_aspect_ratio_type_1(
    value: str,
) -> FluxProV11UltraReduxInputAspectRatioType1:
    if value in FLUX_PRO_V11_ULTRA_REDUX_INPUT_ASPECT_RATIO_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V11_ULTRA_REDUX_INPUT_ASPECT_RATIO_TYPE_1_VALUES!r}"
    )
