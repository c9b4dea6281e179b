from typing import Literal

Qwen3GuardOutputCategoriesItem = Literal[
    "Copyright Violation",
    "Jailbreak",
    "Non-violent Illegal Acts",
    "None",
    "PII",
    "Politically Sensitive Topics",
    "Sexual Content or Sexual Acts",
    "Suicide & Self-Harm",
    "Unethical Acts",
    "Violent",
]

QWEN_3_GUARD_OUTPUT_CATEGORIES_ITEM_VALUES: set[Qwen3GuardOutputCategoriesItem] = {
    "Copyright Violation",
    "Jailbreak",
    "Non-violent Illegal Acts",
    "None",
    "PII",
    "Politically Sensitive Topics",
    "Sexual Content or Sexual Acts",
    "Suicide & Self-Harm",
    "Unethical Acts",
    "Violent",
}


def check_qwen_3_guard_output_categories_item(value: str) -> Qwen3GuardOutputCategoriesItem:
    if value in QWEN_3_GUARD_OUTPUT_CATEGORIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_3_GUARD_OUTPUT_CATEGORIES_ITEM_VALUES!r}"
    )
