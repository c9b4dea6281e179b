from typing import Literal

BytedanceSeedV2MiniInputThinking = Literal["auto", "disabled", "enabled"]

BYTEDANCE_SEED_V2_MINI_INPUT_THINKING_VALUES: set[BytedanceSeedV2MiniInputThinking] = {
    "auto",
    "disabled",
    "enabled",
}


def check_bytedance_seed_v2_mini_input_thinking(value: str) -> BytedanceSeedV2MiniInputThinking:
    if value in BYTEDANCE_SEED_V2_MINI_INPUT_THINKING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEED_V2_MINI_INPUT_THINKING_VALUES!r}"
    )
