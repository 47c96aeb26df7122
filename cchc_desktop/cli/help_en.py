"""English help texts for `cchc --lang en --help`: the Vietnamese help string -> its English.
A help string not listed here stays Vietnamese (tests/cli/test_lang_cli.py checks that none is missing)."""
from __future__ import annotations

import argparse

HELP_EN = {
    "CCHC Desktop — quản lý Chỉ số cải cách hành chính (dòng lệnh). Kết quả JSON với --json.":
        "CCHC Desktop — managing the Public Administration Reform (PAR) Index (command line). JSON results with --json.",
    "tệp cơ sở dữ liệu (mặc định: $CCHC_DB hoặc thư mục dữ liệu người dùng)":
        "database file (default: $CCHC_DB or the user's data folder)",
    "ngôn ngữ thông báo":
        "language of the messages",
    "in đúng một tài liệu JSON ra stdout":
        "print exactly one JSON document on stdout",
    "bản đánh giá (trạng thái, khóa)":
        "assessments (state, lock)",
    "khóa ký của máy này và khóa tin cậy":
        "this computer's signing key and the trusted keys",
    "tạo dữ liệu mẫu từ các văn bản gốc":
        "create demo data from the original documents",
    "nhật ký thay đổi":
        "change log",
    "sao lưu cơ sở dữ liệu và tài liệu kiểm chứng":
        "back up the database and the evidence files",
    "khôi phục từ bản sao lưu (.zip hoặc .sqlite3)":
        "restore from a backup (.zip or .sqlite3)",
    "mở ứng dụng":
        "open the application",
    "cơ quan, phòng ban":
        "offices, departments",
    "gói trao đổi dữ liệu (.cchc)":
        "data exchange packages (.cchc)",
    "báo cáo, tài liệu in (PDF, DOCX)":
        "reports, printed documents (PDF, DOCX)",
    "đặt đơn vị của máy này và tạo khóa ký":
        "set this computer's unit and create the signing key",
    "danh mục đơn vị":
        "unit list",
    "ghi một điểm (như nhập trên thẻ Chấm điểm)":
        "write one score (as typed on the Chấm điểm tab)",
    "tổng điểm, xếp hạng và điểm bị trừ":
        "totals, ranking and points lost",
    "nhập bảng điểm của tỉnh (.xlsx, .xls, .ods)":
        "import the province's score workbook (.xlsx, .xls, .ods)",
    "xuất bảng điểm (mỗi đơn vị một trang) nhập lại được":
        "export the scores (one sheet per unit), re-importable",
    "tạo bảng tính mẫu trống cho ba dạng bảng điểm":
        "create empty template workbooks for the three score layouts",
    "các lần nhập bảng tính đã ghi nhận":
        "the workbook imports recorded",
    "hoàn tác lần nhập bảng điểm gần nhất":
        "undo the latest score import",
    "mã tiêu chí, ví dụ 3.4.4":
        "criterion code, for example 3.4.4",
    "số điểm (0,5 hoặc 0.5); để trống = xóa điểm":
        "points (0,5 or 0.5); empty = delete the score",
    "lý do trừ điểm":
        "reason for the deduction",
    "giải trình":
        "explanation",
    "thêm các đơn vị chưa có trong danh mục":
        "add the units not yet in the list",
    "chỉ kiểm tra, không ghi":
        "check only, write nothing",
    "khi có lỗi: lưu bản sao bảng tính có tô đỏ và chú thích các ô lỗi":
        "on errors: save a copy of the workbook with the wrong cells in red and annotated",
    "cấp của bộ tiêu chí khi năm có nhiều bộ":
        "level of the criteria set when the year has several",
    "khóa phần tự chấm":
        "lock the self-assessment",
    "mở khóa (cần lý do, ghi nhật ký)":
        "unlock (needs a reason, logged)",
    "chuyển trạng thái bản đánh giá":
        "change the state of the assessment",
    "tạo bộ tiêu chí năm mới từ bộ tiêu chí năm trước":
        "create a new year's criteria set from the previous year's",
    "xem bộ tiêu chí của một năm":
        "show the criteria set of a year",
    "nhập bộ tiêu chí từ bảng tính (.xlsx, .xls, .ods)":
        "import a criteria set from a workbook (.xlsx, .xls, .ods)",
    "xuất bộ tiêu chí ra bảng tính .xlsx nhập lại được":
        "export the criteria set to a re-importable .xlsx workbook",
    "năm của bộ tiêu chí nguồn":
        "year of the source criteria set",
    "tệp JSON: [{\"change\": \"renamed\", \"code\": \"1.1\", \"name\": \"…\"}, …]":
        "JSON file: [{\"change\": \"renamed\", \"code\": \"1.1\", \"name\": \"…\"}, …]",
    "cấp đơn vị áp dụng (mặc định: cấp của đơn vị máy này, hoặc huyen)":
        "unit level it applies to (default: the level of this computer's unit, or huyen)",
    "tên bộ tiêu chí (mặc định: dòng tiêu đề của bảng tính)":
        "name of the criteria set (default: the title line of the workbook)",
    "lịch báo cáo tiến độ (xem, hoặc đặt hạn nộp của tỉnh)":
        "reporting calendar (show, or set the province's due dates)",
    "danh sách kế hoạch khắc phục":
        "list the remedial plans",
    "xem một kế hoạch":
        "show one plan",
    "sửa một nhiệm vụ (STT) của kế hoạch":
        "edit one task (No.) of the plan",
    "lập dự thảo kế hoạch năm sau từ các tiêu chí bị trừ điểm năm Y":
        "draft next year's plan from the criteria that lost points in year Y",
    "xuất phụ lục kế hoạch ra tệp Excel":
        "export the plan appendix to an Excel file",
    "nhập phụ lục kế hoạch từ tệp Excel (cập nhật hoặc tạo mới)":
        "import the plan appendix from an Excel file (update or create)",
    "ghi tiến độ một nhiệm vụ theo kỳ báo cáo":
        "record the progress of a task for a reporting period",
    "việc cần làm: nhiệm vụ quá hạn và đến hạn trong tháng":
        "to do: overdue tasks and tasks due this month",
    "đơn vị (mặc định: đơn vị của máy này)":
        "unit (default: this computer's unit)",
    "mã tỉnh khi đặt hạn (mặc định: tỉnh của đơn vị này)":
        "province code when setting due dates (default: this unit's province)",
    "ví dụ: --set Q1=20/3 Y=5/12":
        "for example: --set Q1=20/3 Y=5/12",
    "STT của nhiệm vụ":
        "No. of the task",
    "cơ quan chủ trì, cách nhau bằng dấu ;":
        "lead offices, separated by ;",
    "cơ quan phối hợp, cách nhau bằng dấu ;":
        "partner offices, separated by ;",
    "thời gian hoàn thành, ví dụ: Quý III/2023, Thường xuyên":
        "time to complete, for example: Quý III/2023, Thường xuyên",
    "lý do (khi không thực hiện được)":
        "reason (when it could not be done)",
    "kết quả / sản phẩm":
        "result / output",
    "mã hoặc tên đơn vị":
        "unit code or name",
    "năm có kết quả chấm điểm (kế hoạch cho năm sau)":
        "year with the scoring results (the plan is for the year after)",
    "tệp .xlsx":
        ".xlsx file",
    "đơn vị của kế hoạch mới (mặc định: đơn vị của máy)":
        "unit of the new plan (default: this computer's unit)",
    "kỳ báo cáo: Q1-2023, H1-2023, 9M-2023, Y-2023":
        "reporting period: Q1-2023, H1-2023, 9M-2023, Y-2023",
    "not_started, in_progress, done, overdue, failed (hoặc tiếng Việt: «Hoàn thành»…)":
        "not_started, in_progress, done, overdue, failed (or in Vietnamese: «Hoàn thành»…)",
    "kết quả thực hiện / lý do":
        "result / reason",
    "tệp minh chứng":
        "evidence file",
    "ngày tính (YYYY-MM-DD), mặc định hôm nay":
        "date to count from (YYYY-MM-DD), default today",
    "xem khóa của máy này và các khóa đã tin cậy":
        "show this computer's key and the trusted keys",
    "ghi khóa công khai ra tệp (kèm mã QR)":
        "write the public key to a file (with a QR code)",
    "tin cậy khóa của máy khác (so dấu vân tay)":
        "trust another computer's key (compare the fingerprint)",
    "không hỏi xác nhận":
        "do not ask for confirmation",
    "thay dữ liệu mẫu đã có":
        "replace the existing demo data",
    "export: xuất nhật ký ra .csv/.xlsx":
        "export: export the log to .csv/.xlsx",
    "kiểm tra chuỗi băm của nhật ký":
        "check the hash chain of the log",
    "tệp .csv hoặc .xlsx (audit export)":
        ".csv or .xlsx file (audit export)",
    "chỉ các thay đổi của đơn vị này (mã)":
        "only the changes of this unit (code)",
    "chỉ các thay đổi của tiêu chí này (mã)":
        "only the changes of this criterion (code)",
    "từ ngày (2025-12-31 hoặc 31/12/2025)":
        "from the date (2025-12-31 or 31/12/2025)",
    "F.zip (một tệp) hoặc F.sqlite3 (kèm thư mục F-tai-lieu)":
        "F.zip (one file) or F.sqlite3 (with the folder F-tai-lieu)",
    "vẽ cửa sổ ra tệp PNG rồi thoát":
        "draw the window to a PNG file and quit",
    "danh mục cơ quan chủ trì/phối hợp của đơn vị":
        "the unit's list of lead/partner offices",
    "thêm cơ quan":
        "add an office",
    "đổi tên cơ quan (mọi kế hoạch hiển thị tên mới)":
        "rename an office (every plan shows the new name)",
    "cơ quan sáp nhập/giải thể, chuyển việc cho cơ quan kế nhiệm":
        "office merged or dissolved; its work goes to the successor office",
    "tên ngắn dùng trong kế hoạch":
        "short name used in plans",
    "tên hoặc tên ngắn hiện tại":
        "current name or short name",
    "tên mới":
        "new name",
    "tên ngắn mới":
        "new short name",
    "ngày ngừng hoạt động (YYYY-MM-DD)":
        "date it stops working (YYYY-MM-DD)",
    "tạo gói gửi cho một đơn vị":
        "create a package for a unit",
    "kiểm tra gói mà không nhận":
        "check a package without receiving it",
    "nhận gói: kiểm tra, xem trước, ghi, tạo biên nhận":
        "receive a package: check, preview, write, make a receipt",
    "liệt kê các xung đột đang chờ quyết định":
        "list the conflicts waiting for a decision",
    "quyết định một xung đột":
        "decide one conflict",
    "mã hoặc tên đơn vị nhận, hoặc * cho mọi đơn vị":
        "code or name of the receiving unit, or * for every unit",
    "chỉ gửi phần thay đổi từ gói trước":
        "send only the changes since the previous package",
    "cỡ tối đa mỗi tập (MB), mặc định 20":
        "maximum size of each volume (MB), default 20",
    "mặc định: open (đang chờ)":
        "default: open (waiting)",
    "số xung đột (xem «cchc package conflicts»)":
        "conflict number (see «cchc package conflicts»)",
    "giữ bản của tôi, nhận bản của họ, sửa, để sau":
        "keep mine, take theirs, edit, postpone",
    "giá trị mới khi --choice edit (ví dụ --set value=2,5); lặp lại cho nhiều trường":
        "new value with --choice edit (for example --set value=2,5); repeat for several fields",
    "in kế hoạch khắc phục kèm phụ lục":
        "print the remedial plan with its appendices",
    "in bảng tiêu chí bị trừ điểm và giải pháp (mẫu Phụ lục)":
        "print the table of criteria that lost points and the remedies (Appendix form)",
    "in kết quả chấm điểm của một đơn vị trong năm":
        "print a unit's scoring results for the year",
    "in báo cáo định kỳ tiến độ thực hiện kế hoạch":
        "print the periodic progress report of the plan",
    "in bảng xếp hạng các đơn vị trong năm":
        "print the ranking of the units for the year",
    "tệp kết quả (.pdf hoặc .docx)":
        "output file (.pdf or .docx)",
    "định dạng (mặc định: theo đuôi tệp, hoặc pdf)":
        "format (default: from the file extension, or pdf)",
    "phụ lục: bảng phân công nhiệm vụ (tasks), bảng tiêu chí bị trừ điểm (deficit), cả hai":
        "appendix: task assignment table (tasks), table of criteria that lost points (deficit), both",
    "thay tên người ký khi in":
        "replace the signer's name when printing",
    "thay chức vụ người ký khi in":
        "replace the signer's title when printing",
    "thay ngày ban hành khi in (YYYY-MM-DD)":
        "replace the issue date when printing (YYYY-MM-DD)",
    "thay số, ký hiệu khi in (ví dụ 65/KH-UBND)":
        "replace the number and symbol when printing (for example 65/KH-UBND)",
    "kỳ báo cáo: Q1-2026, H1-2026, 9M-2026, Y-2026":
        "reporting period: Q1-2026, H1-2026, 9M-2026, Y-2026",
    "chỉ các đơn vị cấp này (tinh, so, huyen, xa, phong)":
        "only the units of this level (tinh, so, huyen, xa, phong)",
    "cấp đơn vị: tinh, so, huyen, xa, phong (có thể thêm cấp khác)":
        "unit level: tinh, so, huyen, xa, phong (other levels can be added)",
    "mã hoặc tên đơn vị cấp trên":
        "code or name of the parent unit",
    "thêm đơn vị vào danh mục":
        "add a unit to the list",
    "liệt kê đơn vị":
        "list the units",
}


def helps_of(parser: argparse.ArgumentParser):
    """Every object carrying a help text in the parser tree, with the attribute that holds it."""
    yield parser, "description"
    for action in parser._actions:
        yield action, "help"
        if isinstance(action, argparse._SubParsersAction):
            yield from ((ca, "help") for ca in action._choices_actions)
            for sub in dict.fromkeys(action.choices.values()):
                yield from helps_of(sub)


def to_english(parser: argparse.ArgumentParser) -> None:
    """Help texts and command placeholders in English (in place)."""
    for obj, attr in helps_of(parser):
        text = getattr(obj, attr, None)
        if text in HELP_EN:
            setattr(obj, attr, HELP_EN[text])
        if isinstance(obj, argparse._SubParsersAction) and attr == "help":
            obj.metavar = {"LỆNH": "COMMAND", "LỆNH_CON": "SUBCOMMAND"}.get(obj.metavar, obj.metavar)
