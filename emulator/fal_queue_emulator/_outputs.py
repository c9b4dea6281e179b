"""What a successful job returns: the Output `example`, or a value built from the schema.

An Output schema with an `example` is served as it is (its file URLs pointed at the
emulator with `serve_files`; without it, an `example`'s URLs stay as written and a
generated output's point at `UNSERVED_FILES_BASE`). Otherwise each model gets an output
*plan*, compiled from its Output schema on first use and kept, then rendered per job:

* `$ref`s are followed (sibling keys such as `default` win), the first non-null
  branch of an `anyOf`/`oneOf` is taken, `allOf` members are merged;
* a value comes from, in order: the input (an output field named like an input
  field, a scalar that fits, e.g. `prompt` or `seed`), a non-null `default` that
  fits, `const`, the first `enum` value, then the type, read with the field's name
  (`seed` 42, `fps` 24, `duration` 5.0, ...) and kept within
  `minimum`/`maximum`/`exclusive*`/`multipleOf`/`minLength`/`maxLength`;
* required properties are always filled, optional scalars down to three object
  levels and optional objects and arrays down to two; arrays get `minItems` items
  (at least one, at most `maxItems`; `num_<field>` of the input when it has one),
  one per `prefixItems` for a tuple; recursion stops at `MAX_LEVELS` objects;
* an object that looks like a file (a `url` property with `content_type`,
  `file_name`, `file_size`, `width` or `height`, or a schema named like
  File/Image/Video/Audio/Frame) gets a URL served by this emulator, a content type
  and a `file_name` read from the field name, the schema name and the model's
  category (video -> `video/mp4`, image -> `image/png`, or the input's
  `output_format`; audio -> `audio/mpeg`, 3D -> `model/gltf-binary`, weights ->
  `.safetensors`, ...), a `file_size` the served bytes match, and `width`/`height`
  (from the input's `image_size` or `aspect_ratio`), `duration`, `fps`... where the
  schema has them; a string field named `url` or `*_url` is such a URL too.

The same input gives the same output; only file URLs carry the request id. An
Output that lists no fields (`{type: object, additionalProperties: true}`), and any
endpoint outside the spec under `any_endpoint`, get the generic result:
`{"endpoint": <id>, "echo": <the input's keys, sorted>, "output": <one file>}`.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ._files import ServedFile, example_files, file_url, json_copy, with_served_files
from ._spec import Model, Spec, SpecError, escape, resolve_pointer

_log = logging.getLogger("fal_queue_emulator.outputs")

UNSERVED_FILES_BASE = "https://files.emulator.invalid"
"""Where the file URLs of a generated output point when the emulator serves no files: a
name that never resolves (RFC 2606), as a file fal has deleted would not download."""
MAX_LEVELS = 8
"""Objects nested deeper than this get the smallest value their schema allows."""
MAX_ITEMS_FROM_INPUT = 8
"""An input's `num_images` (say) sets an array's length up to this many."""

_OPTIONAL_SCALAR_LEVELS = 3
_OPTIONAL_CONTAINER_LEVELS = 2
_SKIPPED_OPTIONAL = frozenset({"file_data"})
_SCALAR_TYPES = frozenset({"string", "integer", "number", "boolean"})
_FILE_FIELDS = frozenset({"content_type", "file_name", "file_size", "width", "height"})
_FILE_SCHEMA_WORDS = frozenset({"file", "image", "video", "audio", "frame", "mesh"})

# ------------------------------------------------------------------ file kinds


@dataclass(frozen=True)
class FileKind:
    """What a file of one kind is served as."""

    group: str
    content_type: str
    extension: str
    size: int


_KINDS: dict[str, FileKind] = {
    kind.group: kind
    for kind in (
        FileKind("video", "video/mp4", "mp4", 2_097_152),
        FileKind("image", "image/png", "png", 393_216),
        FileKind("audio", "audio/mpeg", "mp3", 163_840),
        FileKind("stem", "audio/wav", "wav", 882_044),
        FileKind("3d", "model/gltf-binary", "glb", 1_048_576),
        FileKind("obj", "model/obj", "obj", 524_288),
        FileKind("fbx", "application/octet-stream", "fbx", 524_288),
        FileKind("usdz", "model/vnd.usdz+zip", "usdz", 524_288),
        FileKind("stl", "model/stl", "stl", 524_288),
        FileKind("ply", "application/octet-stream", "ply", 524_288),
        FileKind("blend", "application/x-blender", "blend", 524_288),
        FileKind("zip", "application/zip", "zip", 262_144),
        FileKind("weights", "application/octet-stream", "safetensors", 1_048_576),
        FileKind("json", "application/json", "json", 512),
        FileKind("subtitles", "text/plain", "srt", 512),
        FileKind("text", "text/plain", "txt", 256),
        FileKind("binary", "application/octet-stream", "bin", 1024),
    )
}

_WORD_KINDS: tuple[tuple[frozenset[str], str], ...] = tuple(
    (frozenset(words.split()), group)
    for words, group in (
        ("zip", "zip"),
        ("ply", "ply"),
        ("obj", "obj"),
        ("fbx", "fbx"),
        ("usdz", "usdz"),
        ("stl", "stl"),
        ("blend", "blend"),
        ("glb gltf mesh meshes 3d scene", "3d"),
        ("lora safetensors weights checkpoint ckpt latents embedding embeddings", "weights"),
        ("json config", "json"),
        ("captions caption subtitles subtitle srt vtt", "subtitles"),
        ("video videos mp4 clip clips", "video"),
        ("vocals drums bass guitar piano stem stems", "stem"),
        ("audio audios speech voice music sound song wav mp3", "audio"),
        (
            "image images thumbnail spritesheet mask masks texture textures color metallic "
            "normal roughness preview rendered visualization frame frames depth png jpg jpeg "
            "picture photo",
            "image",
        ),
        ("text txt transcript transcription", "text"),
    )
)

_CATEGORY_KINDS = {
    "video": "video",
    "image": "image",
    "audio": "audio",
    "speech": "audio",
    "3d": "3d",
    "json": "json",
    "text": "text",
    "training": "weights",
    "vision": "text",
    "llm": "text",
}

_FORMATS: dict[str, dict[str, tuple[str, str]]] = {
    "image": {
        "png": ("image/png", "png"),
        "jpeg": ("image/jpeg", "jpg"),
        "jpg": ("image/jpeg", "jpg"),
        "webp": ("image/webp", "webp"),
        "gif": ("image/gif", "gif"),
    },
    "video": {
        "mp4": ("video/mp4", "mp4"),
        "webm": ("video/webm", "webm"),
        "mov": ("video/quicktime", "mov"),
        "gif": ("image/gif", "gif"),
    },
    "audio": {
        "mp3": ("audio/mpeg", "mp3"),
        "wav": ("audio/wav", "wav"),
        "flac": ("audio/flac", "flac"),
        "ogg": ("audio/ogg", "ogg"),
        "opus": ("audio/opus", "opus"),
        "aac": ("audio/aac", "aac"),
        "m4a": ("audio/mp4", "m4a"),
    },
}
_FORMATS["stem"] = _FORMATS["audio"]

_EXTENSIONS = {
    content_type: extension
    for formats in _FORMATS.values()
    for content_type, extension in formats.values()
} | {kind.content_type: kind.extension for kind in _KINDS.values() if kind.group != "binary"}
_EXTENSIONS.update({"image/jpg": "jpg", "audio/mp3": "mp3", "audio/x-wav": "wav"})

_IMAGE_PRESETS = {
    "square_hd": (1024, 1024),
    "square": (512, 512),
    "portrait_4_3": (768, 1024),
    "portrait_16_9": (576, 1024),
    "landscape_4_3": (1024, 768),
    "landscape_16_9": (1024, 576),
}


def _words(text: str) -> list[str]:
    """`model_glb`, `FalFileV3903BE`, `text-to-video` -> lower-case words."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return [word for word in re.split(r"[^a-z0-9]+", spaced.lower()) if word]


