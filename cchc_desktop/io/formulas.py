"""Computes the simple formulas a library-written workbook leaves without cached values.

openpyxl (and some scoring programs) save `=SUM(E5:E9)` with no result; Excel would compute it
on opening, we must do it ourselves. Only what score tables use is supported: numbers, cell
references (also `Sheet!A1`, `'Sheet name'!$A$1`), ranges, + - * / ^, unary minus, parentheses
and SUM, AVERAGE, MIN, MAX, ROUND, ABS, COUNT. Anything else raises FormulaError, so the caller
reports the cell instead of reading 0.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP
from typing import Callable, Iterable

from cchc_desktop.domain.numbers import parse_points


class FormulaError(ValueError):
    pass


# resolve(sheet_name_or_None, row0, col0) -> Decimal | str | None (already computed value)
Resolver = Callable[[str | None, int, int], object]

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<ref>(?:(?:'(?P<qsheet>(?:[^']|'')+)'|(?P<sheet>[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!)?
        \$?(?P<c1>[A-Za-z]{1,3})\$?(?P<r1>\d+)(?::\$?(?P<c2>[A-Za-z]{1,3})\$?(?P<r2>\d+))?)
  | (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)
  | (?P<func>[A-Za-z][A-Za-z0-9.]*)\s*\(
  | (?P<op>[-+*/^(),;%])
""", re.VERBOSE)

_MAX_RANGE_CELLS = 200_000


def col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _tokens(formula: str) -> list[tuple[str, object]]:
    text = formula.lstrip("=").strip()
    pos, out = 0, []
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise FormulaError(f"không hiểu được công thức tại «{text[pos:pos + 10]}»")
        pos = m.end()
        kind = m.lastgroup
        if m.group("ws"):
            continue
        if m.group("ref"):
            sheet = m.group("qsheet")
            sheet = sheet.replace("''", "'") if sheet else m.group("sheet")
            r1, c1 = int(m.group("r1")) - 1, col_index(m.group("c1"))
            if m.group("c2"):
                r2, c2 = int(m.group("r2")) - 1, col_index(m.group("c2"))
                out.append(("range", (sheet, min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))))
            else:
                out.append(("cell", (sheet, r1, c1)))
        elif m.group("num"):
            out.append(("num", Decimal(m.group("num"))))
        elif m.group("func"):
            out.append(("func", m.group("func").upper()))
        else:
            kind = "op"
            out.append((kind, m.group("op")))
    return out


def _as_number(value, *, strict: bool) -> Decimal | None:
    """Arithmetic treats empty as 0 and numeric text as its number; SUM skips text (strict=False)."""
    if value is None or value == "":
        return Decimal(0) if strict else None
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, (int, float, Decimal)):
        return parse_points(value)
    if not strict:
        return None
    try:
        return parse_points(value) or Decimal(0)
    except ValueError:
        raise FormulaError(f"ô tham chiếu chứa chữ «{value}», không phải số") from None


class _Parser:
    def __init__(self, tokens, resolve: Resolver):
        self.toks, self.i, self.resolve = tokens, 0, resolve

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if tok[0] is None or (kind and tok[0] != kind) or (value and tok[1] != value):
            raise FormulaError("công thức không đầy đủ hoặc sai cú pháp")
        self.i += 1
        return tok

    def expr(self) -> Decimal:
        left = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            right = self.term()
            left = left + right if op == "+" else left - right
        return left

    def term(self) -> Decimal:
        left = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            right = self.power()
            if op == "*":
                left = left * right
            elif right == 0:
                raise FormulaError("chia cho 0")
            else:
                left = left / right
        return left

    def power(self) -> Decimal:
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            exp = self.unary()
            if exp != exp.to_integral_value() or abs(exp) > 10:
                raise FormulaError("lũy thừa không hỗ trợ")
            base = base ** int(exp)
        return base

    def unary(self) -> Decimal:
        if self.peek() in (("op", "-"), ("op", "+")):
            op = self.take()[1]
            value = self.unary()
            return -value if op == "-" else value
        value = self.atom()
        if self.peek() == ("op", "%"):
            self.take()
            value = value / 100
        return value

    def atom(self) -> Decimal:
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return value
        if kind == "cell":
            self.take()
            return _as_number(self.resolve(*value), strict=True)
        if kind == "op" and value == "(":
            self.take()
            inner = self.expr()
            self.take("op", ")")
            return inner
        if kind == "func":
            self.take()
            return self.call(value)
        raise FormulaError("công thức có thành phần không tính được")

    def args(self) -> list[list[object]]:
        """Each argument as the list of values it stands for (a range gives many)."""
        out: list[list[object]] = []
        if self.peek() == ("op", ")"):
            self.take()
            return out
        while True:
            kind, value = self.peek()
            nxt = self.toks[self.i + 1] if self.i + 1 < len(self.toks) else (None, None)
            if kind == "range" and nxt[0] in ("op", None) and nxt[1] in (",", ";", ")"):
                self.take()
                out.append(list(self.range_values(value)))
            elif kind == "cell" and nxt[1] in (",", ";", ")"):
                self.take()
                out.append([self.resolve(*value)])
            else:
                out.append([self.expr()])
            sep = self.take("op")[1]
            if sep == ")":
                return out
            if sep not in (",", ";"):
                raise FormulaError("công thức sai cú pháp")

    def range_values(self, rng) -> Iterable[object]:
        sheet, r0, c0, r1, c1 = rng
        if (r1 - r0 + 1) * (c1 - c0 + 1) > _MAX_RANGE_CELLS:
            raise FormulaError("vùng ô quá lớn")
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                yield self.resolve(sheet, r, c)

    def call(self, name: str) -> Decimal:
        args = self.args()
        if name == "ROUND":
            if len(args) != 2:
                raise FormulaError("ROUND cần 2 đối số")
            x = _as_number(args[0][0], strict=True)
            places = int(_as_number(args[1][0], strict=True))
            return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if name == "ABS":
            return abs(_as_number(args[0][0], strict=True))
        numbers = [n for arg in args for v in arg
                   if (n := _as_number(v, strict=False)) is not None]
        if name == "SUM":
            return sum(numbers, Decimal(0))
        if name == "COUNT":
            return Decimal(len(numbers))
        if name in ("AVERAGE", "MIN", "MAX"):
            if not numbers:
                raise FormulaError(f"{name} trên vùng không có số")
            if name == "AVERAGE":
                return sum(numbers, Decimal(0)) / len(numbers)
            return min(numbers) if name == "MIN" else max(numbers)
        raise FormulaError(f"hàm {name} không được hỗ trợ")


def evaluate(formula: str, resolve: Resolver) -> Decimal:
    """The value of `formula`; raises FormulaError when it cannot be computed safely."""
    parser = _Parser(_tokens(formula), resolve)
    try:
        value = parser.expr()
    except (InvalidOperation, OverflowError, ArithmeticError) as exc:
        raise FormulaError("không tính được công thức") from exc
    if parser.i != len(parser.toks):
        raise FormulaError("công thức có phần thừa không hiểu được")
    return value
