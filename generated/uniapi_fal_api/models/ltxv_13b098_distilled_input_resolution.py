from typing import Literal

Ltxv13B098DistilledInputResolution = Literal["480p", "720p"]

LTXV_13B098_DISTILLED_INPUT_RESOLUTION_VALUES: set[Ltxv13B098DistilledInputResolution] = {
    "480p",
    "720p",
}


def check_ltxv_13b098_distilled_input_resolution(value: str) -> Ltxv13B098DistilledInputResolution:
    if value in LTXV_13B098_DISTILLED_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTXV_13B098_DISTILLED_INPUT_RESOLUTION_VALUES!r}"
    )