def _group_of(words: Sequence[str]) -> str | None:
    present = set(words)
    for vocabulary, group in _WORD_KINDS:
        if present & vocabulary:
            return group
    return None


def _category_group(category: str | None) -> str:
    if not category:
        return "binary"
    produced = category.rsplit("-to-", 1)[-1]
    return _CATEGORY_KINDS.get(produced, "binary")


def file_group(field_name: str, schema_name: str | None, category: str | None) -> str:
    """The kind of file a field holds, from its name, its schema's name and the category."""
    schema_words = [w for w in _words(schema_name or "") if w not in ("fal", "file", "output")]
    return _group_of(_words(field_name)) or _group_of(schema_words) or _category_group(category)


def endpoint_group(endpoint_id: str, category: str | None = None) -> str:
    """The kind of the one file of a generic result."""
    if category:
        return _category_group(category)
    found = _group_of(_words(endpoint_id.rsplit("/", 1)[-1])) or _group_of(_words(endpoint_id))
    return found if found in ("video", "image", "audio", "3d", "json") else "text"


def _stem(field_name: str, extension: str) -> str:
    """A file name without extension, as fal names them: the main `video`, `images`
    or `audio` is `output`; else `frames_zip` -> `frames`, `config_file` -> `config`,
    `masks` -> `mask`."""
    words = _words(field_name) or ["output"]
    if len(words) > 1 and words[-1] in ("file", "files", extension, "url", "dir"):
        words = words[:-1]  # `frames_zip` is one file of frames: keep the plural
    elif words[-1].endswith("s") and words[-1][:-1] in _SINGULAR_FILES:
        words[-1] = words[-1][:-1]
    elif words[-1] == "meshes":
        words[-1] = "mesh"
    stem = "_".join(words)
    return "output" if stem in ("video", "image", "audio", "output") else stem


