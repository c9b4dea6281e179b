from typing import Literal

OutputFormatContainer = Literal["mp3", "raw"]

OUTPUT_FORMAT_CONTAINER_VALUES: set[OutputFormatContainer] = {
    "mp3",
    "raw",
}


def check_output_format_container(value: str) -> OutputFormatContainer:
    if value in OUTPUT_FORMAT_CONTAINER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FORMAT_CONTAINER_VALUES!r}"
    )
