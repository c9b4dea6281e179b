from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.workflow_utilities_pick_image_by_index_input_fallback_index import (
    WorkflowUtilitiesPickImageByIndexInputFallbackIndex,
    check_workflow_utilities_pick_image_by_index_input_fallback_index,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .workflow_utilities_pick_image_by_index_output import (
        WorkflowUtilitiesPickImageByIndexOutput,  # noqa: F401
    )


T = TypeVar("T", bound="WorkflowUtilitiesPickImageByIndexInput")


@_attrs_define
class WorkflowUtilitiesPickImageByIndexInput(
    FalInput["WorkflowUtilitiesPickImageByIndexOutput"],
    endpoint="fal-ai/workflow-utilities/pick-image-by-index",
):
    """Input of `fal-ai/workflow-utilities/pick-image-by-index` (unknown). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    image_urls: list[str]
    """List of string."""
    index: float
    """Number."""
    fallback_index: WorkflowUtilitiesPickImageByIndexInputFallbackIndex | Unset = UNSET
    """One of "first-image", "last-image". Server default: "first-image"."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        index = self.index

        fallback_index: str | Unset = UNSET
        if not isinstance(self.fallback_index, Unset):
            fallback_index = self.fallback_index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "index": index,
            }
        )
        if fallback_index is not UNSET:
            field_dict["fallback_index"] = fallback_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        index = d.pop("index")

        _fallback_index = d.pop("fallback_index", UNSET)
        fallback_index: WorkflowUtilitiesPickImageByIndexInputFallbackIndex | Unset
        if isinstance(_fallback_index, Unset):
            fallback_index = UNSET
        else:
            fallback_index = check_workflow_utilities_pick_image_by_index_input_fallback_index(
                _fallback_index
            )

        workflow_utilities_pick_image_by_index_input = cls(
            image_urls=image_urls,
            index=index,
            fallback_index=fallback_index,
        )

        return workflow_utilities_pick_image_by_index_input
