from typing import Literal

AsyncTtsProV10InputLanguage = Literal["de", "en", "es", "fr", "it", "pt"]

ASYNC_TTS_PRO_V10_INPUT_LANGUAGE_VALUES: set[AsyncTtsProV10InputLanguage] = {
    "de",
    "en",
    "es",
    "fr",
    "it",
    "pt",
}


def check_async_tts_pro_v10_input_language(value: str) -> AsyncTtsProV10InputLanguage:
    if value in ASYNC_TTS_PRO_V10_INPUT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_TTS_PRO_V10_INPUT_LANGUAGE_VALUES!r}"
    )