_SINGULAR_FILES = frozenset({"image", "video", "audio", "mask", "frame", "model"})


# ------------------------------------------------------------ render context


@dataclass
class RenderContext:
    """One rendering: the job's input and request id, and the files made so far."""

    input: Mapping[str, Any]
    request_id: str
    base_url: str
    files: list[ServedFile] = field(default_factory=list)
    _names: set[str] = field(default_factory=set)

    def add_file(self, stem: str, kind: FileKind) -> tuple[str, ServedFile]:
        """Register the next file; its URL and what it serves."""
        name = f"{stem}.{kind.extension}"
        counter = 1
        while name in self._names:
            name = f"{stem}_{counter}.{kind.extension}"
            counter += 1
        self._names.add(name)
        served = ServedFile(name, kind.content_type, kind.size)
        url = file_url(self.base_url, self.request_id, len(self.files), name)
        self.files.append(served)
        return url, served


@dataclass(frozen=True)
class Rendered:
    """A job's result and the files its URLs serve, by index."""

    output: Any
    files: list[ServedFile]


class Plan(Protocol):
    def render(self, ctx: RenderContext, serve_files: bool) -> Any: ...


class _Node(Protocol):
    def render(self, ctx: RenderContext) -> Any: ...


# ----------------------------------------------------------------- the nodes


@dataclass(frozen=True)
class _Const:
    value: Any

    def render(self, ctx: RenderContext) -> Any:
        return json_copy(self.value)


@dataclass(frozen=True)
class _Object:
    fields: tuple[tuple[str, _Node], ...]

    def render(self, ctx: RenderContext) -> Any:
        return {name: node.render(ctx) for name, node in self.fields}


@dataclass(frozen=True)
class _Array:
    prefix: tuple[_Node, ...]
    item: _Node | None
    count: int
    bounds: tuple[int, int]
    count_keys: tuple[str, ...] = ()

    def render(self, ctx: RenderContext) -> Any:
        count = self.count
        for key in self.count_keys:
            asked = ctx.input.get(key)
            if isinstance(asked, int) and not isinstance(asked, bool):
                low, high = self.bounds
                count = max(low, min(asked, high, MAX_ITEMS_FROM_INPUT))
                break
        values = [node.render(ctx) for node in self.prefix[:count]]
        if self.item is not None:
            values += [self.item.render(ctx) for _ in range(count - len(values))]
        return values


@dataclass(frozen=True)
class _Echo:
    """The input's value of the same name when it fits the output's schema."""

    key: str
    fits: Callable[[Any], bool]
    fallback: _Node

    def render(self, ctx: RenderContext) -> Any:
        value = ctx.input.get(self.key)
        if isinstance(value, str | int | float | bool) and self.fits(value):
            return value
        return self.fallback.render(ctx)


@dataclass(frozen=True)
class _Bounds:
    """Numeric constraints of a schema, to keep a chosen number valid."""

    integer: bool
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    multiple_of: float | None = None

    def clamp(self, value: float) -> int | float:
        low = self.minimum
        high = self.maximum
        if self.exclusive_minimum is not None and (low is None or self.exclusive_minimum >= low):
            low = None
        if self.exclusive_maximum is not None and (high is None or self.exclusive_maximum <= high):
            high = None
        if low is not None and value < low:
            value = low
        if high is not None and value > high:
            value = high
        top = high if high is not None else self.exclusive_maximum
        bottom = low if low is not None else self.exclusive_minimum
        if self.exclusive_minimum is not None and value <= self.exclusive_minimum:
            value = self._inside(self.exclusive_minimum, top, up=True)
        if self.exclusive_maximum is not None and value >= self.exclusive_maximum:
            value = self._inside(self.exclusive_maximum, bottom, up=False)
        step = self.multiple_of
        if step:
            value = math.ceil(value / step - 1e-9) * step
            if (high is not None and value > high) or (
                self.exclusive_maximum is not None and value >= self.exclusive_maximum
            ):
                value -= step
            value = round(value, 10)
        if self.integer:
            return int(round(value))
        return float(value)

    def _inside(self, bound: float, other: float | None, *, up: bool) -> float:
        if self.integer:
            return math.floor(bound) + 1 if up else math.ceil(bound) - 1
        if other is None:
            return bound + 1 if up else bound - 1
        return (bound + other) / 2


