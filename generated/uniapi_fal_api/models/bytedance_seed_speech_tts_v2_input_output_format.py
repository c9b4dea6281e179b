from typing import Literal

BytedanceSeedSpeechTtsV2InputOutputFormat = Literal["mp3", "opus"]

BYTEDANCE_SEED_SPEECH_TTS_V2_INPUT_OUTPUT_FORMAT_VALUES: set[
    BytedanceSeedSpeechTtsV2InputOutputFormat
] = {
    "mp3",
    "opus",
}


def check_bytedance_seed_speech_tts_v2_input_output_format(
    value: str,
) -> BytedanceSeedSpeechTtsV2InputOutputFormat:
    if value in BYTEDANCE_SEED_SPEECH_TTS_V2_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEED_SPEECH_TTS_V2_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
