from typing import Literal

FilmInputVideoQuality = Literal["high", "low", "maximum", "medium"]

FILM_INPUT_VIDEO_QUALITY_VALUES: set[FilmInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_film_input_video_quality(value: str) -> FilmInputVideoQuality:
    if value in FILM_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILM_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
