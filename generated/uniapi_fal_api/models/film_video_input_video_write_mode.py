from typing import Literal

FilmVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

FILM_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[FilmVideoInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_film_video_input_video_write_mode(value: str) -> FilmVideoInputVideoWriteMode:
    if value in FILM_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILM_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