@dataclass(frozen=True)
class _Number:
    """A number chosen from the input at render time (dimensions, duration), kept valid."""

    pick: Callable[[RenderContext], float]
    bounds: _Bounds

    def render(self, ctx: RenderContext) -> Any:
        return self.bounds.clamp(self.pick(ctx))


@dataclass(frozen=True)
class _FileKindRule:
    """How a file's kind is settled at render time."""

    group: str
    fixed: str | None
    """A content type the schema imposes (`const`/`enum`)."""
    preferred: str | None
    """A content type the schema suggests (`default`); the input's format wins."""

    def kind(self, ctx: RenderContext) -> FileKind:
        base = _KINDS[self.group]
        content_type = self.fixed or _input_format(self.group, ctx.input) or self.preferred
        if content_type is None or content_type == base.content_type:
            return base
        extension = _EXTENSIONS.get(content_type, base.extension)
        return FileKind(base.group, content_type, extension, base.size)


@dataclass(frozen=True)
class _Url:
    """A string field holding a file URL (`url`, `*_url`)."""

    stem: str
    rule: _FileKindRule

    def render(self, ctx: RenderContext) -> Any:
        url, _ = ctx.add_file(self.stem, self.rule.kind(ctx))
        return url


@dataclass(frozen=True)
class _File:
    """A file object: `url`, `content_type`, `file_name`, `file_size` and the rest."""

    stem: str
    rule: _FileKindRule
    fields: tuple[tuple[str, str | _Node], ...]
    """Property name -> the file fact it holds (`url`, ...), or a node of its own."""

    def render(self, ctx: RenderContext) -> Any:
        url, served = ctx.add_file(self.stem, self.rule.kind(ctx))
        facts: dict[str, Any] = {
            "url": url,
            "content_type": served.content_type,
            "file_name": served.name,
            "file_size": served.size,
        }
        return {
            name: facts[fact] if isinstance(fact, str) else fact.render(ctx)
            for name, fact in self.fields
        }


@dataclass(frozen=True)
class _Generic:
    """The result of an Output without fields, or of an endpoint outside the spec."""

    endpoint_id: str
    group: str

    def render(self, ctx: RenderContext) -> Any:
        kind = _KINDS[self.group]
        url, served = ctx.add_file("output", kind)
        return {
            "endpoint": self.endpoint_id,
            "echo": sorted(str(key) for key in ctx.input),
            "output": {
                "url": url,
                "content_type": served.content_type,
                "file_name": served.name,
                "file_size": served.size,
            },
        }


# ------------------------------------------------------------- input readers


def _input_format(group: str, body: Mapping[str, Any]) -> str | None:
    formats = _FORMATS.get(group)
    asked = body.get("output_format")
    if formats is None or not isinstance(asked, str):
        return None
    found = formats.get(asked.lower().split("_", 1)[0])
    return found[0] if found else None


def _aspect(body: Mapping[str, Any]) -> tuple[float, float] | None:
    ratio = body.get("aspect_ratio")
    if isinstance(ratio, str):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*", ratio)
        if match and float(match[1]) > 0 and float(match[2]) > 0:
            return float(match[1]), float(match[2])
    return None


def dimensions(group: str, body: Mapping[str, Any]) -> tuple[int, int]:
    """Width and height of an image or video made from `body`."""
    size = body.get("image_size")
    if isinstance(size, str) and size in _IMAGE_PRESETS:
        return _IMAGE_PRESETS[size]
    if isinstance(size, Mapping):
        width, height = size.get("width"), size.get("height")
        if isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0:
            return width, height
    width, height = body.get("width"), body.get("height")
    if isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0:
        return width, height
    short = 720 if group == "video" else 768
    resolution = body.get("resolution")
    if isinstance(resolution, str):
        match = re.fullmatch(r"(\d{3,4})p", resolution.strip().lower())
        if match:
            short = int(match[1])
    across, up = _aspect(body) or ((16, 9) if group == "video" else (4, 3))
    if across >= up:
        return round(short * across / up), short
    return short, round(short * up / across)


def _duration(body: Mapping[str, Any]) -> float:
    asked = body.get("duration")
    try:
        seconds = float(asked) if isinstance(asked, str | int | float) else 5.0
    except ValueError:
        seconds = 5.0
    return seconds if 0 < seconds <= 600 else 5.0


# ------------------------------------------------------------ schema reading


