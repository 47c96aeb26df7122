<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>Commands</name>
    <message>
        <location filename="../../cchc_desktop/gui/commands.py" line="+86" />
        <source>self-assessed score</source>
        <translation>điểm tự chấm</translation>
    </message>
    <message>
        <location line="+0" />
        <source>appraised score</source>
        <translation>điểm thẩm định</translation>
    </message>
    <message>
        <location line="+1" />
        <source>survey score</source>
        <translation>điểm ĐTXHH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change %1 of %2: %3 → %4</source>
        <translation>Sửa %1 tiêu chí %2: %3 → %4</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Change status of task %1: %2 → %3</source>
        <translation>Đổi tình trạng nhiệm vụ %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/criteria_model.py" line="+13" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Criterion</source>
        <translation>Tên tiêu chí</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Max points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>CriteriaTab</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/criteria_tab.py" line="+30" />
        <source>No criteria set: choose a year.</source>
        <translation>Chưa có bộ tiêu chí: hãy chọn năm.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>no decision number</source>
        <translation>chưa có số quyết định</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;%1&lt;/b&gt; — year %2, decision %3 — total maximum &lt;b&gt;%4&lt;/b&gt; points</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — năm %2, quyết định %3 — tổng điểm tối đa &lt;b&gt;%4&lt;/b&gt; điểm</translation>
    </message>
    <message>
        <location line="+8" />
        <source>criterion %1: maximum %2 but its sub-criteria add up to %3</source>
        <translation>tiêu chí %1: điểm tối đa %2 nhưng các tiêu chí thành phần cộng lại %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the decision declares %1 points, the criteria add up to %2</source>
        <translation>quyết định ghi %1 điểm, các tiêu chí cộng lại %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source> (and %1 more)</source>
        <translation> (và %1 lỗi khác)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check: </source>
        <translation>Cần kiểm tra: </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Valid: every parent equals the sum of its sub-criteria.</source>
        <translation>Hợp lệ: điểm tối đa của mỗi tiêu chí bằng tổng các tiêu chí thành phần.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cchc_desktop/gui/labels.py" line="+9" />
        <source>Scored</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Survey (ĐTXHH)</source>
        <translation>ĐTXHH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bonus points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Penalty points</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not be done</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fairly good</source>
        <translation>Khá</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weak</source>
        <translation>Yếu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Draft</source>
        <translation>Đang soạn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Self-assessed (locked)</source>
        <translation>Đã tự đánh giá (đã khóa)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent to the province</source>
        <translation>Đã gửi tỉnh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returned for explanation</source>
        <translation>Trả lại để giải trình</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Explained</source>
        <translation>Đã giải trình</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Appraised</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cchc_desktop/gui/main_window.py" line="+220" />
        <location filename="../../ui/main_window.ui" line="+9" />
        <source>CCHC Desktop</source>
        <translation>CCHC Desktop</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Own unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Own unit: not set</source>
        <translation>Chưa chọn đơn vị của mình</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Demo data ready: %1 units, %2 criteria, %3 plans.</source>
        <translation>Đã tạo dữ liệu mẫu: %1 đơn vị, %2 tiêu chí, %3 kế hoạch.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Creating demo data…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The operation failed: %1</source>
        <translation>Thao tác không thành công: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CCHC databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu CCHC (*.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CCHC databases (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu CCHC (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Backup written to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;h3&gt;CCHC Desktop %1&lt;/h3&gt;&lt;p&gt;Managing the administrative reform index (Chỉ số CCHC) of communes, districts and departments: criteria, scores, remediation plans and reports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Works completely without a network.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Documents are printed with the Liberation Serif font, licensed under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CCHC Desktop %1&lt;/h3&gt;&lt;p&gt;Quản lý Chỉ số cải cách hành chính (Chỉ số CCHC) của xã, huyện, sở: bộ tiêu chí, chấm điểm, kế hoạch khắc phục và báo cáo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hoạt động hoàn toàn không cần mạng.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Văn bản được in bằng phông chữ Liberation Serif, cấp phép theo SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8" />
        <source>About CCHC Desktop</source>
        <translation>Giới thiệu CCHC Desktop</translation>
    </message>
    <message>
        <location line="+17" />
        <location filename="../../ui/main_window.ui" line="+135" />
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../ui/main_window.ui" line="+4" />
        <source>Scoring</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remediation plan</source>
        <translation>Kế hoạch khắc phục</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../ui/main_window.ui" line="+8" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CCHC Desktop — administrative reform index</source>
        <translation>CCHC Desktop — Chỉ số cải cách hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-128" />
        <source>No data yet — File → Create demo data</source>
        <translation>Chưa có dữ liệu — Tệp → Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This database has no units yet. Create the demo data (the seed plans and scores of Tuy Đức district) to look around, or open another database.</source>
        <translation>Cơ sở dữ liệu này chưa có đơn vị nào. Hãy tạo dữ liệu mẫu (kế hoạch và điểm của huyện Tuy Đức trong các văn bản gốc) để xem thử, hoặc mở một cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+82" />
        <source>Create demo data</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <location line="-77" />
        <location line="+80" />
        <source>Open database…</source>
        <translation>Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="-44" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unit and year</source>
        <translation>Đơn vị và năm</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back up…</source>
        <translation>Sao lưu…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remediation plans</source>
        <translation>Kế hoạch khắc phục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+11" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../cchc_desktop/gui/widgets/pdf_preview.py" line="+28" />
        <source>Open in PDF viewer</source>
        <translation>Mở bằng trình xem PDF</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not save: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/plans_model.py" line="+29" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remediation task</source>
        <translation>Nội dung khắc phục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points lost</source>
        <translation>Điểm bị trừ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lead office</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partner offices</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reason for the deduction:</source>
        <translation>Lý do bị trừ điểm:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expected output:</source>
        <translation>Kết quả/sản phẩm:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Double-click to change the status</source>
        <translation>Nhấp đúp để đổi tình trạng</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/plans_tab.py" line="+61" />
        <source>(no number)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan %1 (year %2) — %3 — %4 tasks</source>
        <translation>Kế hoạch %1 (năm %2) — %3 — %4 nhiệm vụ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 has no remediation plan yet.</source>
        <translation>%1 chưa có kế hoạch khắc phục.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 tasks, %2 done</source>
        <translation>%1 nhiệm vụ, %2 đã hoàn thành</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 overdue ⚠</source>
        <translation>%1 quá hạn ⚠</translation>
    </message>
    <message>
        <location line="+2" />
        <source>double-click a status to change it</source>
        <translation>nhấp đúp vào tình trạng để thay đổi</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Could not be done</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why could task %1 not be done?</source>
        <translation>Vì sao nhiệm vụ %1 không thực hiện được?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status not changed: a reason is required.</source>
        <translation>Chưa đổi tình trạng: cần ghi rõ lý do.</translation>
    </message>
    <message>
        <location filename="../../ui/plans_tab.ui" line="+10" />
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/reports_tab.py" line="+37" />
        <source>Remediation plan with appendices</source>
        <translation>Kế hoạch khắc phục kèm phụ lục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The plan as issued (letterhead, bases, tasks, signature, recipients) followed by its appendices: points lost and the remediation tasks.</source>
        <translation>Kế hoạch như khi ban hành (tiêu đề, căn cứ, nhiệm vụ, chữ ký, nơi nhận) kèm các phụ lục: điểm bị trừ và nhiệm vụ khắc phục.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Appendix of points lost</source>
        <translation>Phụ lục điểm bị trừ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every criterion where points were lost: maximum, score achieved, points lost and the province's reason.</source>
        <translation>Mọi tiêu chí bị trừ điểm: điểm tối đa, điểm đạt được, điểm bị trừ và lý do của tỉnh.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scoring result sheet</source>
        <translation>Phiếu kết quả chấm điểm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One unit's results: fields, deductions, rank, comparison with the previous year and a chart.</source>
        <translation>Kết quả của một đơn vị: các lĩnh vực, điểm bị trừ, xếp hạng, so sánh với năm trước và biểu đồ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress report (quarter / 6 months / 9 months / year)</source>
        <translation>Báo cáo tiến độ (quý / 6 tháng / 9 tháng / năm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The periodic report on the plan's tasks: done, in progress, overdue, with the results of each task in the period.</source>
        <translation>Báo cáo định kỳ về các nhiệm vụ của kế hoạch: đã hoàn thành, đang thực hiện, quá hạn, kèm kết quả từng nhiệm vụ trong kỳ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ranking table</source>
        <translation>Bảng xếp hạng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All assessed units of the year ranked by their appraised totals, with index and band.</source>
        <translation>Các đơn vị được đánh giá trong năm, xếp hạng theo tổng điểm thẩm định, kèm chỉ số và xếp loại.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <location line="+0" />
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+72" />
        <source>%1: no remediation plan yet</source>
        <translation>%1: chưa có kế hoạch khắc phục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — plan %2 (year %3)</source>
        <translation>%1 — kế hoạch %2 (năm %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>all units — year %1</source>
        <translation>tất cả đơn vị — năm %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — year %2</source>
        <translation>%1 — năm %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Applies to: %1</source>
        <translation>Áp dụng cho: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The print preview of this document comes in a later version.</source>
        <translation>Xem trước bản in của văn bản này sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its page layout exists; the preview is not connected yet.</source>
        <translation>Mẫu trình bày đã có; chức năng xem trước chưa được kết nối.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This unit has no remediation plan to print.</source>
        <translation>Đơn vị này chưa có kế hoạch khắc phục để in.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Create the PDF and show it</source>
        <translation>Tạo tệp PDF và hiển thị</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Creating the document…</source>
        <translation>Đang tạo văn bản…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: %2 pages</source>
        <translation>%1: %2 trang</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports_tab.ui" line="+37" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <location filename="../../cchc_desktop/gui/models/scores_model.py" line="+31" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Survey</source>
        <translation>ĐTXHH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lost</source>
        <translation>Bị trừ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Double-click or type to change; Enter moves down, Ctrl+Z undoes.</source>
        <translation>Nhấp đúp hoặc gõ để sửa; Enter chuyển xuống dòng dưới, Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Explanation:</source>
        <translation>Giải trình:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Maximum %1 points</source>
        <translation>Tối đa %1 điểm</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Subtotal of the criteria below: change their scores instead.</source>
        <translation>Tổng của các tiêu chí bên dưới: hãy sửa điểm của từng tiêu chí.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Survey points exist only for survey criteria (ĐTXHH).</source>
        <translation>Chỉ tiêu chí điều tra xã hội học (ĐTXHH) mới có điểm ĐTXHH.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Survey criteria are scored by the province's survey, not by the unit.</source>
        <translation>Tiêu chí ĐTXHH do tỉnh điều tra xã hội học, đơn vị không tự chấm.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The assessment is locked (%1): unlock it before changing scores.</source>
        <translation>Bản đánh giá đang khóa (%1): hãy mở khóa trước khi sửa điểm.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>«%1» is not a number of points (write e.g. 0,5).</source>
        <translation>«%1» không phải là số điểm (ví dụ: 0,5).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Points have at most 3 decimals.</source>
        <translation>Điểm có tối đa 3 chữ số thập phân.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Points cannot be negative.</source>
        <translation>Điểm không được âm.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is above the maximum of %2 points for criterion %3.</source>
        <translation>%1 vượt điểm tối đa %2 của tiêu chí %3.</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <location filename="../../cchc_desktop/gui/tabs/scores_tab.py" line="+51" />
        <source>Choose a unit and a year.</source>
        <translation>Hãy chọn đơn vị và năm.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>&lt;b&gt;%1&lt;/b&gt; — year %2 — %3 — state: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — năm %2 — %3 — trạng thái: %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 / %2 points</source>
        <translation>%1 / %2 điểm</translation>
    </message>
    <message>
        <location line="+11" />
        <source>not published</source>
        <translation>chưa công bố</translation>
    </message>
    <message>
        <location line="+8" />
        <source>computed %1%2</source>
        <translation>tính lại %1%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no data</source>
        <translation>chưa có dữ liệu</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This assessment is published and locked: scores are shown read-only.</source>
        <translation>Kết quả đã công bố và đã khóa: điểm chỉ để xem.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Self-assessment is locked (%1); appraised scores can still be entered.</source>
        <translation>Điểm tự chấm đã khóa (%1); vẫn nhập được điểm thẩm định.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type into the Self and Appraised columns: 0,5 or 0.5; Enter moves down; Ctrl+Z undoes.</source>
        <translation>Gõ điểm vào cột Tự chấm và Thẩm định: 0,5 hoặc 0.5; Enter chuyển xuống dòng dưới; Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../ui/scores_tab.ui" line="+16" />
        <source>Appraised total</source>
        <translation>Tổng điểm thẩm định</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Published</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Previous year</source>
        <translation>Năm trước</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../cchc_desktop/gui/tasks.py" line="+68" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
</TS>