<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>AuditBackupActions</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/audit_backup_menu.py" line="+23"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;log…</source>
        <translation>Nhật ký &amp;thay đổi…</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/audit_viewer.py" line="+48"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object / key</source>
        <translation>Đối tượng / khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before → after</source>
        <translation>Trước → sau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score entered</source>
        <translation>nhập điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>score import undone</source>
        <translation>hoàn tác nhập bảng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores imported</source>
        <translation>nhập bảng điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>criteria imported</source>
        <translation>nhập bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit added</source>
        <translation>thêm đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>installation set up</source>
        <translation>thiết lập cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new installation id</source>
        <translation>cấp mã cài đặt mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>demo data loaded</source>
        <translation>nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion added</source>
        <translation>thêm tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>criterion changed</source>
        <translation>sửa tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion deleted</source>
        <translation>xóa tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>criterion restored</source>
        <translation>khôi phục tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criteria set copied</source>
        <translation>sao chép bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>criteria set changed</source>
        <translation>sửa bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criteria set removed</source>
        <translation>gỡ bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plan drafted</source>
        <translation>lập kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan imported</source>
        <translation>nhập kế hoạch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plan deleted</source>
        <translation>xóa kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan restored</source>
        <translation>khôi phục kế hoạch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plan task changed</source>
        <translation>sửa nhiệm vụ kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progress reported</source>
        <translation>báo cáo tiến độ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>progress restored</source>
        <translation>khôi phục tiến độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package sent</source>
        <translation>gửi gói dữ liệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>package received</source>
        <translation>nhận gói dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence attached</source>
        <translation>đính kèm tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>evidence removed</source>
        <translation>gỡ tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office added</source>
        <translation>thêm cơ quan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>office renamed</source>
        <translation>đổi tên cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office deleted</source>
        <translation>xóa cơ quan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>office restored</source>
        <translation>khôi phục cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office retired</source>
        <translation>ngừng dùng cơ quan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>office reactivated</source>
        <translation>dùng lại cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key trusted</source>
        <translation>tin cậy khóa ký</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deadlines set</source>
        <translation>đặt thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office mapping set</source>
        <translation>đặt ánh xạ cơ quan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>preferences saved</source>
        <translation>lưu tùy chọn</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location line="+34"/>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(all units)</source>
        <translation>(tất cả đơn vị)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>criterion code, e.g. 1.2</source>
        <translation>mã tiêu chí, ví dụ 1.2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion:</source>
        <translation>Tiêu chí:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check integrity</source>
        <translation>Kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 entries</source>
        <translation>%1 mục</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log intact (%1 entries)</source>
        <translation>Nhật ký toàn vẹn (%1 mục)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the change log</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 entries written to %2</source>
        <translation>Đã ghi %1 mục vào %2</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/restore_backup.py" line="+46"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>daily backup</source>
        <translation>sao lưu hằng ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>before a score import</source>
        <translation>trước khi nhập bảng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before receiving a package</source>
        <translation>trước khi nhận gói dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before: %1</source>
        <translation>trước: %1</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/criteria_dialogs.py" line="+181"/>
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>renamed</source>
        <translation>đổi tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>split</source>
        <translation>tách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>gộp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>bỏ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes: every criterion is as last year.</source>
        <translation>Không có thay đổi: mọi tiêu chí giữ như năm trước.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year&apos;s code</source>
        <translation>Mã năm trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year&apos;s criterion</source>
        <translation>Tiêu chí năm trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New code</source>
        <translation>Mã mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../cchc_desktop/gui/commands.py" line="+86"/>
        <source>self-assessed score</source>
        <translation>điểm tự chấm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>appraised score</source>
        <translation>điểm thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>survey score</source>
        <translation>điểm ĐTXHH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1 of %2: %3 → %4</source>
        <translation>Sửa %1 tiêu chí %2: %3 → %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change status of task %1: %2 → %3</source>
        <translation>Đổi tình trạng nhiệm vụ %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ConflictCommands</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/conflict_commands.py" line="+17"/>
        <source>Keep mine (%1 conflicts)</source>
        <translation>Giữ bản của tôi (%1 xung đột)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs (%1 conflicts)</source>
        <translation>Nhận bản của họ (%1 xung đột)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit conflict (%1)</source>
        <translation>Sửa xung đột (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later (%1 conflicts)</source>
        <translation>Để sau (%1 xung đột)</translation>
    </message>
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/conflict_edit.py" line="+17"/>
        <source>Edit conflict</source>
        <translation>Sửa xung đột</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mine: %1 — theirs: %2</source>
        <translation>Của tôi: %1 — của họ: %2</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/conflict_inbox.py" line="+54"/>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Nhận bản của họ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s values stay and are sent with the next package.</source>
        <translation>Giữ giá trị trên máy này; chúng được gửi đi trong gói tiếp theo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the package replace this computer&apos;s values.</source>
        <translation>Giá trị trong gói thay cho giá trị trên máy này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the right values; they are sent with the next package.</source>
        <translation>Nhập giá trị đúng; chúng được gửi đi trong gói tiếp theo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changes; the conflict stays here with today&apos;s date.</source>
        <translation>Không thay đổi gì; xung đột nằm lại đây, ghi ngày hôm nay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A decision applies to the selected conflicts only (hold Ctrl to select several). When a package has no conflict left, the rest of it is imported.</source>
        <translation>Mỗi quyết định chỉ áp dụng cho các xung đột đang chọn (giữ Ctrl để chọn nhiều). Khi một gói không còn xung đột, phần còn lại của gói được nhận.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Kept this computer&apos;s values for %1 conflict(s).</source>
        <translation>Đã giữ bản của máy này cho %1 xung đột.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took the package&apos;s values for %1 conflict(s).</source>
        <translation>Đã nhận bản của họ cho %1 xung đột.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the edited values (%1 conflict).</source>
        <translation>Đã ghi giá trị đã sửa (%1 xung đột).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left %1 conflict(s) for later.</source>
        <translation>Đã để sau %1 xung đột.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>Hoàn tác bằng Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/exchange_models.py" line="+80"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Differs in</source>
        <translation>Khác nhau ở</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>postponed on %1</source>
        <translation>để sau từ %1</translation>
    </message>
</context>
<context>
    <name>ConflictSidesModel</name>
    <message>
        <location line="+11"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>Loại điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (this computer)</source>
        <translation>Của máy này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (the package)</source>
        <translation>Trong gói nhận được</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">có</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">không</translation>
    </message>
    <message>
        <source>self score</source>
        <translation type="vanished">tự chấm</translation>
    </message>
    <message>
        <source>appraised score</source>
        <translation type="vanished">thẩm định</translation>
    </message>
    <message>
        <source>survey (ĐTXHH)</source>
        <translation type="vanished">ĐTXHH</translation>
    </message>
</context>
<context>
    <name>CopyYearDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/criteria_dialogs.py" line="-129"/>
        <source>New year&apos;s criteria set from last year</source>
        <translation>Tạo bộ tiêu chí năm mới từ năm trước</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy from:</source>
        <translation>Sao chép từ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New year:</source>
        <translation>Năm mới:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark what changed. Split: new codes, names and maxima separated by «;». Merged: the code it joins in the new set.</source>
        <translation>Đánh dấu các tiêu chí thay đổi. Tách: các mã, tên và điểm tối đa mới, cách nhau bằng «;». Gộp: mã tiêu chí được gộp vào trong bộ mới.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New code(s)</source>
        <translation>Mã mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name(s)</source>
        <translation>Tên mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New max(es)</source>
        <translation>Điểm tối đa mới</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create set</source>
        <translation>Tạo bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>renamed</source>
        <translation>đổi tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>split</source>
        <translation>tách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>gộp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>bỏ</translation>
    </message>
</context>
<context>
    <name>CounterpartModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/exchange_models.py" line="-71"/>
        <source>Counterpart</source>
        <translation>Đơn vị trao đổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>Đã có biên nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing packages</source>
        <translation>Gói còn thiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>Lần trao đổi gần nhất</translation>
    </message>
</context>
<context>
    <name>CriteriaCommands</name>
    <message>
        <location filename="../../cchc_desktop/gui/criteria_commands.py" line="+24"/>
        <source>Add criterion %1</source>
        <translation>Thêm tiêu chí %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit criterion %1</source>
        <translation>Sửa tiêu chí %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete criterion %1</source>
        <translation>Xóa tiêu chí %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indent %1</source>
        <translation>Thụt vào %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outdent %1</source>
        <translation>Lùi ra %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move %1 up</source>
        <translation>Chuyển %1 lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Chuyển %1 xuống</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Renumber criteria</source>
        <translation>Đánh số lại tiêu chí</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit criteria set details</source>
        <translation>Sửa thông tin bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create the %1 criteria set</source>
        <translation>Tạo bộ tiêu chí năm %1</translation>
    </message>
</context>
<context>
    <name>CriteriaEditorModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/criteria_editor_model.py" line="+92"/>
        <source>«%1» is not a number of points.</source>
        <extracomment>(criterion id, field, new value, row): the tab turns it into an undoable command</extracomment>
        <translation>«%1» không phải là số điểm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The value cannot be empty.</source>
        <translation>Không được để trống.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditorTab</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/criteria_editor.py" line="+114"/>
        <location line="+189"/>
        <source>Add criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+188"/>
        <source>Add sub-criterion</source>
        <translation>Thêm tiêu chí con</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indent</source>
        <translation>Thụt vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renumber</source>
        <translation>Đánh số lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create next year&apos;s set from this one…</source>
        <translation>Tạo bộ tiêu chí năm mới từ năm trước…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since last year…</source>
        <translation>Thay đổi so với năm trước…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it a sub-criterion of the one above</source>
        <translation>Đưa thành tiêu chí con của tiêu chí phía trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it one level up, after its parent</source>
        <translation>Đưa lên một cấp, ngay sau tiêu chí cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give codes 1, 1.1, 1.1.1… from the order in the tree</source>
        <translation>Đánh mã 1, 1.1, 1.1.1… theo thứ tự trong cây</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No criteria set: choose a year.</source>
        <translation>Chưa có bộ tiêu chí: hãy chọn năm.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>no decision number</source>
        <translation>chưa có số quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — year %2, decision %3 — total maximum &lt;b&gt;%4&lt;/b&gt; points</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — năm %2, quyết định %3 — tổng điểm tối đa &lt;b&gt;%4&lt;/b&gt; điểm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid: every parent equals the sum of its sub-criteria.</source>
        <translation>Hợp lệ: điểm tối đa của mỗi tiêu chí bằng tổng các tiêu chí thành phần.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check: %1 errors, %2 warnings</source>
        <translation>Cần kiểm tra: %1 lỗi, %2 cảnh báo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (and %1 more)</source>
        <translation> (và %1 vấn đề khác)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete criterion</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit criterion %1</source>
        <translation>Sửa tiêu chí %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Criterion %1 and its sub-criteria have %2 scores. Deleting it deletes them too (Undo brings them back). Delete?</source>
        <translation>Tiêu chí %1 và các tiêu chí con đã có %2 điểm chấm. Xóa tiêu chí sẽ xóa cả các điểm này (Hoàn tác sẽ khôi phục lại). Vẫn xóa?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Criterion %1 cannot move that way.</source>
        <translation>Không thể chuyển tiêu chí %1 theo hướng này.</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/criteria_editor_sets.py" line="+47"/>
        <source>Created %1 with %2 criteria.</source>
        <translation>Đã tạo %1 gồm %2 tiêu chí.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This set was not made from last year&apos;s set, so there is nothing to compare.</source>
        <translation>Bộ tiêu chí này không được tạo từ bộ năm trước nên không có gì để so sánh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since last year — %1</source>
        <translation>Thay đổi so với năm trước — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import criteria from Excel</source>
        <translation>Nhập bộ tiêu chí từ Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx *.xls)</source>
        <translation>Tệp Excel (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workbook was not imported</source>
        <translation>Chưa nhập tệp Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Fix these cells and import again:</source>
        <translation>Chưa có gì thay đổi. Hãy sửa các ô sau rồi nhập lại:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 criteria (%2 new, %3 changed).</source>
        <translation>Đã nhập %1 tiêu chí (%2 mới, %3 thay đổi).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export criteria to Excel</source>
        <translation>Xuất bộ tiêu chí ra Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported %1 criteria to %2</source>
        <translation>Đã xuất %1 tiêu chí ra %2</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/criteria_model.py" line="+29"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Tên tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>CriteriaTab</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/criteria_tab.py" line="+31"/>
        <source>No criteria set: choose a year.</source>
        <translation>Chưa có bộ tiêu chí: hãy chọn năm.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no decision number</source>
        <translation>chưa có số quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — year %2, decision %3 — total maximum &lt;b&gt;%4&lt;/b&gt; points</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — năm %2, quyết định %3 — tổng điểm tối đa &lt;b&gt;%4&lt;/b&gt; điểm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>criterion %1: maximum %2 but its sub-criteria add up to %3</source>
        <translation>tiêu chí %1: điểm tối đa %2 nhưng các tiêu chí thành phần cộng lại %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the decision declares %1 points, the criteria add up to %2</source>
        <translation>quyết định ghi %1 điểm, các tiêu chí cộng lại %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (and %1 more)</source>
        <translation> (và %1 lỗi khác)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check: </source>
        <translation>Cần kiểm tra: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid: every parent equals the sum of its sub-criteria.</source>
        <translation>Hợp lệ: điểm tối đa của mỗi tiêu chí bằng tổng các tiêu chí thành phần.</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/criteria_dialogs.py" line="-91"/>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum points:</source>
        <translation>Điểm tối đa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the code and the name.</source>
        <translation>Hãy nhập mã và tên tiêu chí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum must be a number of points, e.g. 0,5.</source>
        <translation>Điểm tối đa phải là số, ví dụ 0,5.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/widgets/evidence_panel.py" line="+64"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page / section:</source>
        <translation>Trang / mục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. page 3, section II</source>
        <translation>vd. trang 3, mục II</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a criterion to see its evidence.</source>
        <translation>Chọn một tiêu chí để xem minh chứng.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attach evidence files</source>
        <translation>Đính kèm tệp minh chứng</translation>
    </message>
</context>
<context>
    <name>ExchangeCentre</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/exchange_centre.py" line="+50"/>
        <source>Data exchange</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packages</source>
        <translation>Các gói</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+215"/>
        <location line="+2"/>
        <location line="+24"/>
        <source>Keys</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Send data…</source>
        <translation>Gửi dữ liệu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive data…</source>
        <translation>Nhận dữ liệu…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Counterparts</source>
        <translation>Đơn vị trao đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packages (double-click for the manifest)</source>
        <translation>Các gói (nhấp đúp để xem nội dung gói)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="vanished">Giữ của máy này</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="vanished">Lấy theo gói</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="vanished">Để sau</translation>
    </message>
    <message>
        <source>A decision applies to every conflict of the same package, and the rest of the package is imported with it (a backup is made first).</source>
        <translation type="vanished">Lựa chọn áp dụng cho mọi xung đột của cùng một gói, và phần còn lại của gói được nhận cùng lúc (cơ sở dữ liệu được sao lưu trước).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export our key file…</source>
        <translation>Xuất tệp khóa của máy này…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust a key file…</source>
        <translation>Tin cậy một tệp khóa…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trusted keys</source>
        <translation>Các khóa đã tin cậy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer: %1 (%2)
Fingerprint: %3</source>
        <translation>Máy này: %1 (%2)
Dấu vân tay: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Package %1</source>
        <translation>Gói số %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+24"/>
        <source>Receive data</source>
        <translation>Nhận dữ liệu</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>CCHC packages (*.cchc);;All files (*)</source>
        <translation>Gói dữ liệu CCHC (*.cchc);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This package was already received.</source>
        <translation>Gói này đã được nhận trước đây.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Package no. %1 from %2 (%3), fingerprint %4.</source>
        <translation>Gói số %1 của %2 (%3), dấu vân tay %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5.</source>
        <translation>Tạo mới: %1, cập nhật: %2, không đổi: %3, xung đột: %4, bị từ chối: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts wait in the conflict inbox; nothing else is applied until you decide.</source>
        <translation>Các xung đột chờ trong mục Xung đột; chưa có gì được ghi cho đến khi anh/chị quyết định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import it now? The database is backed up first.</source>
        <translation>Nhận gói ngay bây giờ? Cơ sở dữ liệu sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No conflict of this package is left. Receive the package again (Receive data…) to import the rest of it.</source>
        <translation>Gói này không còn xung đột. Hãy nhận lại gói (Nhận dữ liệu…) để ghi phần còn lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflict of package no. %1 is left: the rest of it was imported (%2 new, %3 updated).</source>
        <translation>Gói số %1 không còn xung đột: đã nhận phần còn lại của gói (%2 mới, %3 cập nhật).</translation>
    </message>
    <message>
        <source>Where is the package of this conflict?</source>
        <translation type="vanished">Gói chứa xung đột này nằm ở đâu?</translation>
    </message>
    <message>
        <source>CCHC packages (*.cchc)</source>
        <translation type="vanished">Gói dữ liệu CCHC (*.cchc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export our key file</source>
        <translation>Xuất tệp khóa của máy này</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Key files (*.json)</source>
        <translation>Tệp khóa (*.json)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Key file written: %1 (QR code: %2).</source>
        <translation>Đã ghi tệp khóa: %1 (mã QR: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Trust a key file</source>
        <translation>Tin cậy tệp khóa</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Key of %1 (%2).
Fingerprint: %3

Call them and compare the fingerprint. Trust this key?</source>
        <translation>Khóa của %1 (%2).
Dấu vân tay: %3

Hãy gọi điện cho họ để so dấu vân tay. Tin cậy khóa này?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/import_wizard.py" line="+58"/>
        <location line="+22"/>
        <source>Choose the workbook</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>An Excel workbook (.xlsx, .xls, .ods) with scores from the province.</source>
        <translation>Bảng tính Excel (.xlsx, .xls, .ods) chứa điểm do tỉnh gửi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/first_run.py" line="+42"/>
        <source>Welcome to CCHC Desktop</source>
        <translation>Chào mừng đến với CCHC Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before you start, tell the program which unit this computer works for. A signing key for exchanging files with the province is created at the same time. You can change these details later in Settings.</source>
        <translation>Trước khi bắt đầu, hãy cho chương trình biết máy tính này làm việc cho đơn vị nào. Khóa ký để trao đổi tệp với tỉnh được tạo cùng lúc. Có thể sửa các thông tin này sau trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. People&apos;s Committee of Dak Buk So commune</source>
        <translation>ví dụ: UBND xã Đắk Búk So</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>short code, e.g. DAK-BUK-SO</source>
        <translation>mã ngắn, ví dụ: DAK-BUK-SO</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Lam Dong</source>
        <translation>ví dụ: Lâm Đồng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit &amp;name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;code:</source>
        <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create my unit</source>
        <translation>Tạo đơn vị của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use sample data</source>
        <translation>Dùng dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the database with the example district from the seed documents, to try the program out</source>
        <translation>Tạo dữ liệu mẫu (huyện ví dụ từ các văn bản mẫu) để dùng thử chương trình</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please enter the unit&apos;s name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter a short code for the unit.</source>
        <translation>Hãy nhập mã ngắn của đơn vị.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/help.py" line="+45"/>
        <location line="+20"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save as PDF for printing…</source>
        <translation>Lưu thành PDF để in…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the user guide</source>
        <translation>Lưu hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
</context>
<context>
    <name>ImportExchangeActions</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/file_menu.py" line="+30"/>
        <source>Import scores from &amp;Excel…</source>
        <translation>Nhập điểm từ &amp;Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last score import</source>
        <translation>Hoàn tác lần nhập điểm gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;history…</source>
        <translation>&amp;Lịch sử nhập…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data e&amp;xchange…</source>
        <translation>&amp;Trao đổi dữ liệu…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import of %1 undone.</source>
        <translation>Đã hoàn tác lần nhập tệp %1.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/import_history.py" line="+45"/>
        <source>Import history</source>
        <translation>Lịch sử nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo last score import</source>
        <translation>Hoàn tác lần nhập điểm gần nhất</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo last import</source>
        <translation>Hoàn tác lần nhập gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last score import as a whole?</source>
        <translation>Hoàn tác toàn bộ lần nhập bảng điểm gần nhất?</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location line="-58"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created / updated / unchanged</source>
        <translation>Tạo mới / cập nhật / không đổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>scores</source>
        <translation>bảng điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>package</source>
        <translation>gói dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criteria</source>
        <translation>bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>undone</source>
        <translation>đã hoàn tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>can be undone</source>
        <translation>có thể hoàn tác</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/plan_dialogs.py" line="+197"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/import_wizard.py" line="-50"/>
        <source>No. (STT)</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion name</source>
        <translation>Tên tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraised score</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey (ĐTXHH)</source>
        <translation>ĐTXHH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignore</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one sheet per unit</source>
        <translation>mỗi đơn vị một trang tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix (units side by side)</source>
        <translation>bảng tổng hợp (các đơn vị cạnh nhau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranking (published totals)</source>
        <translation>bảng xếp hạng (kết quả công bố)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>Import scores from Excel</source>
        <translation>Nhập điểm từ Excel</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Importing scores…</source>
        <translation>Đang nhập bảng điểm…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: %1 error(s).</source>
        <translation>Không nhập được gì: %1 lỗi.</translation>
    </message>
</context>
<context>
    <name>ImprovementModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/ranking_model.py" line="+83"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recoverable</source>
        <translation>Có thể gỡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>IssuesDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/criteria_dialogs.py" line="+163"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cchc_desktop/gui/labels.py" line="+9"/>
        <source>Scored</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey (ĐTXHH)</source>
        <translation>ĐTXHH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty points</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be done</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairly good</source>
        <translation>Khá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Yếu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Đang soạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessed (locked)</source>
        <translation>Đã tự đánh giá (đã khóa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the province</source>
        <translation>Đã gửi tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned for explanation</source>
        <translation>Trả lại để giải trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explained</source>
        <translation>Đã giải trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraised</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="+180"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location line="+145"/>
        <location filename="../../ui/main_window.ui" line="+9"/>
        <source>CCHC Desktop</source>
        <translation>CCHC Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Own unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own unit: not set</source>
        <translation>Chưa chọn đơn vị của mình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo data ready: %1 units, %2 criteria, %3 plans.</source>
        <translation>Đã tạo dữ liệu mẫu: %1 đơn vị, %2 tiêu chí, %3 kế hoạch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating demo data…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The operation failed: %1</source>
        <translation>Thao tác không thành công: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCHC databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu CCHC (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup with evidence files (*.zip);;CCHC databases (*.sqlite3)</source>
        <translation>Bản sao lưu kèm tài liệu kiểm chứng (*.zip);;Cơ sở dữ liệu CCHC (*.sqlite3)</translation>
    </message>
    <message>
        <source>CCHC databases (*.sqlite3)</source>
        <translation type="vanished">Cơ sở dữ liệu CCHC (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup written to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;CCHC Desktop %1&lt;/h3&gt;&lt;p&gt;Managing the administrative reform index (Chỉ số CCHC) of communes, districts and departments: criteria, scores, remediation plans and reports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Works completely without a network.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Documents are printed with the Liberation Serif font, licensed under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CCHC Desktop %1&lt;/h3&gt;&lt;p&gt;Quản lý Chỉ số cải cách hành chính (Chỉ số CCHC) của xã, huyện, sở: bộ tiêu chí, chấm điểm, kế hoạch khắc phục và báo cáo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hoạt động hoàn toàn không cần mạng.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Văn bản được in bằng phông chữ Liberation Serif, cấp phép theo SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About CCHC Desktop</source>
        <translation>Giới thiệu CCHC Desktop</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../ui/main_window.ui" line="+135"/>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/main_window.ui" line="+4"/>
        <source>Scoring</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remediation plan</source>
        <translation>Kế hoạch khắc phục</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/main_window.ui" line="+8"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCHC Desktop — administrative reform index</source>
        <translation>CCHC Desktop — Chỉ số cải cách hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-128"/>
        <source>No data yet — File → Create demo data</source>
        <translation>Chưa có dữ liệu — Tệp → Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database has no units yet. Create the demo data (the seed plans and scores of Tuy Đức district) to look around, or open another database.</source>
        <translation>Cơ sở dữ liệu này chưa có đơn vị nào. Hãy tạo dữ liệu mẫu (kế hoạch và điểm của huyện Tuy Đức trong các văn bản gốc) để xem thử, hoặc mở một cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+82"/>
        <source>Create demo data</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+80"/>
        <source>Open database…</source>
        <translation>Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit and year</source>
        <translation>Đơn vị và năm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up…</source>
        <translation>Sao lưu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remediation plans</source>
        <translation>Kế hoạch khắc phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/import_wizard.py" line="-301"/>
        <source>How the table was read</source>
        <translation>Cách đọc bảng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header rows are blue, data rows green. Correct a column&apos;s role if it was recognised wrongly; the choice is remembered for this sender.</source>
        <translation>Dòng tiêu đề tô xanh dương, dòng dữ liệu tô xanh lá. Nếu cột nào được nhận sai, hãy chọn lại vai trò của cột; lựa chọn được ghi nhớ cho nơi gửi này.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Layout:</source>
        <translation>Dạng bảng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender (for the remembered mapping):</source>
        <translation>Nơi gửi (để ghi nhớ cách đọc):</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Read %1 unit(s): %2 self score(s), %3 appraised score(s); %4 error(s), %5 warning(s).</source>
        <translation>Đọc được %1 đơn vị: %2 điểm tự chấm, %3 điểm thẩm định; %4 lỗi, %5 cảnh báo.</translation>
    </message>
</context>
<context>
    <name>OfficesDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/plan_dialogs.py" line="-88"/>
        <source>Offices of the unit</source>
        <translation>Danh mục cơ quan của đơn vị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short name</source>
        <translation>Tên ngắn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired / successor</source>
        <translation>Ngừng hoạt động / kế nhiệm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire…</source>
        <translation>Giải thể/sáp nhập…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renaming shows the new name in every plan; retiring moves open tasks to the successor.</source>
        <translation>Đổi tên sẽ hiện tên mới trong mọi kế hoạch; giải thể/sáp nhập chuyển các nhiệm vụ đang mở sang cơ quan kế nhiệm.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add office</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the office:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename office</source>
        <translation>Đổi tên cơ quan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retire office</source>
        <translation>Giải thể/sáp nhập cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successor of %1 (takes its open tasks):</source>
        <translation>Cơ quan kế nhiệm của %1 (nhận các nhiệm vụ đang mở):</translation>
    </message>
</context>
<context>
    <name>PackageLogModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/exchange_models.py" line="+14"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterpart</source>
        <translation>Đơn vị trao đổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent</source>
        <translation>gửi đi</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>received</source>
        <translation>nhận về</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>update</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>criteria set</source>
        <translation>bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appraisal</source>
        <translation>kết quả thẩm định</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>results</source>
        <translation>kết quả công bố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt</source>
        <translation>biên nhận</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acknowledged</source>
        <translation>đã có biên nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet acknowledged</source>
        <translation>chưa có biên nhận</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <location filename="../../cchc_desktop/gui/widgets/pdf_pages.py" line="+30"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a document on the left, then press “Preview” to see the pages exactly as they will print.</source>
        <translation>Chọn một văn bản ở bên trái rồi bấm «Xem trước» để xem các trang đúng như khi in ra.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Open in PDF viewer</source>
        <translation type="vanished">Mở bằng trình xem PDF</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="vanished">Lưu PDF</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="vanished">Không lưu được: %1</translation>
    </message>
</context>
<context>
    <name>PeriodOverviewModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/plan_views_model.py" line="+44"/>
        <source>Reporting period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report due</source>
        <translation>Hạn báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be done</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../cchc_desktop/gui/lazy_start.py" line="+25"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../../cchc_desktop/gui/plan_commands.py" line="+19"/>
        <source>Edit task %1</source>
        <translation>Sửa nhiệm vụ %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Draft the remediation plan for %1</source>
        <translation>Lập kế hoạch khắc phục năm %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress of task %1 for %2</source>
        <translation>Tiến độ nhiệm vụ %1 kỳ %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add office %1</source>
        <translation>Thêm cơ quan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename office %1</source>
        <translation>Đổi tên cơ quan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retire office %1</source>
        <translation>Giải thể/sáp nhập cơ quan %1</translation>
    </message>
</context>
<context>
    <name>PlanEditingMixin</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/plans_tab_editing.py" line="+113"/>
        <source>Draft remediation plan…</source>
        <translation>Lập kế hoạch khắc phục…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan information…</source>
        <translation>Thông tin kế hoạch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offices…</source>
        <translation>Cơ quan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export appendix (.xlsx)…</source>
        <translation>Xuất phụ lục (.xlsx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import appendix (.xlsx)…</source>
        <translation>Nhập phụ lục (.xlsx)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+116"/>
        <location line="+4"/>
        <source>Add task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge selected</source>
        <translation>Gộp các dòng chọn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split…</source>
        <translation>Tách…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress by period</source>
        <translation>Tiến độ theo kỳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 overdue, %2 due this month (%3)</source>
        <translation>%1 nhiệm vụ quá hạn, %2 nhiệm vụ đến hạn trong tháng (%3)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Content of the new task:</source>
        <translation>Nội dung nhiệm vụ mới:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete task %1</source>
        <translation>Xóa nhiệm vụ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move task %1</source>
        <translation>Di chuyển nhiệm vụ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select two or more tasks (Ctrl+click) to merge them.</source>
        <translation>Chọn từ hai nhiệm vụ trở lên (Ctrl+bấm chuột) để gộp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge tasks %1</source>
        <translation>Gộp nhiệm vụ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Split task</source>
        <translation>Tách nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per new task:</source>
        <translation>Mỗi dòng là một nhiệm vụ mới:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split task %1</source>
        <translation>Tách nhiệm vụ %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft remediation plan</source>
        <translation>Lập kế hoạch khắc phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of which year? (the plan is for the next year)</source>
        <translation>Kết quả chỉ số năm nào? (kế hoạch thực hiện năm sau)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit plan information</source>
        <translation>Sửa thông tin kế hoạch</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Export appendix</source>
        <translation>Xuất phụ lục</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Appendix saved to %1</source>
        <translation>Đã lưu phụ lục vào %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Import appendix</source>
        <translation>Nhập phụ lục</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: %1 new, %2 changed, %3 unchanged tasks</source>
        <translation>Đã nhập: %1 nhiệm vụ mới, %2 thay đổi, %3 không đổi</translation>
    </message>
</context>
<context>
    <name>PlanHeaderDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/plan_dialogs.py" line="-147"/>
        <source>Plan information</source>
        <translation>Thông tin kế hoạch</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Number/symbol:</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of issue:</source>
        <translation>Nơi ban hành:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal bases (one per line):</source>
        <translation>Căn cứ (mỗi dòng một căn cứ):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements:</source>
        <translation>Yêu cầu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority (TM./KT./Q./TL./TUQ.) and body:</source>
        <translation>Thẩm quyền ký (TM./KT./Q./TL./TUQ.) và cơ quan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the head (after KT.):</source>
        <translation>Chức vụ người đứng đầu (sau KT.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients (one per line, last «Lưu: VT, …»):</source>
        <translation>Nơi nhận (mỗi dòng một nơi, dòng cuối «Lưu: VT, …»):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The last recipient line must be «Lưu: VT, …» (the archive copy).</source>
        <translation>Dòng cuối của nơi nhận phải là «Lưu: VT, …» (bản lưu).</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/plans_model.py" line="+48"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation task</source>
        <translation>Nội dung khắc phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points lost</source>
        <translation>Điểm bị trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead office</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner offices</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the deduction:</source>
        <translation>Lý do bị trừ điểm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected output:</source>
        <translation>Kết quả/sản phẩm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to change the status</source>
        <translation>Nhấp đúp để đổi tình trạng</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/plans_tab.py" line="+68"/>
        <source>(no number)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1 (year %2) — %3 — %4 tasks</source>
        <translation>Kế hoạch %1 (năm %2) — %3 — %4 nhiệm vụ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no remediation plan yet.</source>
        <translation>%1 chưa có kế hoạch khắc phục.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 tasks, %2 done</source>
        <translation>%1 nhiệm vụ, %2 đã hoàn thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue ⚠</source>
        <translation>%1 quá hạn ⚠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>double-click a cell to change it, or use the editor on the right</source>
        <translation>bấm đúp vào ô để sửa, hoặc sửa ở khung bên phải</translation>
    </message>
    <message>
        <source>double-click a status to change it</source>
        <translation type="vanished">nhấp đúp vào tình trạng để thay đổi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not be done</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why could task %1 not be done?</source>
        <translation>Vì sao nhiệm vụ %1 không thực hiện được?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status not changed: a reason is required.</source>
        <translation>Chưa đổi tình trạng: cần ghi rõ lý do.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.ui" line="+10"/>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/import_wizard.py" line="+20"/>
        <source>What the import would change</source>
        <translation>Những gì sẽ thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet.</source>
        <translation>Chưa có gì được ghi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units not in the directory — tick to add them as new units:</source>
        <translation>Đơn vị chưa có trong danh mục — đánh dấu để thêm đơn vị mới:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy with the errors marked…</source>
        <translation>Lưu bản có đánh dấu lỗi…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 unit(s): %2 score(s) created, %3 updated, %4 unchanged.</source>
        <translation>%1 đơn vị: %2 điểm tạo mới, %3 cập nhật, %4 không đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook cannot be imported: %1 error(s).</source>
        <translation>Không thể nhập bảng tính này: %1 lỗi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save a copy with the errors marked</source>
        <translation>Lưu bản có đánh dấu lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Bảng tính (*.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import scores</source>
        <translation>Nhập bảng điểm</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/plan_task_editor.py" line="+211"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done:</source>
        <translation>Kết quả thực hiện:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file:</source>
        <translation>Tệp minh chứng:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record progress for this period</source>
        <translation>Ghi tiến độ kỳ này</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Evidence file</source>
        <translation>Tệp minh chứng</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/ranking_model.py" line="-37"/>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index %</source>
        <translation>Chỉ số %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/report_preview.py" line="+40"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Word (.docx)…</source>
        <translation>Lưu Word (.docx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder where the last document was saved</source>
        <translation>Mở thư mục đã lưu tài liệu lần gần nhất</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Creating the document…</source>
        <translation>Đang tạo tài liệu…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 pages</source>
        <translation>%1: %2 trang</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Word document</source>
        <translation>Lưu tài liệu Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the document…</source>
        <translation>Đang lưu tài liệu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent %1 pages to the printer</source>
        <translation>Đã gửi %1 trang tới máy in</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/reports_tab.py" line="+37"/>
        <source>Remediation plan with appendices</source>
        <translation>Kế hoạch khắc phục kèm phụ lục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan as issued (letterhead, bases, tasks, signature, recipients) followed by its appendices: points lost and the remediation tasks.</source>
        <translation>Kế hoạch như khi ban hành (tiêu đề, căn cứ, nhiệm vụ, chữ ký, nơi nhận) kèm các phụ lục: điểm bị trừ và nhiệm vụ khắc phục.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendix of points lost</source>
        <translation>Phụ lục điểm bị trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every criterion where points were lost: maximum, score achieved, points lost and the province&apos;s reason.</source>
        <translation>Mọi tiêu chí bị trừ điểm: điểm tối đa, điểm đạt được, điểm bị trừ và lý do của tỉnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring result sheet</source>
        <translation>Phiếu kết quả chấm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One unit&apos;s results: fields, deductions, rank, comparison with the previous year and a chart.</source>
        <translation>Kết quả của một đơn vị: các lĩnh vực, điểm bị trừ, xếp hạng, so sánh với năm trước và biểu đồ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress report (quarter / 6 months / 9 months / year)</source>
        <translation>Báo cáo tiến độ (quý / 6 tháng / 9 tháng / năm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The periodic report on the plan&apos;s tasks: done, in progress, overdue, with the results of each task in the period.</source>
        <translation>Báo cáo định kỳ về các nhiệm vụ của kế hoạch: đã hoàn thành, đang thực hiện, quá hạn, kèm kết quả từng nhiệm vụ trong kỳ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking table</source>
        <translation>Bảng xếp hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All assessed units of the year ranked by their appraised totals, with index and band.</source>
        <translation>Các đơn vị được đánh giá trong năm, xếp hạng theo tổng điểm thẩm định, kèm chỉ số và xếp loại.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1: no remediation plan yet</source>
        <translation>%1: chưa có kế hoạch khắc phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — plan %2 (year %3)</source>
        <translation>%1 — kế hoạch %2 (năm %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all units — year %1</source>
        <translation>tất cả đơn vị — năm %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — year %2</source>
        <translation>%1 — năm %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applies to: %1</source>
        <translation>Áp dụng cho: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The print preview of this document comes in a later version.</source>
        <translation>Xem trước bản in của văn bản này sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its page layout exists; the preview is not connected yet.</source>
        <translation>Mẫu trình bày đã có; chức năng xem trước chưa được kết nối.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This unit has no remediation plan to print.</source>
        <translation>Đơn vị này chưa có kế hoạch khắc phục để in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the PDF and show it</source>
        <translation>Tạo tệp PDF và hiển thị</translation>
    </message>
    <message>
        <source>Creating the document…</source>
        <translation type="vanished">Đang tạo văn bản…</translation>
    </message>
    <message>
        <source>%1: %2 pages</source>
        <translation type="vanished">%1: %2 trang</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports_tab.ui" line="+37"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/restore_backup.py" line="+39"/>
        <source>Restored from %1</source>
        <translation>Đã khôi phục từ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+51"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The current database is kept as a backup before it is replaced.</source>
        <translation>Cơ sở dữ liệu hiện tại được giữ lại thành một bản sao lưu trước khi bị thay thế.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCHC backups (*.zip *.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu CCHC (*.zip *.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the current database with the backup «%1»? Changes made after this backup will be lost (a copy of the current database is kept in the sao-luu folder).</source>
        <translation>Thay cơ sở dữ liệu hiện tại bằng bản sao lưu «%1»? Các thay đổi sau thời điểm sao lưu này sẽ mất (một bản của cơ sở dữ liệu hiện tại được giữ trong thư mục sao-luu).</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/import_wizard.py" line="+10"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: %1 score(s) created, %2 updated, %3 unchanged, %4 warning(s). File → Undo last import takes it back.</source>
        <translation>Đã nhập: %1 điểm tạo mới, %2 cập nhật, %3 không đổi, %4 cảnh báo. Có thể hoàn tác bằng Tệp → Hoàn tác lần nhập điểm gần nhất.</translation>
    </message>
</context>
<context>
    <name>ScoreCharts</name>
    <message>
        <location filename="../../cchc_desktop/gui/widgets/score_charts.py" line="+38"/>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year over year</source>
        <translation>Qua các năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self vs appraised</source>
        <translation>Tự chấm và thẩm định</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Appraised points by field and maximum</source>
        <translation>Điểm thẩm định theo lĩnh vực so với điểm tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+46"/>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Self-assessed vs appraised points by field</source>
        <translation>Điểm tự chấm và điểm thẩm định theo lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Totals year over year</source>
        <translation>Tổng điểm qua các năm</translation>
    </message>
</context>
<context>
    <name>ScoreCommands</name>
    <message>
        <location filename="../../cchc_desktop/gui/score_commands.py" line="+21"/>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>explanation</source>
        <translation>giải trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1 of %2</source>
        <translation>Sửa %1 của %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach %1 to %2</source>
        <translation>Đính kèm %1 vào %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove %1 from %2</source>
        <translation>Gỡ %1 khỏi %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unlock the assessment</source>
        <translation>Mở khóa bản đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the self-assessment</source>
        <translation>Khóa phần tự chấm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
</context>
<context>
    <name>ScoresClipboard</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/scores_clipboard.py" line="+50"/>
        <source>Paste scores into the Self, Appraised or Survey column.</source>
        <translation>Hãy dán điểm vào cột Tự chấm, Thẩm định hoặc ĐTXHH.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Paste %n scores</source>
        <translation>
            <numerusform>Dán %n điểm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/scores_model.py" line="+58"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>ĐTXHH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Bị trừ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Double-click or type to change; Enter moves down, Ctrl+Z undoes.</source>
        <translation>Nhấp đúp hoặc gõ để sửa; Enter chuyển xuống dòng dưới, Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Explanation:</source>
        <translation>Giải trình:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Maximum %1 points</source>
        <translation>Tối đa %1 điểm</translation>
    </message>
    <message>
        <location filename="../../cchc_desktop/gui/models/score_editing.py" line="+28"/>
        <source>Subtotal of the criteria below: change their scores instead.</source>
        <translation>Tổng của các tiêu chí bên dưới: hãy sửa điểm của từng tiêu chí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey points exist only for survey criteria (ĐTXHH).</source>
        <translation>Chỉ tiêu chí điều tra xã hội học (ĐTXHH) mới có điểm ĐTXHH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey criteria are scored by the province&apos;s survey, not by the unit.</source>
        <translation>Tiêu chí ĐTXHH do tỉnh điều tra xã hội học, đơn vị không tự chấm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assessment is locked (%1): unlock it before changing scores.</source>
        <translation>Bản đánh giá đang khóa (%1): hãy mở khóa trước khi sửa điểm.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>«%1» is not a number of points (write e.g. 0,5).</source>
        <translation>«%1» không phải là số điểm (ví dụ: 0,5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points have at most 3 decimals.</source>
        <translation>Điểm có tối đa 3 chữ số thập phân.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points cannot be negative.</source>
        <translation>Điểm không được âm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is above the maximum of %2 points for criterion %3.</source>
        <translation>%1 vượt điểm tối đa %2 của tiêu chí %3.</translation>
    </message>
</context>
<context>
    <name>ScoresPanels</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/scores_panels.py" line="+125"/>
        <source>Find a criterion by code or name (accents optional)…</source>
        <translation>Tìm tiêu chí theo mã hoặc tên (gõ không dấu cũng được)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock self-assessment</source>
        <translation>Khóa tự chấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock…</source>
        <translation>Mở khóa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessed scores become read-only until unlocked.</source>
        <translation>Điểm tự chấm chỉ được xem cho đến khi mở khóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the assessment for editing; the reason is kept in the audit log.</source>
        <translation>Mở lại bản đánh giá để sửa; lý do được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points to recover</source>
        <translation>Điểm có thể cải thiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n criteria found</source>
        <translation>
            <numerusform>Tìm thấy %n tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock the assessment</source>
        <translation>Mở khóa bản đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for unlocking (kept in the audit log):</source>
        <translation>Lý do mở khóa (được ghi vào nhật ký):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Assessment: %1 → %2</source>
        <translation>Bản đánh giá: %1 → %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only the province (or its Department of Home Affairs) appraises other units.</source>
        <translation>Chỉ tỉnh (hoặc Sở Nội vụ) mới thẩm định đơn vị khác.</translation>
    </message>
    <message>
        <source>Paste scores into the Self, Appraised or Survey column.</source>
        <translation type="vanished">Hãy dán điểm vào cột Tự chấm, Thẩm định hoặc ĐTXHH.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n scores</source>
        <translation type="vanished">
            <numerusform>Dán %n điểm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/scores_tab.py" line="+82"/>
        <source>Choose a unit and a year.</source>
        <translation>Hãy chọn đơn vị và năm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the unit to look at in the «Unit» box above.</source>
        <translation>Chọn đơn vị cần xem ở ô «Đơn vị» phía trên.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — year %2 — %3 — state: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — năm %2 — %3 — trạng thái: %4</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+50"/>
        <source>%1 / %2 points</source>
        <translation>%1 / %2 điểm</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>%1 of %2 units lost points</source>
        <translation>%1/%2 đơn vị bị trừ điểm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Average of the %1 assessed units&lt;/b&gt; — year %2 — %3</source>
        <translation>&lt;b&gt;Trung bình của %1 đơn vị được đánh giá&lt;/b&gt; — năm %2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 units</source>
        <translation>%1 đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To open a unit, choose it in the «Unit» box above or double-click it in the Ranking tab below.</source>
        <translation>Để mở một đơn vị, chọn ở ô «Đơn vị» phía trên hoặc nhấp đúp vào đơn vị đó ở thẻ Xếp hạng bên dưới.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>not published</source>
        <translation>chưa công bố</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>computed %1%2</source>
        <translation>tính lại %1%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data</source>
        <translation>chưa có dữ liệu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This assessment is published and locked: scores are shown read-only.</source>
        <translation>Kết quả đã công bố và đã khóa: điểm chỉ để xem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-assessment is locked (%1); appraised scores can still be entered.</source>
        <translation>Điểm tự chấm đã khóa (%1); vẫn nhập được điểm thẩm định.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type into the Self and Appraised columns: 0,5 or 0.5; Enter moves down; Ctrl+Z undoes.</source>
        <translation>Gõ điểm vào cột Tự chấm và Thẩm định: 0,5 hoặc 0.5; Enter chuyển xuống dòng dưới; Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../ui/scores_tab.ui" line="+16"/>
        <source>Appraised total</source>
        <translation>Tổng điểm thẩm định</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous year</source>
        <translation>Năm trước</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/dialogs/exchange_send.py" line="+53"/>
        <source>Send data</source>
        <translation>Gửi dữ liệu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — our other computers</source>
        <translation>%1 — các máy khác của đơn vị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone (*)</source>
        <translation>Mọi đơn vị (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our changes (update)</source>
        <translation>Dữ liệu thay đổi của đơn vị (cập nhật)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraisal</source>
        <translation>Kết quả thẩm định</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published results</source>
        <translation>Kết quả công bố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what changed since the last acknowledged package</source>
        <translation>Chỉ gửi phần thay đổi từ gói gần nhất đã có biên nhận</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>USB: %1</source>
        <translation>USB: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other folder…</source>
        <translation>Thư mục khác…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recipient:</source>
        <translation>Gửi đến:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to:</source>
        <translation>Lưu vào:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save package</source>
        <translation>Lưu gói</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by e-mail…</source>
        <translation>Gửi qua e-mail…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the package in</source>
        <translation>Lưu gói vào thư mục</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package no. %1 to %2: %3.</source>
        <translation>Gói số %1 gửi %2: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only records changed since the last package they acknowledged (or, if none, the last one sent); evidence files they already have are not sent again.</source>
        <translation>Chỉ các bản ghi thay đổi từ gói gần nhất họ đã gửi biên nhận (nếu chưa có thì từ gói gửi gần nhất); tệp minh chứng họ đã có không gửi lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All records of this kind.</source>
        <translation>Toàn bộ bản ghi loại này.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Package saved: %1 (%2 records).</source>
        <translation>Đã lưu gói: %1 (%2 bản ghi).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CCHC data package no. %1</source>
        <translation>Gói dữ liệu CCHC số %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please find attached the CCHC data package %1. Import it with CCHC Desktop (File → Data exchange → Receive data).</source>
        <translation>Xin gửi kèm gói dữ liệu CCHC %1. Hãy nhận gói bằng CCHC Desktop (Tệp → Trao đổi dữ liệu → Nhận dữ liệu).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your mail program has been opened with the package %1 attached. Add the recipient&apos;s address and send the message.</source>
        <translation>Chương trình thư đã mở với gói %1 được đính kèm. Hãy nhập địa chỉ người nhận rồi gửi thư.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your mail program has been opened and the folder with the package shown: attach %1 to the message.</source>
        <translation>Chương trình thư đã được mở và thư mục chứa gói đã được hiển thị: hãy đính kèm tệp %1 vào thư.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cchc_desktop/gui/settings_dialog.py" line="+28"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no key yet)</source>
        <translation>(chưa có khóa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (portable: beside the program)</source>
        <translation>%1 (bản di động: cạnh chương trình)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit code:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key fingerprint:</source>
        <translation>Dấu vân tay khóa ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/criteria_editor_panel.py" line="+99"/>
        <source>Selected criterion</source>
        <translation>Tiêu chí đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring guidance:</source>
        <translation>Hướng dẫn chấm điểm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence required:</source>
        <translation>Tài liệu kiểm chứng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save guidance and evidence</source>
        <translation>Lưu hướng dẫn và tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision no.:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision date:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared total:</source>
        <translation>Tổng điểm công bố:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save set details</source>
        <translation>Lưu thông tin bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No criterion selected.</source>
        <translation>Chưa chọn tiêu chí.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The declared total must be a number of points.</source>
        <translation>Tổng điểm công bố phải là số.</translation>
    </message>
</context>
<context>
    <name>SignerForm</name>
    <message>
        <location filename="../../cchc_desktop/gui/widgets/signer_form.py" line="+22"/>
        <source>Signature and number</source>
        <translation>Chữ ký và số văn bản</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dated</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Update preview</source>
        <translation>Cập nhật bản xem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values of the plan</source>
        <translation>Lấy lại theo kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the signer, date and number stored in the plan</source>
        <translation>Trở về người ký, ngày và số đã lưu trong kế hoạch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signer&apos;s name</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On behalf of (TM.)</source>
        <translation>Thay mặt (TM.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title line 1</source>
        <translation>Chức danh dòng 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Số văn bản</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <location filename="../../cchc_desktop/gui/startup_check.py" line="+45"/>
        <source>What to do:</source>
        <translation>Cách xử lý:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore the latest backup</source>
        <translation>Khôi phục bản sao lưu gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored from %1</source>
        <translation>Đã khôi phục từ %1</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../cchc_desktop/gui/tasks.py" line="+68"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/plan_task_editor.py" line="-218"/>
        <source>→ not understood (kept as typed)</source>
        <translation>→ chưa hiểu (giữ nguyên như đã gõ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ continuous, no due date</source>
        <translation>→ thường xuyên, không có hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ recurring (%1)</source>
        <translation>→ định kỳ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ due %1</source>
        <translation>→ hạn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ no due date</source>
        <translation>→ không có hạn</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead offices:</source>
        <translation>Cơ quan chủ trì:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner offices:</source>
        <translation>Cơ quan phối hợp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline (as written):</source>
        <translation>Thời hạn (ghi như văn bản):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected output:</source>
        <translation>Sản phẩm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason it could not be done:</source>
        <translation>Lý do không thực hiện được:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply changes to the task</source>
        <translation>Lưu thay đổi của nhiệm vụ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Task %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nhiệm vụ %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a task in the table to edit it here.</source>
        <translation>Chọn một nhiệm vụ trong bảng để sửa tại đây.</translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/plan_views_model.py" line="+15"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this month</source>
        <translation>Đến hạn trong tháng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead office</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>Tình hình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Đến hạn ngày</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Code</source>
        <translation type="obsolete">Mã</translation>
    </message>
    <message>
        <source>Survey (ĐTXHH)</source>
        <translation type="obsolete">ĐTXHH</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="obsolete">Lý do</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../cchc_desktop/gui/help.py" line="+5"/>
        <source>User &amp;guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
</context>
</TS>
