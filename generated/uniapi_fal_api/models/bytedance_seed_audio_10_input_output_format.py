from typing import Literal

BytedanceSeedAudio10InputOutputFormat = Literal["mp3", "ogg_opus", "pcm", "wav"]

BYTEDANCE_SEED_AUDIO_10_INPUT_OUTPUT_FORMAT_VALUES: set[BytedanceSeedAudio10InputOutputFormat] = {
    "mp3",
    "ogg_opus",
    "pcm",
    "wav",
}


def check_bytedance_seed_audio_10_input_output_format(
    value: str,
) -> BytedanceSeedAudio10InputOutputFormat:
    if value in BYTEDANCE_SEED_AUDIO_10_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEED_AUDIO_10_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
