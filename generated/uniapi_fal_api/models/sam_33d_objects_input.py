from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_prompt_base_v71ef55 import BoxPromptBaseV71EF55
    from ..models.point_prompt_base_ve37978 import PointPromptBaseVE37978
    from .sam_33d_objects_output import Sam33DObjectsOutput  # noqa: F401


T = TypeVar("T", bound="Sam33DObjectsInput")


@_attrs_define
class Sam33DObjectsInput(FalInput["Sam33DObjectsOutput"], endpoint="fal-ai/sam-3/3d-objects"):
    """Input of `fal-ai/sam-3/3d-objects` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    box_prompts: list[BoxPromptBaseV71EF55] | Unset = UNSET
    """List of BoxPromptBaseV71EF55."""
    detection_threshold: float | Unset = UNSET
    """Number."""
    export_textured_glb: bool | Unset = UNSET
    """Boolean."""
    mask_urls: list[str] | Unset = UNSET
    """List of string."""
    point_prompts: list[PointPromptBaseVE37978] | Unset = UNSET
    """List of PointPromptBaseVE37978."""
    pointmap_url: str | Unset = UNSET
    """URL or local file."""
    prompt: str | Unset = UNSET
    """String. Server default: "car"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        box_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.box_prompts, Unset):
            box_prompts = []
            for box_prompts_item_data in self.box_prompts:
                box_prompts_item = box_prompts_item_data.to_dict()
                box_prompts.append(box_prompts_item)

        detection_threshold = self.detection_threshold

        export_textured_glb = self.export_textured_glb

        mask_urls: list[str] | Unset = UNSET
        if not isinstance(self.mask_urls, Unset):
            mask_urls = self.mask_urls

        point_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.point_prompts, Unset):
            point_prompts = []
            for point_prompts_item_data in self.point_prompts:
                point_prompts_item = point_prompts_item_data.to_dict()
                point_prompts.append(point_prompts_item)

        pointmap_url = self.pointmap_url

        prompt = self.prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if box_prompts is not UNSET:
            field_dict["box_prompts"] = box_prompts
        if detection_threshold is not UNSET:
            field_dict["detection_threshold"] = detection_threshold
        if export_textured_glb is not UNSET:
            field_dict["export_textured_glb"] = export_textured_glb
        if mask_urls is not UNSET:
            field_dict["mask_urls"] = mask_urls
        if point_prompts is not UNSET:
            field_dict["point_prompts"] = point_prompts
        if pointmap_url is not UNSET:
            field_dict["pointmap_url"] = pointmap_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.box_prompt_base_v71ef55 import BoxPromptBaseV71EF55  # noqa: PLC0415
        from ..models.point_prompt_base_ve37978 import PointPromptBaseVE37978  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        _box_prompts = d.pop("box_prompts", UNSET)
        box_prompts: list[BoxPromptBaseV71EF55] | Unset = UNSET
        if _box_prompts is not UNSET:
            box_prompts = []
            for box_prompts_item_data in _box_prompts:
                box_prompts_item = BoxPromptBaseV71EF55.from_dict(box_prompts_item_data)

                box_prompts.append(box_prompts_item)

        detection_threshold = d.pop("detection_threshold", UNSET)

        export_textured_glb = d.pop("export_textured_glb", UNSET)

        mask_urls = cast(list[str], d.pop("mask_urls", UNSET))

        _point_prompts = d.pop("point_prompts", UNSET)
        point_prompts: list[PointPromptBaseVE37978] | Unset = UNSET
        if _point_prompts is not UNSET:
            point_prompts = []
            for point_prompts_item_data in _point_prompts:
                point_prompts_item = PointPromptBaseVE37978.from_dict(point_prompts_item_data)

                point_prompts.append(point_prompts_item)

        pointmap_url = d.pop("pointmap_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        sam_33d_objects_input = cls(
            image_url=image_url,
            box_prompts=box_prompts,
            detection_threshold=detection_threshold,
            export_textured_glb=export_textured_glb,
            mask_urls=mask_urls,
            point_prompts=point_prompts,
            pointmap_url=pointmap_url,
            prompt=prompt,
            seed=seed,
        )

        return sam_33d_objects_input
