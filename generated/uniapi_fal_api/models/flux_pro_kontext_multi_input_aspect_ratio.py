from typing import Literal

FluxProKontextMultiInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
]

FLUX_PRO_KONTEXT_MULTI_INPUT_ASPECT_RATIO_VALUES: set[FluxProKontextMultiInputAspectRatio] = {
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


def check_flux_pro_kontext_multi_input_aspect_ratio(
    value: str,
) -> FluxProKontextMultiInputAspectRatio:
    if value in FLUX_PRO_KONTEXT_MULTI_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_KONTEXT_MULTI_INPUT_ASPECT_RATIO_VALUES!r}"
    )
