from typing import Literal

FilmInputImageFormat = Literal["jpeg", "png"]

FILM_INPUT_IMAGE_FORMAT_VALUES: set[FilmInputImageFormat] = {
    "jpeg",
    "png",
}


def check_film_input_image_format(value: str) -> FilmInputImageFormat:
    if value in FILM_INPUT_IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILM_INPUT_IMAGE_FORMAT_VALUES!r}"
    )