class _View:
    """A schema with its `$ref`s (and `allOf`) followed: outer layers win per key."""

    def __init__(self, layers: list[tuple[str, Mapping[str, Any]]], ref_names: list[str]) -> None:
        self.layers = layers
        self.ref_names = ref_names

    @property
    def pointer(self) -> str:
        """Where the outermost layer lives: validating there applies every layer."""
        return self.layers[0][0]

    @property
    def name(self) -> str | None:
        """The component name of the innermost `$ref` (e.g. `Image`), if any."""
        return self.ref_names[-1] if self.ref_names else None

    def has(self, key: str) -> bool:
        return any(key in layer for _, layer in self.layers)

    def get(self, key: str, default: Any = None) -> Any:
        for _, layer in self.layers:
            if key in layer:
                return layer[key]
        return default

    def at(self, key: str) -> str:
        """The pointer of `key` in the layer that has it."""
        for pointer, layer in self.layers:
            if key in layer:
                return f"{pointer}/{escape(key)}"
        return f"{self.pointer}/{escape(key)}"

    def types(self) -> list[str]:
        declared = self.get("type")
        if isinstance(declared, str):
            return [declared]
        if isinstance(declared, list):
            return [str(kind) for kind in declared]
        if self.has("properties") or self.has("additionalProperties"):
            return ["object"]
        if self.has("items") or self.has("prefixItems"):
            return ["array"]
        return []


def _bounds(view: _View, integer: bool) -> _Bounds:
    def number(key: str) -> float | None:
        value = view.get(key)
        return value if isinstance(value, int | float) and not isinstance(value, bool) else None

    minimum, maximum = number("minimum"), number("maximum")
    exclusive_minimum, exclusive_maximum = number("exclusiveMinimum"), number("exclusiveMaximum")
    if view.get("exclusiveMinimum") is True:  # OpenAPI 3.0
        exclusive_minimum, minimum = minimum, None
    if view.get("exclusiveMaximum") is True:
        exclusive_maximum, maximum = maximum, None
    return _Bounds(
        integer, minimum, maximum, exclusive_minimum, exclusive_maximum, number("multipleOf")
    )


_NUMBERS_BY_NAME: dict[str, float] = {
    "seed": 42,
    "width": 1024,
    "height": 768,
    "fps": 24,
    "frame_rate": 24,
    "num_frames": 120,
    "duration": 5.0,
    "sample_rate": 44100,
    "channels": 2,
    "bitrate": 128000,
    "file_size": 1024,
    "inference": 0.5,
    "inference_time": 0.5,
    "score": 0.5,
    "confidence": 0.5,
    "probability": 0.5,
    "timestamp": 0.0,
    "start": 0.0,
    "end": 1.0,
    "index": 0,
    "id": 0,
}

_TEXT_NAMES = frozenset(
    {"text", "output", "transcript", "transcription", "caption", "description", "response"}
)
_TEXT_NAMES |= frozenset({"content", "answer", "result", "prompt", "revised_prompt"})


def _string(name: str, view: _View) -> str:
    words = _words(name)
    string_format = view.get("format")
    if string_format == "date-time":
        value = "2025-01-01T00:00:00Z"
    elif string_format == "date":
        value = "2025-01-01"
    elif string_format == "uuid":
        value = "00000000-0000-4000-8000-000000000000"
    elif name in ("content_type", "mime_type"):
        value = "application/octet-stream"
    elif name in ("language", "language_code", "lang"):
        value = "en"
    elif name in _TEXT_NAMES or (words and words[-1] in _TEXT_NAMES):
        value = "A lighthouse on a cliff at dawn."
    else:
        value = f"emulated {' '.join(words) or 'value'}"
    minimum = view.get("minLength")
    maximum = view.get("maxLength")
    if isinstance(maximum, int) and len(value) > maximum:
        value = value[: max(maximum, 0)]
    if isinstance(minimum, int) and len(value) < minimum:
        value = value.ljust(minimum, "x")
    return value


def _is_url_name(name: str) -> bool:
    return name == "url" or name.endswith("_url")


# ------------------------------------------------------------------ the planner


