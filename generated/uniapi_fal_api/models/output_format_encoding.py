from typing import Literal

OutputFormatEncoding = Literal["pcm_f32le", "pcm_mulaw", "pcm_s16le"]

OUTPUT_FORMAT_ENCODING_VALUES: set[OutputFormatEncoding] = {
    "pcm_f32le",
    "pcm_mulaw",
    "pcm_s16le",
}


def check_output_format_encoding(value: str) -> OutputFormatEncoding:
    if value in OUTPUT_FORMAT_ENCODING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FORMAT_ENCODING_VALUES!r}"
    )
