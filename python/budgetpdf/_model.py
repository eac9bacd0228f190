"""The parsed document as frozen dataclasses mirroring include/budgetpdf/types.hpp."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Optional, Tuple

Box = Tuple[float, float, float, float]


def _short(items, limit: int = 4) -> str:
    shown = ", ".join(repr(i) for i in items[:limit])
    return f"[{shown}, …]" if len(items) > limit else f"[{shown}]"


@dataclass(frozen=True, repr=False)
class Amount:
    """One printed amount, exact: ``value`` as printed (16.70 for "16.70%"), ``yuan`` the
    value converted to 元 (None for percentages or an unknown unit)."""

    value: Decimal
    yuan: Optional[Decimal]
    percent: bool
    text: str  # as printed without thousands separators: "16231840.80", "16.70%"

    def __repr__(self) -> str:
        yuan = "" if self.yuan is None or self.yuan == self.value else f", 元={self.yuan}"
        return f"Amount({self.text}{yuan})"


@dataclass(frozen=True)
class Column:
    """An amount or text column: its header path, top row down, its canonical key, and what
    its figures measure ("money", "count" or "rate"; only money has a value in 元)."""

    header: Tuple[str, ...]
    key: str
    measure: str = "money"

    @property
    def path(self) -> str:
        """The header path joined with "/", as the CSV's column_header."""
        return "/".join(self.header)


@dataclass(frozen=True, repr=False)
class Row:
    """One data row, totals included: code and its levels, name, one value per column.
    ``id`` and ``parent_id`` are the CSV's row_id and parent_row_id (the row above in the
    block printing the parent code), ``index`` the row's place in its block."""

    id: str
    index: int
    parent_id: Optional[str]
    code: Optional[str]
    levels: Tuple[str, ...]
    parent: Optional[str]
    other_codes: Tuple[str, ...]
    name: str
    item: Optional[str]
    values: Tuple[Optional[Amount], ...]
    texts: Tuple[str, ...]
    page: int
    box: Optional[Box]
    #: "text_layer", or "ocr" for a row of a page read by OCR (docs/ocr.md)
    source: str = "text_layer"
    #: OCR rows: per value, the OCR confidence (0-100) of its printed word, or None
    confidence: Tuple[Optional[float], ...] = ()

    def __repr__(self) -> str:
        values = [None if v is None else v.text for v in self.values]
        code = f"code={self.code!r}, " if self.code else ""
        return f"Row({code}name={self.name!r}, values={_short(values)}, page={self.page})"


@dataclass(frozen=True, repr=False)
class Block:
    """A part of a table printed beside another (收入 | 支出); most tables have one."""

    label: Optional[str]
    columns: Tuple[Column, ...]
    text_columns: Tuple[Column, ...]
    rows: Tuple[Row, ...]

    def __repr__(self) -> str:
        cols = _short([c.path for c in self.columns])
        return f"Block(label={self.label!r}, columns={cols}, rows={len(self.rows)})"


@dataclass(frozen=True, repr=False)
class Table:
    """One table: kind, number, title, pages, unit, blocks of columns and rows; ``id`` is
    the CSV's and the database's table_id (sha256's first 16 hex digits and the index)."""

    id: str
    kind: str
    number: Optional[str]
    title: str
    pages: Tuple[int, ...]
    unit: str  # "元", "万元", "千元", "" unknown
    empty: bool
    blocks: Tuple[Block, ...]

    @property
    def rows(self) -> Tuple[Row, ...]:
        """Every row of every block, block by block."""
        return tuple(r for b in self.blocks for r in b.rows)

    def to_pandas(self):
        """The table as printed: one row per row, one column per header path (amounts as
        Decimal), after code, name and item; a "block" column first when it has several."""
        from ._pandas import table_frame

        return table_frame(self)

    def _repr_html_(self) -> str:
        return f"<p>{self!r}</p>" + self.to_pandas()._repr_html_()

    def __repr__(self) -> str:
        number = f"{self.number} " if self.number else ""
        return (f"Table({number}{self.title!r}, kind={self.kind}, unit={self.unit!r}, "
                f"pages={list(self.pages)}, rows={len(self.rows)})")


@dataclass(frozen=True)
class Diagnostic:
    """What the reader should know: a typed code (docs/diagnostics.md), a sentence, where."""

    level: str  # "info", "warning", "error"
    code: str  # kebab-case, stable ("sum-fails")
    message: str
    page: Optional[int]  # None: not about one page
    box: Optional[Box]
    table: Optional[str]  # the table's number or title, when it concerns one


