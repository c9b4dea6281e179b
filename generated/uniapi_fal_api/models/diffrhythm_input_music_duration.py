from typing import Literal

DiffrhythmInputMusicDuration = Literal["285s", "95s"]

DIFFRHYTHM_INPUT_MUSIC_DURATION_VALUES: set[DiffrhythmInputMusicDuration] = {
    "285s",
    "95s",
}


def check_diffrhythm_input_music_duration(value: str) -> DiffrhythmInputMusicDuration:
    if value in DIFFRHYTHM_INPUT_MUSIC_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIFFRHYTHM_INPUT_MUSIC_DURATION_VALUES!r}"
    )
