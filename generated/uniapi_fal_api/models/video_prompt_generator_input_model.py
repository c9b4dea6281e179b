from typing import Literal

VideoPromptGeneratorInputModel = Literal[
    "anthropic/claude-3-5-haiku",
    "anthropic/claude-3-haiku",
    "anthropic/claude-3.5-sonnet",
    "deepseek/deepseek-r1",
    "google/gemini-2.0-flash-001",
    "google/gemini-2.5-flash-lite",
    "meta-llama/llama-3.1-70b-instruct",
    "meta-llama/llama-3.1-8b-instruct",
    "meta-llama/llama-3.2-1b-instruct",
    "meta-llama/llama-3.2-3b-instruct",
    "openai/gpt-4o",
    "openai/gpt-4o-mini",
]

VIDEO_PROMPT_GENERATOR_INPUT_MODEL_VALUES: set[VideoPromptGeneratorInputModel] = {
    "anthropic/claude-3-5-haiku",
    "anthropic/claude-3-haiku",
    "anthropic/claude-3.5-sonnet",
    "deepseek/deepseek-r1",
    "google/gemini-2.0-flash-001",
    "google/gemini-2.5-flash-lite",
    "meta-llama/llama-3.1-70b-instruct",
    "meta-llama/llama-3.1-8b-instruct",
    "meta-llama/llama-3.2-1b-instruct",
    "meta-llama/llama-3.2-3b-instruct",
    "openai/gpt-4o",
    "openai/gpt-4o-mini",
}


def check_video_prompt_generator_input_model(value: str) -> VideoPromptGeneratorInputModel:
    if value in VIDEO_PROMPT_GENERATOR_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_PROMPT_GENERATOR_INPUT_MODEL_VALUES!r}"
    )
