from typing import Literal

PerceptronIsaac01InputResponseStyle = Literal["box", "point", "polygon", "text"]

PERCEPTRON_ISAAC_01_INPUT_RESPONSE_STYLE_VALUES: set[PerceptronIsaac01InputResponseStyle] = {
    "box",
    "point",
    "polygon",
    "text",
}


def check_perceptron_isaac_01_input_response_style(
    value: str,
) -> PerceptronIsaac01InputResponseStyle:
    if value in PERCEPTRON_ISAAC_01_INPUT_RESPONSE_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERCEPTRON_ISAAC_01_INPUT_RESPONSE_STYLE_VALUES!r}"
    )
