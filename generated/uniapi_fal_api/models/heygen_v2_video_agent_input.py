from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_agent_config import VideoAgentConfig
    from .heygen_v2_video_agent_output import HeygenV2VideoAgentOutput  # noqa: F401


T = TypeVar("T", bound="HeygenV2VideoAgentInput")


@_attrs_define
class HeygenV2VideoAgentInput(
    FalInput["HeygenV2VideoAgentOutput"], endpoint="fal-ai/heygen/v2/video-agent"
):
    """Input of `fal-ai/heygen/v2/video-agent` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    config: VideoAgentConfig | Unset = UNSET
    """VideoAgentConfig."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_agent_config import VideoAgentConfig  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _config = d.pop("config", UNSET)
        config: VideoAgentConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = VideoAgentConfig.from_dict(_config)

        heygen_v2_video_agent_input = cls(
            prompt=prompt,
            config=config,
        )

        return heygen_v2_video_agent_input
