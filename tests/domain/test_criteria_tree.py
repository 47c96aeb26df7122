"""Validation and numbering of a criteria set tree as provinces type it."""
from decimal import Decimal as D

import pytest
from hypothesis import given, strategies as st

from cchc_desktop.domain.criteria_tree import (Node, code_parent, normalise_code, renumber, roman_to_int, sort_key,
                                               validate_tree)


def _node(key, code, parent, points, kind="scored", order=0, name=None):
    return Node(key, code, name or f"Tiêu chí {code}", parent, D(points), kind, order)


def _good_set():
    # A slice of seed 004's tree: field 1 with 1.2 (1.2.2, 1.2.3) and 1.7, field 3 with 3.1 (3.1.1)
    return [
        _node("f1", "1", None, "3", order=1), _node("c12", "1.2", "f1", "1", order=1),
        _node("s122", "1.2.2", "c12", "0.5", order=1), _node("s123", "1.2.3", "c12", "0.5", order=2),
        _node("c17", "1.7", "f1", "2", order=2),
        _node("f3", "3", None, "1.5", order=2), _node("c31", "3.1", "f3", "1.5", order=1),
        _node("s311", "3.1.1", "c31", "0.5", order=1), _node("s312", "3.1.2", "c31", "1", order=2),
    ]


def _codes(findings):
    return [(f.severity, f.code, f.key) for f in findings]


def test_a_consistent_tree_has_no_findings():
    assert validate_tree(_good_set(), D("4.5")) == []


def test_children_that_do_not_add_up_to_their_parent_are_a_warning_with_both_sums():
    nodes = [n if n.key != "s123" else _node("s123", "1.2.3", "c12", "0.25") for n in _good_set()]
    (f,) = validate_tree(nodes)
    assert (f.severity, f.code, f.key) == ("warning", "sum_mismatch", "c12")
    assert "0,75" in f.message_vi and "1" in f.message_vi and f.message_vi.startswith("Tiêu chí 1.2")
    assert "0.75" in f.message_en


def test_field_total_differing_from_the_declared_total_is_a_warning():
    (f,) = validate_tree(_good_set(), D("100"))
    assert (f.severity, f.code, f.key) == ("warning", "total_mismatch", None)
    assert "4,5" in f.message_vi and "100" in f.message_vi


def test_decimal_sums_are_exact():
    nodes = [_node("p", "1", None, "1")] + [_node(i, f"1.{i}", "p", "0.1") for i in range(1, 11)]
    assert validate_tree(nodes, D("1.000")) == []


def test_duplicate_codes_are_errors_even_when_typed_differently():
    nodes = _good_set() + [_node("dup", "1.2.", "f1", "0", order=3)]
    found = validate_tree(nodes)
    assert ("error", "duplicate_code", "dup") in _codes(found)
    assert found[0].severity == "error"  # errors come first


def test_a_code_outside_its_parent_is_a_warning():
    nodes = _good_set() + [_node("odd", "3.2.5", "c12", "0")]
    found = validate_tree(nodes)
    assert _codes(found) == [("warning", "code_outside_parent", "odd")]
    assert "3.2.5" in found[0].message_vi and "1.2" in found[0].message_vi


def test_roman_field_codes_match_their_arabic_children():
    nodes = [_node("f", "II", None, "1"), _node("c", "2.1", "f", "1")]
    assert validate_tree(nodes) == []


def test_negative_maximum_is_an_error_except_for_penalties_and_extras_do_not_fill_the_scale():
    nodes = _good_set() + [
        _node("bad", "1.8", "f1", "-1"),
        _node("pen", "9", None, "-2", kind="penalty"), _node("pen1", "9.1", "pen", "-2", kind="penalty"),
        _node("bon", "10", None, "2", kind="bonus"), _node("bon1", "10.1", "bon", "2", kind="bonus"),
    ]
    found = validate_tree(nodes, D("4.5"))
    # 1.8 is an error and, being scored, also breaks field 1's sum; bonus/penalty fields stay outside 4.5
    assert _codes(found) == [("error", "negative_max", "bad"), ("warning", "sum_mismatch", "f1")]
    assert "điểm trừ" in found[0].message_vi


def test_a_criterion_that_is_its_own_parent_is_reported_not_looped_over():
    nodes = _good_set() + [_node("loop", "4", "loop", "1")]
    assert ("error", "parent_cycle", "loop") in _codes(validate_tree(nodes))
    assert "loop" not in renumber(nodes)


@pytest.mark.parametrize("raw,code", [
    ("III", "3"), ("1.2.", "1.2"), ("1.2 -", "1.2"), ("1.2 –", "1.2"), (" 3.2.5 ", "3.2.5"), ("1,2", "1.2"),
    ("II.3", "2.3"), ("(1.2)", "1.2"), ("Tiêu chí 3.2.5:", "3.2.5"), ("TC 1.2)", "1.2"), ("01.02", "1.2"),
    (7, "7"), ("IV", "4"), ("XII", "12"),
])
def test_normalise_code(raw, code):
    assert normalise_code(raw) == code


@pytest.mark.parametrize("raw", [None, "", "abc", "1..2", "x", "a", "IIII", "Tổng", "1.2a"])
def test_normalise_code_refuses_non_codes(raw):
    assert normalise_code(raw) is None


def test_code_parent_and_roman_numbers():
    assert code_parent("3.2.5") == "3.2" and code_parent("3.2") == "3" and code_parent("3") is None
    assert [roman_to_int(r) for r in ("I", "ii", "IV", "IX", "XIV", "XL", "MCMXCIX")] == [1, 2, 4, 9, 14, 40, 1999]
    for bad in ("", "IIII", "VX", "ABC", "1"):
        with pytest.raises(ValueError):
            roman_to_int(bad)


def test_natural_sort_of_codes():
    codes = ["1.10", "2", "1.9", "1", "III", "10", "1.2.10", "1.2.9", "Ghi chú"]
    assert sorted(codes, key=sort_key) == ["1", "1.2.9", "1.2.10", "1.9", "1.10", "2", "III", "10", "Ghi chú"]


def test_renumber_assigns_codes_by_tree_position():
    nodes = [
        _node("a", "I", None, "10", order=1), _node("b", "7", None, "5", order=2),
        _node("a2", "1.5", "a", "5", order=2), _node("a1", "1.9", "a", "5", order=1),
        _node("a1x", "zz", "a1", "5", order=1),
    ]
    assert renumber(nodes) == {"a": "1", "a1": "1.1", "a1x": "1.1.1", "a2": "1.2", "b": "2"}


def test_renumbered_tree_passes_the_code_checks():
    nodes = [_node(i, "9", None if i < 3 else i % 3, "1", order=i) for i in range(12)]
    fixed = renumber(nodes)
    renamed = [Node(n.key, fixed[n.key], n.name, n.parent_key, n.max_points, n.kind, n.order) for n in nodes]
    assert not [f for f in validate_tree(renamed) if f.code in ("duplicate_code", "code_outside_parent")]


@given(st.lists(st.integers(0, 30), min_size=1, max_size=5))
def test_sort_key_orders_like_integer_tuples(parts):
    code = ".".join(map(str, parts))
    assert sort_key(code) == (0, tuple(parts)) and normalise_code(code) == code
