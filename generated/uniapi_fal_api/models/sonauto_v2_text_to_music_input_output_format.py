from typing import Literal

SonautoV2TextToMusicInputOutputFormat = Literal["flac", "m4a", "mp3", "ogg", "wav"]

SONAUTO_V2_TEXT_TO_MUSIC_INPUT_OUTPUT_FORMAT_VALUES: set[SonautoV2TextToMusicInputOutputFormat] = {
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "wav",
}


def check_sonauto_v2_text_to_music_input_output_format(
    value: str,
) -> SonautoV2TextToMusicInputOutputFormat:
    if value in SONAUTO_V2_TEXT_TO_MUSIC_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SONAUTO_V2_TEXT_TO_MUSIC_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
