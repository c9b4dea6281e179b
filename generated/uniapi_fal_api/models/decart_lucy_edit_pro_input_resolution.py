from typing import Literal

DecartLucyEditProInputResolution = Literal["720p"]

DECART_LUCY_EDIT_PRO_INPUT_RESOLUTION_VALUES: set[DecartLucyEditProInputResolution] = {
    "720p",
}


def check_decart_lucy_edit_pro_input_resolution(value: str) -> DecartLucyEditProInputResolution:
    if value in DECART_LUCY_EDIT_PRO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DECART_LUCY_EDIT_PRO_INPUT_RESOLUTION_VALUES!r}"
    )