@dataclass(frozen=True)
class Check:
    """One arithmetic identity tested on one cell (docs/checks.md)."""

    outcome: str  # "holds", "holds_within_rounding", "fails"
    kind: str
    table: str
    row: str
    column: str
    page: int
    expected: Optional[Decimal]  # None: the cell is empty
    actual: Optional[Decimal]
    tolerance: Optional[Decimal]
    parts: str
    doubt: str
    message: str


@dataclass(frozen=True)
class Measures:
    """Truth-free measures of the reading (docs/measures.md)."""

    amounts_printed: int
    amounts_placed: int
    amounts_outside_cells: int
    amounts_outside_tables: int
    tables_with_amounts: int
    tables_without_title: int
    tables_kind_unknown: int
    tables_without_unit: int
    titles_without_rows: int
    amount_columns: int
    columns_without_header: int
    headers_with_title_text: int
    empty_columns: int


@dataclass(frozen=True, repr=False)
class Document:
    """A parsed PDF: what it is about, its tables, diagnostics, checks and measures."""

    department: Optional[str]
    year: Optional[int]
    stage: Optional[str]  # "预算", "决算", "绩效评价", None
    path: str  # as given, "" when parsed from bytes
    sha256: str
    bytes: int
    page_count: int
    tables: Tuple[Table, ...]
    diagnostics: Tuple[Diagnostic, ...]
    checks: Tuple[Check, ...]
    measures: Measures

    @property
    def file(self) -> str:
        """The file name without its directory ("" when parsed from bytes)."""
        return os.path.basename(self.path)

    def to_pandas(self):
        """The tidy long DataFrame: one row per printed amount with the CSV's columns
        (``budgetpdf parse --format csv``) and ids, plus one column the CSV has not:
        ``percent`` (True where the CSV prints the value as "16.70%")."""
        from ._pandas import tidy_frame

        return tidy_frame(self)

    def __repr__(self) -> str:
        fails = sum(1 for c in self.checks if c.outcome == "fails")
        return (f"Document({self.file or self.sha256[:12]!r}, department={self.department!r}, "
                f"year={self.year}, stage={self.stage!r}, pages={self.page_count}, "
                f"tables={len(self.tables)}, diagnostics={len(self.diagnostics)}, "
                f"checks={len(self.checks)} ({fails} fail))")


def _decimal(text: Optional[str]) -> Optional[Decimal]:
    return Decimal(text.rstrip("%")) if text else None


def _amount(a) -> Optional[Amount]:
    if a is None:
        return None
    _mantissa, _scale, percent, text, yuan = a
    return Amount(Decimal(text.rstrip("%")), _decimal(yuan), percent, text)


def _columns(cols) -> Tuple[Column, ...]:
    return tuple(Column(tuple(c["header"]), c["key"], c.get("measure", "money")) for c in cols)


def _row(r) -> Row:
    return Row(r["id"], r["index"], r["parent_id"], r["code"], tuple(r["levels"]), r["parent"],
               tuple(r["other_codes"]), r["name"], r["item"],
               tuple(_amount(v) for v in r["values"]), tuple(r["texts"]), r["page"], r["box"],
               r["source"], tuple(r["confidence"]))


def _table(t) -> Table:
    blocks = tuple(Block(b["label"], _columns(b["columns"]), _columns(b["text_columns"]),
                         tuple(_row(r) for r in b["rows"])) for b in t["blocks"])
    return Table(t["id"], t["kind"], t["number"], t["title"], tuple(t["pages"]), t["unit"],
                 t["empty"], blocks)


def _check(c) -> Check:
    return Check(c["outcome"], c["kind"], c["table"], c["row"], c["column"], c["page"],
                 _decimal(c["expected"]), _decimal(c["actual"]), _decimal(c["tolerance"]),
                 c["parts"], c["doubt"], c["message"])


def document_from_core(d) -> Document:
    """Builds the Document from the plain objects budgetpdf._core returns."""
    return Document(
        d["department"], d["year"], d["stage"], d["path"], d["sha256"], d["bytes"],
        d["page_count"], tuple(_table(t) for t in d["tables"]),
        tuple(Diagnostic(**x) for x in d["diagnostics"]), tuple(_check(c) for c in d["checks"]),
        Measures(**{f.name: d["measures"][f.name] for f in fields(Measures)}))
