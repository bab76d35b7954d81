"""Write the import test corpus: small CSV and text files as Excel and owners make them, good
and bad, plus a few tiny non-spreadsheet files. Run from anywhere:

    python tests/data/imports/make_corpus.py

The files are stored so that a reader can open them in an editor or in Excel and see what a
test means; ``test_reader.py`` checks that they still equal what :func:`build` makes. XLSX
files are not stored: openpyxl stamps the time into them, so the tests build them in a
fixture (``tests/core/importing/conftest.py``).
"""

from __future__ import annotations

import codecs
import random
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _lines(*rows: str, newline: str = "\n") -> str:
    return newline.join(rows) + newline


def _png() -> bytes:
    """A valid 1×1 grey PNG (67 bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + chunk(b"IEND", b"")
    )


def _good() -> dict[str, bytes]:
    return {
        # English headers, every customers column, names in three scripts, a blank row 5.
        "customers_utf8.csv": _lines(
            "code,name,phone,email,address,id_number,credit_limit,language,kind,payment_terms",
            'C001,דוד כהן,052-1234567,david@example.com,"הרצל 5, חיפה",012345674,"5,000.00",'
            "עברית,פרטי,30",
            'C002,أحمد الخطيب,04-6543210,,"شارع الجبل 12, الناصرة",,₪2000,ar,شركة,60',
            "C003,John Smith,+972-54-7654321,john@example.com,,,,en,,",
            ",,,,,,,,,",
            'C004,"Cohen, Sarah",054-1112233,,,,,English,business,0',
        ).encode("utf-8"),
        # Hebrew headers as Excel's "CSV UTF-8" writes them: BOM, CRLF, quoted quotes.
        "customers_hebrew_bom.csv": codecs.BOM_UTF8
        + _lines(
            'קוד לקוח,שם,טלפון,"דוא""ל",כתובת,ת.ז.,מסגרת אשראי,שפה',
            "1001,משה לוי,050-7654321,moshe@example.com,רחוב הגפן 3,,1500,עברית",
            '1002,"מרים ""מירי"" כץ",03-5551234,,,,,',
            newline="\r\n",
        ).encode("utf-8"),
        # Hebrew Excel's plain "CSV": Windows-1255, with ₪ (byte 0xA4) in an amount.
        "customers_cp1255.csv": _lines(
            "מס' לקוח,שם לקוח,נייד,מסגרת אשראי,שפה",
            "A1,יוסי מזרחי,052-2223344,₪3000,עברית",
            "A2,שרה אברהם,054-9998877,,אנגלית",
            newline="\r\n",
        ).encode("cp1255"),
        # Arabic Excel's plain "CSV": Windows-1256.
        "customers_cp1256.csv": _lines(
            "رمز الزبون,اسم الزبون,هاتف,سقف الائتمان,لغة",
            "B1,فاطمة حداد,052-3334455,2500,عربي",
            "B2,يوسف عيسى,04-6012345,,العبرية",
            newline="\r\n",
        ).encode("cp1256"),
        # European-locale Excel: semicolons, so an unquoted 1,234.50 is one value.
        "invoices_semicolon.csv": _lines(
            "customer_code;number;date;due_date;amount;description",
            "C001;INV-1001;15.03.2026;14.04.2026;1,234.50;Groceries, March",
            "C002;INV-1002;1.3.2026;31.3.2026;₪99.90;",
            "C003;INV-1003;2026-03-20;2026-04-19;1234 ₪;Tab",
        ).encode("utf-8"),
        # Excel's "sep=" directive line names the delimiter and is not a row.
        "invoices_sep_directive.csv": _lines(
            "sep=;",
            "customer_code;number;date;due_date;amount",
            "C001;INV-2001;15/03/2026;15/04/2026;10",
        ).encode("utf-8"),
        # Hebrew headers and two extra columns (VAT, branch), listed but ignored.
        "invoices_hebrew_extra.csv": _lines(
            'קוד לקוח,מס\' חשבונית,תאריך,תאריך פירעון,סה"כ,תיאור,מע"מ,סניף',
            "1001,5001,15/03/2026,15/04/2026,117.00,ירקות,17.00,חיפה",
            "1002,5002,16/03/2026,16/04/2026,58.50,,8.50,נצרת",
        ).encode("utf-8"),
        # Arabic headers, UTF-8 without BOM, Arabic payment methods. Together with the
        # customers and invoices files above this is a consistent shop (INV-1002 is C002's).
        "payments_arabic.csv": _lines(
            "رمز الزبون,التاريخ,المبلغ,طريقة الدفع,المرجع,رقم الفاتورة",
            "B1,20/03/2026,500,نقدا,,",
            'C002,21/03/2026,"1,000.00",شيك,123456,INV-1002',
            "B2,22/03/2026,250.5,تحويل بنكي,TRX-9,",
        ).encode("utf-8"),
        # Excel's "Unicode Text": UTF-16 LE with BOM, tab-delimited, CRLF.
        "payments_utf16.txt": _lines(
            "קוד לקוח\tתאריך\tסכום\tאמצעי תשלום\tאסמכתא",
            "1001\t15/03/2026\t200\tמזומן\t",
            "1002\t16/03/2026\t1,500.00\tביט\tבדיקה",
            newline="\r\n",
        ).encode("utf-16"),
        # The same without a BOM, as some exporters write it.
        "payments_utf16_nobom.csv": _lines(
            "customer_code,date,amount",
            "1001,15/03/2026,200",
        ).encode("utf-16-le"),
    }


def _bad() -> dict[str, bytes]:
    invoice_header = "customer_code,number,date,due_date,amount"
    return {
        "empty.csv": b"",
        "header_only.csv": _lines(invoice_header).encode("utf-8"),
        "first_row_blank.csv": _lines(
            ",,", invoice_header, "C001,1,15/03/2026,15/04/2026,5"
        ).encode("utf-8"),
        # amount and due_date missing; a description is there.
        "invoices_missing_columns.csv": _lines(
            "customer_code,number,date,description", "C001,INV-1,15/03/2026,x"
        ).encode("utf-8"),
        # One bad amount per row (rows 2-13); row 14 is good.
        "invoices_bad_amounts.csv": _lines(
            invoice_header,
            *(
                f"C001,INV-{n},15/03/2026,15/04/2026,{amount}"
                for n, amount in enumerate(
                    [
                        "12.345",
                        "-5",
                        "0",
                        "10000000000",
                        "1e309",
                        "inf",
                        "nan",
                        "",
                        "abc",
                        '"1.234,50"',
                        "1.2.3",
                        '"12,50"',
                        '"1,234.50"',
                    ],
                    start=2,
                )
            ),
        ).encode("utf-8"),
        # One bad invoice date per row (rows 2-7).
        "invoices_bad_dates.csv": _lines(
            invoice_header,
            *(
                f"C001,INV-{n},{text},15/04/2026,10"
                for n, text in enumerate(
                    ["31/02/2026", "2026-13-01", "next week", "15/03/26", "01/01/1989", ""],
                    start=2,
                )
            ),
        ).encode("utf-8"),
        # Row 3 has an unquoted comma inside the amount: its cells are shifted.
        "invoices_unquoted_comma.csv": _lines(
            invoice_header,
            "C001,INV-1,15/03/2026,15/04/2026,500",
            "C001,INV-2,15/03/2026,15/04/2026,1,234.50",
        ).encode("utf-8"),
        "junk.bin": random.Random(1255).randbytes(256),
        "image.png": _png(),
        # A BOM that promises UTF-8, then Windows-1255 bytes on line 2.
        "utf8_bom_then_cp1255.csv": codecs.BOM_UTF8
        + _lines("code,name").encode("utf-8")
        + _lines("C1,דוד כהן").encode("cp1255"),
        # UTF-8 Hebrew with one damaged byte on line 3 (a file cut and re-joined).
        "utf8_damaged.csv": _lines("code,name", "C1,דוד כהן").encode("utf-8")
        + "C2,משה".encode()
        + b"\xff"
        + _lines("לוי").encode("utf-8"),
        # A web page saved as ".xls", as some banks and systems export.
        "web_page.xls": b"<html><body><table><tr><td>code</td><td>name</td></tr></table>"
        b"</body></html>\n",
        # The start of an Excel 97-2003 file (compound-file signature).
        "old_excel.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(56),
    }


def build() -> dict[str, bytes]:
    """File name -> content of every stored corpus file."""
    return {**_good(), **_bad()}


def main(directory: Path = HERE) -> None:
    for name, content in build().items():
        (directory / name).write_bytes(content)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
