from typing import Literal

FilmVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

FILM_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[FilmVideoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_film_video_input_video_quality(value: str) -> FilmVideoInputVideoQuality:
    if value in FILM_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILM_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
