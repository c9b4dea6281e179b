from typing import Literal

FilmInputOutputType = Literal["images", "video"]

FILM_INPUT_OUTPUT_TYPE_VALUES: set[FilmInputOutputType] = {
    "images",
    "video",
}


def check_film_input_output_type(value: str) -> FilmInputOutputType:
    if value in FILM_INPUT_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILM_INPUT_OUTPUT_TYPE_VALUES!r}"
    )