class OutputPlanner:
    """Output plans of one spec's models, compiled on first use and kept."""

    def __init__(self, spec: Spec, fits: Callable[[str, Any], bool]) -> None:
        """`fits(pointer, value)`: does the value validate against the schema there?"""
        self._spec = spec
        self._fits = fits
        self._plans: dict[str, Plan] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """How many plans have been made so far."""
        return len(self._plans)

    def render(
        self,
        endpoint_id: str,
        body: Any,
        request_id: str,
        base_url: str,
        *,
        serve_files: bool = False,
    ) -> Rendered:
        """The result of a job of `endpoint_id` with input `body`; its files' URLs point at
        `base_url` when this emulator serves them, else at `UNSERVED_FILES_BASE`."""
        ctx = RenderContext(
            input=body if isinstance(body, Mapping) else {},
            request_id=request_id,
            base_url=base_url if serve_files else UNSERVED_FILES_BASE,
        )
        output = self.plan(endpoint_id).render(ctx, serve_files)
        return Rendered(output, ctx.files)

    def plan(self, endpoint_id: str) -> Plan:
        model = self._spec.model(endpoint_id)
        if model is None:  # an endpoint outside the spec (any_endpoint): not kept
            return _NodePlan(_Generic(endpoint_id.strip("/"), endpoint_group(endpoint_id)))
        found = self._plans.get(model.endpoint_id)
        if found is None:
            with self._lock:
                found = self._plans.get(model.endpoint_id)
                if found is None:
                    found = self._compile_plan(model)
                    self._plans[model.endpoint_id] = found
        return found

    def _compile_plan(self, model: Model) -> Plan:
        if model.has_example:
            return _ExamplePlan(model.output_example)
        schema = model.output_schema
        if (
            not schema.get("properties")
            and not schema.get("required")
            and schema.get("additionalProperties", True) is True
            and schema.get("type", "object") == "object"
        ):
            group = _category_group(model.category) if model.category else "text"
            return _NodePlan(_Generic(model.endpoint_id, group))
        compiler = _Compiler(self._spec.document, self._fits, model)
        try:
            return _NodePlan(compiler.compile(model.output_pointer, "", level=1))
        except (SpecError, RecursionError) as exc:  # a broken Output: still answer
            _log.warning("%s: output built as a generic one (%s)", model.endpoint_id, exc)
            return _NodePlan(_Generic(model.endpoint_id, _category_group(model.category)))


@dataclass(frozen=True)
class _NodePlan:
    root: _Node

    def render(self, ctx: RenderContext, serve_files: bool) -> Any:
        return self.root.render(ctx)


@dataclass(frozen=True)
class _ExamplePlan:
    example: Any

    def render(self, ctx: RenderContext, serve_files: bool) -> Any:
        ctx.files.extend(example_files(self.example))
        if serve_files:
            return with_served_files(self.example, ctx.base_url, ctx.request_id)
        return json_copy(self.example)


