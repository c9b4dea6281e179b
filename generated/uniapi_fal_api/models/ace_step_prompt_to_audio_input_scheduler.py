from typing import Literal

AceStepPromptToAudioInputScheduler = Literal["euler", "heun"]

ACE_STEP_PROMPT_TO_AUDIO_INPUT_SCHEDULER_VALUES: set[AceStepPromptToAudioInputScheduler] = {
    "euler",
    "heun",
}


def check_ace_step_prompt_to_audio_input_scheduler(
    value: str,
) -> AceStepPromptToAudioInputScheduler:
    if value in ACE_STEP_PROMPT_TO_AUDIO_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_PROMPT_TO_AUDIO_INPUT_SCHEDULER_VALUES!r}"
    )
