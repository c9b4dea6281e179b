from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_animations import BasicAnimations
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.model_urls_vaba887 import ModelUrlsVABA887
    from ..models.texture_files_v9b623a import TextureFilesV9B623A


T = TypeVar("T", bound="MeshyV6TextTo3DOutput")


@_attrs_define
class MeshyV6TextTo3DOutput:
    """Output of `fal-ai/meshy/v6/text-to-3d` (text-to-3d)."""

    model_glb: FalFileV6E13DB
    """FalFileV6E13DB."""
    model_urls: ModelUrlsVABA887
    """ModelUrlsVABA887."""
    prompt: str
    """String."""
    actual_prompt: str | Unset = UNSET
    """String."""
    animation_fbx: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    animation_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    basic_animations: BasicAnimations | Unset = UNSET
    """BasicAnimations."""
    rig_task_id: str | Unset = UNSET
    """String."""
    rigged_character_fbx: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    rigged_character_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    seed: float | Unset = UNSET
    """Number."""
    texture_urls: list[TextureFilesV9B623A] | Unset = UNSET
    """List of TextureFilesV9B623A."""
    thumbnail: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_glb = self.model_glb.to_dict()

        model_urls = self.model_urls.to_dict()

        prompt = self.prompt

        actual_prompt = self.actual_prompt

        animation_fbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.animation_fbx, Unset):
            animation_fbx = self.animation_fbx.to_dict()

        animation_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.animation_glb, Unset):
            animation_glb = self.animation_glb.to_dict()

        basic_animations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_animations, Unset):
            basic_animations = self.basic_animations.to_dict()

        rig_task_id = self.rig_task_id

        rigged_character_fbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rigged_character_fbx, Unset):
            rigged_character_fbx = self.rigged_character_fbx.to_dict()

        rigged_character_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rigged_character_glb, Unset):
            rigged_character_glb = self.rigged_character_glb.to_dict()

        seed = self.seed

        texture_urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.texture_urls, Unset):
            texture_urls = []
            for texture_urls_item_data in self.texture_urls:
                texture_urls_item = texture_urls_item_data.to_dict()
                texture_urls.append(texture_urls_item)

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_glb": model_glb,
                "model_urls": model_urls,
                "prompt": prompt,
            }
        )
        if actual_prompt is not UNSET:
            field_dict["actual_prompt"] = actual_prompt
        if animation_fbx is not UNSET:
            field_dict["animation_fbx"] = animation_fbx
        if animation_glb is not UNSET:
            field_dict["animation_glb"] = animation_glb
        if basic_animations is not UNSET:
            field_dict["basic_animations"] = basic_animations
        if rig_task_id is not UNSET:
            field_dict["rig_task_id"] = rig_task_id
        if rigged_character_fbx is not UNSET:
            field_dict["rigged_character_fbx"] = rigged_character_fbx
        if rigged_character_glb is not UNSET:
            field_dict["rigged_character_glb"] = rigged_character_glb
        if seed is not UNSET:
            field_dict["seed"] = seed
        if texture_urls is not UNSET:
            field_dict["texture_urls"] = texture_urls
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_animations import BasicAnimations  # noqa: PLC0415
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.model_urls_vaba887 import ModelUrlsVABA887  # noqa: PLC0415
        from ..models.texture_files_v9b623a import TextureFilesV9B623A  # noqa: PLC0415

        d = dict(src_dict)
        model_glb = FalFileV6E13DB.from_dict(d.pop("model_glb"))

        model_urls = ModelUrlsVABA887.from_dict(d.pop("model_urls"))

        prompt = d.pop("prompt")

        actual_prompt = d.pop("actual_prompt", UNSET)

        _animation_fbx = d.pop("animation_fbx", UNSET)
        animation_fbx: FalFileV6E13DB | Unset
        if isinstance(_animation_fbx, Unset):
            animation_fbx = UNSET
        else:
            animation_fbx = FalFileV6E13DB.from_dict(_animation_fbx)

        _animation_glb = d.pop("animation_glb", UNSET)
        animation_glb: FalFileV6E13DB | Unset
        if isinstance(_animation_glb, Unset):
            animation_glb = UNSET
        else:
            animation_glb = FalFileV6E13DB.from_dict(_animation_glb)

        _basic_animations = d.pop("basic_animations", UNSET)
        basic_animations: BasicAnimations | Unset
        if isinstance(_basic_animations, Unset):
            basic_animations = UNSET
        else:
            basic_animations = BasicAnimations.from_dict(_basic_animations)

        rig_task_id = d.pop("rig_task_id", UNSET)

        _rigged_character_fbx = d.pop("rigged_character_fbx", UNSET)
        rigged_character_fbx: FalFileV6E13DB | Unset
        if isinstance(_rigged_character_fbx, Unset):
            rigged_character_fbx = UNSET
        else:
            rigged_character_fbx = FalFileV6E13DB.from_dict(_rigged_character_fbx)

        _rigged_character_glb = d.pop("rigged_character_glb", UNSET)
        rigged_character_glb: FalFileV6E13DB | Unset
        if isinstance(_rigged_character_glb, Unset):
            rigged_character_glb = UNSET
        else:
            rigged_character_glb = FalFileV6E13DB.from_dict(_rigged_character_glb)

        seed = d.pop("seed", UNSET)

        _texture_urls = d.pop("texture_urls", UNSET)
        texture_urls: list[TextureFilesV9B623A] | Unset = UNSET
        if _texture_urls is not UNSET:
            texture_urls = []
            for texture_urls_item_data in _texture_urls:
                texture_urls_item = TextureFilesV9B623A.from_dict(texture_urls_item_data)

                texture_urls.append(texture_urls_item)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: FalFileV6E13DB | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = FalFileV6E13DB.from_dict(_thumbnail)

        meshy_v6_text_to_3d_output = cls(
            model_glb=model_glb,
            model_urls=model_urls,
            prompt=prompt,
            actual_prompt=actual_prompt,
            animation_fbx=animation_fbx,
            animation_glb=animation_glb,
            basic_animations=basic_animations,
            rig_task_id=rig_task_id,
            rigged_character_fbx=rigged_character_fbx,
            rigged_character_glb=rigged_character_glb,
            seed=seed,
            texture_urls=texture_urls,
            thumbnail=thumbnail,
        )

        meshy_v6_text_to_3d_output.additional_properties = d
        return meshy_v6_text_to_3d_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
