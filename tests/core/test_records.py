"""app.model.records behaves as the dataclasses it replaces did, for everything the app relies on."""
from __future__ import annotations

import pytest

from app.model.records import Factory, FrozenInstanceError, asdict, fields, record, replace


@record(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: tuple = ()


@record
class Bag:
    name: str
    items: list = Factory(list)


@record
class Base:
    kind: str


@record
class Child(Base):
    size: int = 1
    kind_again: str = ""

    def __post_init__(self):
        self.kind_again = self.kind * 2


def test_construction_by_position_keyword_and_default():
    assert (Point(1, 2).x, Point(1, 2).y) == (1, 2)
    assert Point(y=5, x=3) == Point(3, 5)
    assert Point(4).y == 0 and Point(4).tags == ()


def test_wrong_arguments_are_refused_as_python_would():
    with pytest.raises(TypeError, match="missing required argument 'x'"):
        Point()
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        Point(1, z=3)
    with pytest.raises(TypeError, match="multiple values for argument 'x'"):
        Point(1, x=2)
    with pytest.raises(TypeError, match="takes 3 arguments but 4 were given"):
        Point(1, 2, (), 4)
    with pytest.raises(TypeError, match="without a default follows"):
        @record
        class Bad:
            a: int = 0
            b: int


def test_factory_defaults_are_fresh_for_each_instance():
    one, two = Bag("a"), Bag("b")
    one.items.append(1)
    assert two.items == [] and one.items == [1]
    assert "items" not in Bag.__dict__  # no shared list left on the class


def test_equality_is_by_value_and_by_class():
    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert Bag("a") != Point(1)
    assert Child("k") == Child("k") and Child("k") != Base("k")


def test_frozen_records_are_immutable_and_hashable_others_are_not_hashable():
    p = Point(1, 2)
    with pytest.raises(FrozenInstanceError):
        p.x = 5
    with pytest.raises(FrozenInstanceError):
        del p.y
    assert hash(Point(1, 2)) == hash(Point(1, 2)) and len({Point(1, 2), Point(1, 2), Point(3)}) == 2
    with pytest.raises(TypeError):
        hash(Bag("a"))
    b = Bag("a")
    b.name = "b"
    assert b.name == "b"


def test_inherited_fields_come_first_and_post_init_runs():
    c = Child("x", 3)
    assert fields(Child) == ("kind", "size", "kind_again")
    assert (c.kind, c.size, c.kind_again) == ("x", 3, "xx")


def test_replace_fields_and_asdict():
    p = replace(Point(1, 2, ("a",)), y=7)
    assert p == Point(1, 7, ("a",))
    with pytest.raises(TypeError, match="no field 'z'"):
        replace(p, z=1)
    assert replace(Child("a"), kind="b").kind_again == "bb"
    assert fields(Point) == fields(p) == ("x", "y", "tags")
    nested = Bag("n", [Point(1), Point(2, 3)])
    assert asdict(nested) == {"name": "n", "items": [{"x": 1, "y": 0, "tags": ()}, {"x": 2, "y": 3, "tags": ()}]}
    assert repr(Point(1)) == "Point(x=1, y=0, tags=())"
