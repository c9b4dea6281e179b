from typing import Literal

FilmInputVideoWriteMode = Literal["balanced", "fast", "small"]

FILM_INPUT_VIDEO_WRITE_MODE_VALUES: set[FilmInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_film_input_video_write_mode(value: str) -> FilmInputVideoWriteMode:
    if value in FILM_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILM_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
