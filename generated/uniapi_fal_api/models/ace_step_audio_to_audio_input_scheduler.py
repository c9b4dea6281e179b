from typing import Literal

AceStepAudioToAudioInputScheduler = Literal["euler", "heun"]

ACE_STEP_AUDIO_TO_AUDIO_INPUT_SCHEDULER_VALUES: set[AceStepAudioToAudioInputScheduler] = {
    "euler",
    "heun",
}


def check_ace_step_audio_to_audio_input_scheduler(value: str) -> AceStepAudioToAudioInputScheduler:
    if value in ACE_STEP_AUDIO_TO_AUDIO_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_AUDIO_TO_AUDIO_INPUT_SCHEDULER_VALUES!r}"
    )
