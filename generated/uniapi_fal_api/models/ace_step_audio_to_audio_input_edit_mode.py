from typing import Literal

AceStepAudioToAudioInputEditMode = Literal["lyrics", "remix"]

ACE_STEP_AUDIO_TO_AUDIO_INPUT_EDIT_MODE_VALUES: set[AceStepAudioToAudioInputEditMode] = {
    "lyrics",
    "remix",
}


def check_ace_step_audio_to_audio_input_edit_mode(value: str) -> AceStepAudioToAudioInputEditMode:
    if value in ACE_STEP_AUDIO_TO_AUDIO_INPUT_EDIT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_AUDIO_TO_AUDIO_INPUT_EDIT_MODE_VALUES!r}"
    )
