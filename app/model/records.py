"""Small value classes: what the app used dataclasses for, without their start-up cost.

Python 3.11's @dataclass builds each class's methods by compiling generated source text
when the module is imported: about 0.4 ms a class here, 8 ms of every start for the app's
twenty-odd classes (measured: importing the core with @dataclass and with this; again for
issue 10, 21 alternating runs: 48.8 against 55.3 ms at the fastest, medians 87 against 124 ms on
a loaded machine). `record` builds the same behaviour from ordinary functions instead:

- fields are the annotated names, a base record's first, each with an optional default;
  `Factory(list)` gives each instance a fresh default;
- construction by position or keyword, with the usual errors; `__post_init__` if defined;
- `==` between instances of the same class, field by field; a readable repr;
- `frozen=True`: assigning raises FrozenInstanceError, and instances hash by value;
  otherwise instances are unhashable, as with dataclasses.

`replace`, `fields` and `asdict` work like their dataclasses namesakes.
`record` declares itself with typing.dataclass_transform, so type checkers read a record's
fields and constructor as they read a dataclass's (typing is loaded by PySide6 at start-up
anyway).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")
_REQUIRED = object()


class _Fresh:
    """A default made afresh for each instance, e.g. `answers: dict = Factory(dict)`."""
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], object]):
        self.make = make


if TYPE_CHECKING:
    # To a type checker, `answers: dict[str, Answer] = Factory(dict)` is a field whose default
    # is a dict; at run time the record sees the marker and calls `dict()` for each instance.
    def Factory(make: Callable[[], T]) -> T: ...  # noqa: N802
else:
    Factory = _Fresh


class FrozenInstanceError(AttributeError):
    pass


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(cls: None = None, /, *, frozen: bool = False) -> Callable[[type[T]], type[T]]: ...
@dataclass_transform()
def record(cls: Any = None, /, *, frozen: bool = False) -> Any:
    def build(cls: Any) -> Any:
        defaults: dict[str, object] = dict(getattr(cls, "__record_defaults__", {}))
        for name in cls.__dict__.get("__annotations__", {}):
            defaults[name] = cls.__dict__.get(name, _REQUIRED)
            if isinstance(defaults[name], _Fresh):
                delattr(cls, name)  # the instance gets its own value; the class keeps no shared one
        names = tuple(defaults)
        seen_default = None
        for name in names:
            if defaults[name] is not _REQUIRED:
                seen_default = name
            elif seen_default is not None:
                raise TypeError(f"{cls.__name__}: field {name!r} without a default follows {seen_default!r}")
        title = cls.__name__
        post_init = hasattr(cls, "__post_init__")
        put = object.__setattr__

        def __init__(self, *args, **kwargs):
            if len(args) > len(names):
                raise TypeError(f"{title}() takes {len(names)} arguments but {len(args)} were given")
            for name in kwargs:
                if name not in defaults:
                    raise TypeError(f"{title}() got an unexpected keyword argument {name!r}")
            for i, name in enumerate(names):
                if i < len(args):
                    if name in kwargs:
                        raise TypeError(f"{title}() got multiple values for argument {name!r}")
                    value = args[i]
                elif name in kwargs:
                    value = kwargs[name]
                else:
                    value = defaults[name]
                    if value is _REQUIRED:
                        raise TypeError(f"{title}() missing required argument {name!r}")
                    if type(value) is _Fresh:
                        value = value.make()
                put(self, name, value)
            if post_init:
                self.__post_init__()

        def __repr__(self):
            return f"{type(self).__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return all(getattr(self, n) == getattr(other, n) for n in names)

        cls.__record_defaults__ = defaults
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        if frozen:
            def __setattr__(self, name, value):
                raise FrozenInstanceError(f"cannot assign to field {name!r} of a frozen {title}")

            def __delattr__(self, name):
                raise FrozenInstanceError(f"cannot delete field {name!r} of a frozen {title}")

            def __hash__(self):
                return hash(tuple(getattr(self, n) for n in names))

            cls.__setattr__ = __setattr__
            cls.__delattr__ = __delattr__
            cls.__hash__ = __hash__
        else:
            cls.__hash__ = None
        return cls

    return build if cls is None else build(cls)


def fields(obj_or_cls) -> tuple[str, ...]:
    """The field names, in order."""
    return tuple(obj_or_cls.__record_defaults__)


def replace(obj, **changes):
    """A new instance like `obj` with some fields changed (runs __post_init__ again, as dataclasses do)."""
    values = {name: getattr(obj, name) for name in obj.__record_defaults__}
    unknown = set(changes) - set(values)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {sorted(unknown)[0]!r}")
    values.update(changes)
    return type(obj)(**values)


def asdict(obj) -> dict[str, object]:
    """The fields as a dict, records inside turned into dicts too (as dataclasses.asdict)."""
    def convert(value):
        if hasattr(type(value), "__record_defaults__"):
            return {name: convert(getattr(value, name)) for name in type(value).__record_defaults__}
        if isinstance(value, (list, tuple)):
            return type(value)(convert(v) for v in value)
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        return value
    return convert(obj)
