from typing import Literal

Qwen3GuardOutputLabel = Literal["Controversial", "Safe", "Unsafe"]

QWEN_3_GUARD_OUTPUT_LABEL_VALUES: set[Qwen3GuardOutputLabel] = {
    "Controversial",
    "Safe",
    "Unsafe",
}


def check_qwen_3_guard_output_label(value: str) -> Qwen3GuardOutputLabel:
    if value in QWEN_3_GUARD_OUTPUT_LABEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_3_GUARD_OUTPUT_LABEL_VALUES!r}"
    )
