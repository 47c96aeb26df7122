"""Which unit an officer means by `--unit`: codes, names without accents, the name as people
shorten it («Ea Năng» for «UBND xã Ea Năng»), and a clear refusal when several fit."""
from __future__ import annotations

from collections import namedtuple

import pytest

from cchc_desktop.services.errors import InputRejected, NotFound
from cchc_desktop.services.unit_lookup import pick_unit

U = namedtuple("U", "code name short_name")
UNITS = [U("DLK-X180", "UBND xã Ea Năng", ""), U("DLK-X196", "UBND xã Ea Năng 196", ""),
         U("DLK-P01", "UBND phường Tân Lập", "P. Tân Lập"), U("DLK-H01", "UBND huyện Ea Kar", ""),
         U("DLK-X02", "UBND xã Ea Kar", "")]


@pytest.mark.parametrize("ref, code", [
    ("dlk-x196", "DLK-X196"),            # a code in other case
    ("Ea Năng", "DLK-X180"),             # the name without «UBND xã»; «Ea Năng 196» does not take it
    ("xa ea nang", "DLK-X180"),          # without accents, with the level word
    ("ea nang 196", "DLK-X196"),
    ("p. tan lap", "DLK-P01"),           # the short name
    ("huyện Ea Kar", "DLK-H01"),         # the level word tells the district from the commune
])
def test_names_as_officers_type_them(ref, code):
    assert pick_unit(ref, None, UNITS).code == code


def test_several_or_none_are_refused_with_the_candidates():
    with pytest.raises(InputRejected) as exc:
        pick_unit("Ea Kar", None, UNITS)  # a district and a commune share the name
    assert "DLK-H01" in exc.value.message and "DLK-X02" in exc.value.message and "mã đơn vị" in exc.value.message
    with pytest.raises(NotFound):
        pick_unit("Krông Búk", None, UNITS)
