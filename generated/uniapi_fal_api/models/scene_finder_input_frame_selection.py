from typing import Literal

SceneFinderInputFrameSelection = Literal["all", "end", "mid", "start"]

SCENE_FINDER_INPUT_FRAME_SELECTION_VALUES: set[SceneFinderInputFrameSelection] = {
    "all",
    "end",
    "mid",
    "start",
}


def check_scene_finder_input_frame_selection(value: str) -> SceneFinderInputFrameSelection:
    if value in SCENE_FINDER_INPUT_FRAME_SELECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCENE_FINDER_INPUT_FRAME_SELECTION_VALUES!r}"
    )
