"""Small frozen value classes, declared like dataclasses, made at almost no cost.

Views are small frozen values, and there are dozens of them. ``@dataclass(frozen=True)`` writes
and compiles five methods for every class it decorates, which measured about 1 ms per class at
import (``benchmarks/handler_latency.py``'s cold start paid for each one a request loaded). A
``FrozenValue`` subclass instead lists its fields once, when the class is made, and shares one
``__init__``, ``__eq__``, ``__hash__`` and ``__repr__``. ``dataclass_transform`` tells mypy that
the annotated fields are the constructor's parameters, so calls stay type-checked.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self, dataclass_transform, get_origin

_CLASS_VAR_PREFIXES = ("ClassVar", "typing.ClassVar")


def _is_class_variable(annotation: object) -> bool:
    if isinstance(annotation, str):  # postponed annotations (``from __future__ import ...``)
        return annotation.startswith(_CLASS_VAR_PREFIXES)
    return annotation is ClassVar or get_origin(annotation) is ClassVar


@dataclass_transform(eq_default=True, frozen_default=True)
class FrozenValue:
    """A value with the fields its class (and its bases) annotate, in declaration order: made
    by position or keyword, equal to another of the same class with the same field values,
    hashable, and never changed after it is made. A field with a class-level value has that
    default; ``ClassVar`` annotations are class settings, not fields. Fields named in
    ``__value_uncompared__`` are left out of equality and hashing."""

    __slots__ = ()
    __value_fields__: ClassVar[tuple[str, ...]] = ()
    __value_defaults__: ClassVar[dict[str, object]] = {}
    __value_uncompared__: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: dict[str, None] = {}
        defaults: dict[str, object] = {}
        for base in reversed(cls.__mro__[1:]):  # each base's own fields were worked out already
            inherited = base.__dict__.get("__value_fields__")
            if inherited is not None:
                fields.update(dict.fromkeys(inherited))
                defaults.update(base.__dict__["__value_defaults__"])
        # The class's own annotations, unevaluated (``inspect.get_annotations`` gives the same
        # for a class, at several times the cost: this runs for every value class a request
        # imports).
        namespace = cls.__dict__
        for name, annotation in namespace.get("__annotations__", {}).items():
            if name.startswith("__") or _is_class_variable(annotation):
                continue
            fields[name] = None
            if name in namespace:
                defaults[name] = namespace[name]
            else:
                defaults.pop(name, None)
        order = tuple(fields)
        after_default = False
        for name in order:
            if name in defaults:
                after_default = True
            elif after_default:
                raise TypeError(f"{cls.__name__}: a field without a default follows one with it")
        cls.__value_fields__ = order
        cls.__value_defaults__ = defaults

    def __init__(self, *args: object, **kwargs: object) -> None:
        fields = self.__value_fields__
        given = len(args)
        if given > len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} values, got {given}")
        setter = object.__setattr__
        for name, value in zip(fields, args, strict=False):
            setter(self, name, value)
        defaults = self.__value_defaults__
        for name in fields[given:]:
            if name in kwargs:
                setter(self, name, kwargs.pop(name))
            elif name in defaults:
                setter(self, name, defaults[name])
            else:
                raise TypeError(f"{type(self).__name__} is missing {name!r}")
        if kwargs:  # a name that is no field, or one already given by position
            name = next(iter(kwargs))
            raise TypeError(f"{type(self).__name__} got an unexpected or repeated {name!r}")

    def replace(self, **changes: object) -> Self:
        """A copy with the fields named in ``changes`` set to new values."""
        unknown = changes.keys() - set(self.__value_fields__)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        values = {name: getattr(self, name) for name in self.__value_fields__}
        return type(self)(**{**values, **changes})

    def _values(self) -> tuple[object, ...]:
        skipped = self.__value_uncompared__
        return tuple(getattr(self, name) for name in self.__value_fields__ if name not in skipped)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, FrozenValue)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__value_fields__)
        return f"{type(self).__name__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: cannot delete {name!r}")


def constants(holder: type) -> tuple[str, ...]:
    """The values of ``holder``'s upper-case attributes, in declaration order: every member of a
    set of string constants declared as a class (``skill.names.Intent``, ``Topics``)."""
    return tuple(value for name, value in vars(holder).items() if name.isupper())
