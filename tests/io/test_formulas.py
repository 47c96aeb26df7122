from decimal import Decimal

import pytest

from cchc_desktop.io.formulas import FormulaError, evaluate

GRID = {(None, 0, 0): Decimal(2), (None, 1, 0): Decimal("0.5"), (None, 2, 0): "1,5", (None, 3, 0): "đạt",
        ("Khác", 0, 0): Decimal(10)}


def resolve(sheet, r, c):
    return GRID.get((sheet, r, c))


@pytest.mark.parametrize("formula, expected", [
    ("=SUM(A1:A3)", "2.5"),          # SUM skips text, as Excel does
    ("=A1+A2-A3", "1"),
    ("=A1*2", "4"), ("=A1/4", "0.5"), ("=-A1+$A$2", "-1.5"), ("=(A1+A2)*2", "5"),
    ("=ROUND(A2/3,2)", "0.17"), ("=MAX(A1:A2,7)", "7"), ("=MIN(A1:A2)", "0.5"),
    ("=AVERAGE(A1:A2)", "1.25"), ("=Khác!A1+1", "11"), ("='Khác'!A1*A1", "20"), ("=A9+1", "1"),
    ("=50%", "0.5"), ("=2^3", "8"),
])
def test_simple_arithmetic(formula, expected):
    assert evaluate(formula, resolve) == Decimal(expected)


@pytest.mark.parametrize("formula", ["=VLOOKUP(1,A1:B2,2)", "=A1/0", "=A4+1", "=IF(A1>1,1,0)", "=A1+", "=SUM(A1"])
def test_what_cannot_be_computed_raises(formula):
    with pytest.raises(FormulaError):
        evaluate(formula, resolve)
