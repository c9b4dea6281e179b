from typing import Literal

BriaFiboEditReseasonInputSeason = Literal["autumn", "spring", "summer", "winter"]

BRIA_FIBO_EDIT_RESEASON_INPUT_SEASON_VALUES: set[BriaFiboEditReseasonInputSeason] = {
    "autumn",
    "spring",
    "summer",
    "winter",
}


def check_bria_fibo_edit_reseason_input_season(value: str) -> BriaFiboEditReseasonInputSeason:
    if value in BRIA_FIBO_EDIT_RESEASON_INPUT_SEASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_FIBO_EDIT_RESEASON_INPUT_SEASON_VALUES!r}"
    )
