from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speaker import Speaker
    from ..models.turn import Turn
    from .csm_1b_output import Csm1BOutput  # noqa: F401


T = TypeVar("T", bound="Csm1BInput")


@_attrs_define
class Csm1BInput(FalInput["Csm1BOutput"], endpoint="fal-ai/csm-1b"):
    """Input of `fal-ai/csm-1b` (text-to-audio)."""

    scene: list[Turn]
    """Scene: list of Turn."""
    context: list[Speaker] | Unset = UNSET
    """Context: list of Speaker."""

    def to_dict(self) -> dict[str, Any]:
        scene = []
        for scene_item_data in self.scene:
            scene_item = scene_item_data.to_dict()
            scene.append(scene_item)

        context: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = []
            for context_item_data in self.context:
                context_item = context_item_data.to_dict()
                context.append(context_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scene": scene,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.speaker import Speaker  # noqa: PLC0415
        from ..models.turn import Turn  # noqa: PLC0415

        d = dict(src_dict)
        scene = []
        _scene = d.pop("scene")
        for scene_item_data in _scene:
            scene_item = Turn.from_dict(scene_item_data)

            scene.append(scene_item)

        _context = d.pop("context", UNSET)
        context: list[Speaker] | Unset = UNSET
        if _context is not UNSET:
            context = []
            for context_item_data in _context:
                context_item = Speaker.from_dict(context_item_data)

                context.append(context_item)

        csm_1b_input = cls(
            scene=scene,
            context=context,
        )

        return csm_1b_input
