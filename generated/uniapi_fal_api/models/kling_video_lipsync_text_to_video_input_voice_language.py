from typing import Literal

KlingVideoLipsyncTextToVideoInputVoiceLanguage = Literal["en", "zh"]

KLING_VIDEO_LIPSYNC_TEXT_TO_VIDEO_INPUT_VOICE_LANGUAGE_VALUES: set[
    KlingVideoLipsyncTextToVideoInputVoiceLanguage
] = {
    "en",
    "zh",
}


def check_kling_video_lipsync_text_to_video_input_voice_language(
    value: str,
) -> KlingVideoLipsyncTextToVideoInputVoiceLanguage:
    if value in KLING_VIDEO_LIPSYNC_TEXT_TO_VIDEO_INPUT_VOICE_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_LIPSYNC_TEXT_TO_VIDEO_INPUT_VOICE_LANGUAGE_VALUES!r}"
    )