class _Compiler:
    """Turns one model's Output schema into nodes."""

    def __init__(
        self, document: Mapping[str, Any], fits: Callable[[str, Any], bool], model: Model
    ) -> None:
        self._document = document
        self._fits = fits
        self._model = model
        self._input_names = frozenset((model.input_schema.get("properties") or {}).keys())

    # --------------------------------------------------------------- views

    def view(self, pointer: str) -> _View:
        layers: list[tuple[str, Mapping[str, Any]]] = []
        names: list[str] = []
        seen: set[str] = set()
        pending = [pointer]
        while pending and len(layers) < 32:
            where = pending.pop(0)
            node = resolve_pointer(self._document, where)
            while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
                layers.append((where, node))
                ref = node["$ref"]
                if ref in seen:
                    break
                seen.add(ref)
                names.append(ref.rsplit("/", 1)[-1])
                where, node = ref, resolve_pointer(self._document, ref)
            else:
                if isinstance(node, Mapping):
                    layers.append((where, node))
                    members = node.get("allOf")
                    if isinstance(members, list):
                        pending += [f"{where}/allOf/{i}" for i in range(len(members))]
        return _View(layers or [(pointer, {})], names)

    # ------------------------------------------------------------- compile

    def compile(self, pointer: str, name: str, level: int, refs: tuple[str, ...] = ()) -> _Node:
        view = self.view(pointer)
        looping = any(ref in refs for ref in view.ref_names)
        refs = refs + tuple(view.ref_names)
        if looping or level > MAX_LEVELS:
            return _Const(self._smallest(view))

        node = self._chosen(view, name, level, refs)
        if (
            level == 2  # a field of the Output itself
            and name in self._input_names
            and not _is_url_name(name)
            and not isinstance(node, _Url | _Echo)
            and self._scalar(view)
        ):
            return _Echo(name, self._fits_at(view.pointer), node)
        return node

    def _fits_at(self, pointer: str) -> Callable[[Any], bool]:
        def fits(value: Any) -> bool:
            return self._fits(pointer, value)

        return fits

    def _chosen(self, view: _View, name: str, level: int, refs: tuple[str, ...]) -> _Node:
        default = view.get("default")
        if (
            default is not None
            and not _is_url_name(name)
            and not self._file_like(view)
            and self._fits(view.pointer, default)
        ):
            return _Const(default)
        if view.has("const"):
            return _Const(view.get("const"))
        enum = view.get("enum")
        if isinstance(enum, list) and enum:
            return _Const(next((value for value in enum if value is not None), enum[0]))
        for union in ("anyOf", "oneOf"):
            branches = view.get(union)
            if isinstance(branches, list) and branches:
                where = view.at(union)
                for index in range(len(branches)):
                    if not self._null_only(f"{where}/{index}"):
                        return self.compile(f"{where}/{index}", name, level, refs)
                return _Const(None)

        types = [kind for kind in view.types() if kind != "null"]
        if not types and view.types():
            return _Const(None)
        kind = types[0] if types else "any"
        if kind == "object":
            if self._file_like(view):
                return self._file(view, name, level, refs)
            return self._object(view, name, level, refs)
        if kind == "array":
            return self._array(view, name, level, refs)
        if kind in ("string", "any") and _is_url_name(name):
            return _Url(_stem(name, ""), self._rule(name, view.name, None))
        if kind == "any" and name in _NUMBERS_BY_NAME:
            return _Const(_NUMBERS_BY_NAME[name])
        if kind == "string" or kind == "any":
            return _Const(_string(name, view))
        if kind in ("integer", "number"):
            bounds = _bounds(view, integer=kind == "integer")
            return _Const(bounds.clamp(_NUMBERS_BY_NAME.get(name, 1)))
        if kind == "boolean":
            return _Const(False)
        return _Const(None)

    def _object(self, view: _View, name: str, level: int, refs: tuple[str, ...]) -> _Node:
        properties = view.get("properties")
        properties = properties if isinstance(properties, Mapping) else {}
        required = [str(prop) for prop in view.get("required") or []]
        fields: list[tuple[str, _Node]] = []
        where = view.at("properties")
        for prop in properties:
            at = f"{where}/{escape(prop)}"
            if prop not in required and not self._worth(prop, at, level):
                continue
            fields.append((prop, self.compile(at, prop, level + 1, refs)))
        extra = view.get("additionalProperties")
        for prop in required:  # required, yet not among the properties
            if prop not in properties:
                if isinstance(extra, Mapping):
                    node = self.compile(view.at("additionalProperties"), prop, level + 1, refs)
                else:
                    node = _Const(_string(prop, _View([(view.pointer, {})], [])))
                fields.append((prop, node))
        if not fields and name == "timings" and isinstance(extra, Mapping):
            extra_view = self.view(view.at("additionalProperties"))
            if self._primary_type(extra_view) in ("number", "integer"):
                fields.append(("inference", _Const(self._primary_bounds(extra_view).clamp(0.5))))
        return _Object(self._shared_counts(tuple(fields)))

    def _shared_counts(
        self, fields: tuple[tuple[str, _Node], ...]
    ) -> tuple[tuple[str, _Node], ...]:
        """Arrays of scalars follow a sibling's `num_<field>` (one flag per image)."""
        keys = next(
            (node.count_keys for _, node in fields if isinstance(node, _Array) and node.count_keys),
            (),
        )
        if not keys:
            return fields
        shared: list[tuple[str, _Node]] = []
        for name, node in fields:
            if isinstance(node, _Array) and not node.count_keys and isinstance(node.item, _Const):
                node = _Array(node.prefix, node.item, node.count, node.bounds, keys)
            shared.append((name, node))
        return tuple(shared)

    def _worth(self, prop: str, pointer: str, level: int) -> bool:
        """Is an optional property cheap enough to fill?"""
        if prop in _SKIPPED_OPTIONAL:
            return False
        view = self.view(pointer)
        if view.get("deprecated") is True or self._null_only(pointer):
            return False
        if self._scalar(view) or _is_url_name(prop):
            return level <= _OPTIONAL_SCALAR_LEVELS
        return level <= _OPTIONAL_CONTAINER_LEVELS

    def _array(self, view: _View, name: str, level: int, refs: tuple[str, ...]) -> _Node:
        min_items = view.get("minItems")
        max_items = view.get("maxItems")
        low = min_items if isinstance(min_items, int) else 0
        high = max_items if isinstance(max_items, int) else MAX_ITEMS_FROM_INPUT
        prefix_schemas = view.get("prefixItems")
        prefix: tuple[_Node, ...] = ()
        if isinstance(prefix_schemas, list):
            where = view.at("prefixItems")
            prefix = tuple(
                self.compile(f"{where}/{i}", name, level, refs) for i in range(len(prefix_schemas))
            )
        items = view.get("items")
        item: _Node | None = None
        if isinstance(prefix_schemas, list) and len(prefix) == 2 and "timestamp" in name:
            where = view.at("prefixItems")
            prefix = tuple(  # a (start, end) pair
                self.compile(f"{where}/{i}", word, level, refs) for i, word in enumerate(_SPAN)
            )
        elif isinstance(items, Mapping) and not prefix and "timestamp" in name and low == 2:
            prefix = tuple(self.compile(view.at("items"), word, level, refs) for word in _SPAN)
        if isinstance(items, Mapping):
            item = self.compile(view.at("items"), _singular(name), level, refs)
        elif items is None and not prefix:
            item = _Const(_string(_singular(name), view))
        count = max(low, len(prefix) if prefix else 1)
        count = min(count, high) if item is not None else min(count, len(prefix))
        count_keys: tuple[str, ...] = ()
        if name and f"num_{name}" in self._input_names:
            count_keys = (f"num_{name}",)
        return _Array(prefix, item, count, (max(low, 0), max(high, 0)), count_keys)

    def _file(self, view: _View, name: str, level: int, refs: tuple[str, ...]) -> _Node:
        properties: Mapping[str, Any] = view.get("properties") or {}
        required = set(view.get("required") or [])
        where = view.at("properties")
        content_view = self.view(f"{where}/content_type") if "content_type" in properties else None
        rule = self._rule(name, view.name, content_view)
        fields: list[tuple[str, str | _Node]] = []
        for prop in properties:
            at = f"{where}/{escape(prop)}"
            prop_view = self.view(at)
            primary = self._primary_type(prop_view)
            if prop in ("url", "content_type", "file_name") and primary in ("string", "any"):
                fields.append((prop, prop))
            elif prop == "file_size" and primary in ("integer", "number"):
                fields.append((prop, prop))
            elif prop in ("width", "height") and primary in ("integer", "number"):
                position = 0 if prop == "width" else 1
                group = rule.group

                def pick(ctx: RenderContext, position: int = position, group: str = group) -> float:
                    return dimensions(group, ctx.input)[position]

                fields.append((prop, _Number(pick, self._primary_bounds(prop_view))))
            elif prop == "duration" and primary in ("integer", "number"):
                fields.append((prop, _Number(_pick_duration, self._primary_bounds(prop_view))))
            elif prop == "num_frames" and primary in ("integer", "number"):
                fields.append((prop, _Number(_pick_frames, self._primary_bounds(prop_view))))
            elif prop in required or self._worth(prop, at, level):
                fields.append((prop, self.compile(at, prop, level + 1, refs)))
        stem = _stem(name or "output", _KINDS[rule.group].extension)
        return _File(stem, rule, tuple(fields))

    def _rule(self, name: str, schema_name: str | None, content: _View | None) -> _FileKindRule:
        group = file_group(name, schema_name, self._model.category)
        fixed = preferred = None
        if content is not None:
            const = content.get("const")
            enum = content.get("enum")
            default = content.get("default")
            if isinstance(const, str):
                fixed = const
            elif isinstance(enum, list) and enum and isinstance(enum[0], str):
                fixed = enum[0]
            elif isinstance(default, str):
                preferred = default
        return _FileKindRule(group, fixed, preferred)

    # ------------------------------------------------------------- helpers

    def _file_like(self, view: _View) -> bool:
        properties = view.get("properties")
        if not isinstance(properties, Mapping) or "url" not in properties:
            return False
        if _FILE_FIELDS & set(properties):
            return True
        return bool(_FILE_SCHEMA_WORDS & set(_words(view.name or "")))

    def _null_only(self, pointer: str) -> bool:
        view = self.view(pointer)
        return view.types() == ["null"] or (view.has("const") and view.get("const") is None)

    def _primary_type(self, view: _View) -> str:
        """The type of the first non-null branch."""
        for union in ("anyOf", "oneOf"):
            branches = view.get(union)
            if isinstance(branches, list):
                where = view.at(union)
                for index in range(len(branches)):
                    if not self._null_only(f"{where}/{index}"):
                        return self._primary_type(self.view(f"{where}/{index}"))
        kinds = [kind for kind in view.types() if kind != "null"]
        return kinds[0] if kinds else "any"

    def _primary_bounds(self, view: _View) -> _Bounds:
        for union in ("anyOf", "oneOf"):
            branches = view.get(union)
            if isinstance(branches, list):
                where = view.at(union)
                for index in range(len(branches)):
                    if not self._null_only(f"{where}/{index}"):
                        return self._primary_bounds(self.view(f"{where}/{index}"))
        return _bounds(view, integer=self._primary_type(view) == "integer")

    def _scalar(self, view: _View) -> bool:
        return self._primary_type(view) in _SCALAR_TYPES or view.has("enum") or view.has("const")

    def _smallest(self, view: _View) -> Any:
        """The least value for a schema met too deep, or again inside itself."""
        kinds = view.types()
        if "null" in kinds or view.get("anyOf") or view.get("oneOf"):
            return None
        if "array" in kinds:
            return []
        if "object" in kinds:
            return {}
        if "string" in kinds:
            return ""
        if "integer" in kinds or "number" in kinds:
            return _bounds(view, integer="integer" in kinds).clamp(0)
        if "boolean" in kinds:
            return False
        return None


_SPAN = ("start", "end")


def _singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name


def _pick_duration(ctx: RenderContext) -> float:
    return _duration(ctx.input)


def _pick_frames(ctx: RenderContext) -> float:
    return round(_duration(ctx.input) * 24)
