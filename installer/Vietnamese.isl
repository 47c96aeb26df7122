; Vietnamese messages for Inno Setup 6 (Inno ships no official Vietnamese translation).
; Written for CCHC Desktop: the messages its wizard and uninstaller show. Messages not listed
; here fall back to English (ISCC warns about them). UTF-8 with BOM, as Inno Setup 6 requires.

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=0

[Messages]
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1

InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

SetupLdrStartupMessage=Chương trình sẽ cài đặt %1. Bạn có muốn tiếp tục không?
LdrCannotCreateTemp=Không tạo được tệp tạm. Việc cài đặt bị hủy
LdrCannotExecTemp=Không chạy được tệp trong thư mục tạm. Việc cài đặt bị hủy
SetupFileMissing=Thiếu tệp %1 trong thư mục cài đặt. Hãy khắc phục hoặc lấy bản cài đặt mới.
SetupFileCorrupt=Tệp cài đặt bị hỏng. Hãy lấy bản cài đặt mới.
WindowsVersionNotSupported=Chương trình này không chạy được trên phiên bản Windows của máy bạn.
OnlyOnTheseArchitectures=Chương trình này chỉ cài được trên Windows cho các kiến trúc bộ xử lý sau:%n%n%1
SetupAppRunningError=Chương trình cài đặt thấy %1 đang chạy.%n%nHãy đóng tất cả cửa sổ của nó rồi bấm OK để tiếp tục, hoặc Hủy để thoát.
UninstallAppRunningError=Chương trình gỡ cài đặt thấy %1 đang chạy.%n%nHãy đóng tất cả cửa sổ của nó rồi bấm OK để tiếp tục, hoặc Hủy để thoát.

ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại chương trình cài đặt vào lúc khác.%n%nThoát cài đặt?

ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=Đồng ý
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có cho &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông cho tất cả
ButtonFinish=&Hoàn tất
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=Tạo thư &mục mới

SelectLanguageTitle=Chọn ngôn ngữ cài đặt
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt.

ClickNext=Bấm Tiếp để tiếp tục, hoặc Hủy để thoát cài đặt.
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách rồi bấm Đồng ý.
NewFolderName=Thư mục mới

WelcomeLabel1=Chào mừng bạn đến với trình cài đặt [name]
WelcomeLabel2=Chương trình sẽ cài [name/ver] vào máy tính của bạn.%n%nNên đóng các chương trình khác trước khi tiếp tục.

WizardSelectDir=Chọn nơi cài đặt
SelectDirDesc=[name] sẽ được cài vào đâu?
SelectDirLabel3=[name] sẽ được cài vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
DiskSpaceGBLabel=Cần ít nhất [gb] GB dung lượng đĩa trống.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng đĩa trống.
CannotInstallToNetworkDrive=Không cài được vào ổ đĩa mạng.
CannotInstallToUNCPath=Không cài được vào đường dẫn UNC.
InvalidPath=Hãy nhập đường dẫn đầy đủ có tên ổ đĩa, ví dụ:%n%nC:\APP
InvalidDrive=Ổ đĩa hoặc thư mục chia sẻ đã chọn không tồn tại hoặc không truy cập được. Hãy chọn chỗ khác.
DiskSpaceWarningTitle=Không đủ dung lượng đĩa
DiskSpaceWarning=Cần ít nhất %1 KB dung lượng trống, nhưng ổ đã chọn chỉ còn %2 KB.%n%nVẫn tiếp tục?
DirNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidDirName=Tên thư mục không hợp lệ.
BadDirName32=Tên thư mục không được chứa các ký tự sau:%n%n%1
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có. Vẫn cài vào thư mục này?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Tạo thư mục này?

WizardSelectTasks=Chọn thêm việc cần làm
SelectTasksDesc=Cần làm thêm những việc gì?
SelectTasksLabel2=Chọn các việc cần làm thêm khi cài [name], rồi bấm Tiếp.

WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Đã sẵn sàng cài [name] vào máy tính của bạn.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại hay thay đổi lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Thư mục cài đặt:
ReadyMemoGroup=Thư mục trong menu Start:
ReadyMemoTasks=Việc làm thêm:

WizardPreparing=Đang chuẩn bị cài đặt
PreparingDesc=Đang chuẩn bị cài [name] vào máy tính của bạn.
ApplicationsFound=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng.
ApplicationsFound2=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng. Cài xong, trình cài đặt sẽ thử mở lại chúng.
CloseApplications=&Tự động đóng các chương trình
DontCloseApplications=&Không đóng các chương trình

WizardInstalling=Đang cài đặt
InstallingLabel=Xin chờ trong khi [name] được cài vào máy tính của bạn.

FinishedHeadingLabel=Đã cài xong [name]
FinishedLabelNoIcons=[name] đã được cài vào máy tính của bạn.
FinishedLabel=[name] đã được cài vào máy tính của bạn. Có thể mở chương trình bằng biểu tượng vừa tạo.
ClickFinish=Bấm Hoàn tất để đóng trình cài đặt.
FinishedRestartLabel=Để cài xong [name], cần khởi động lại máy. Khởi động lại ngay?
YesRadio=&Có, khởi động lại ngay
NoRadio=&Không, tôi sẽ khởi động lại sau
RunEntryExec=Mở %1
RunEntryShellExec=Xem %1

SetupAborted=Việc cài đặt chưa xong.%n%nHãy khắc phục sự cố rồi chạy lại chương trình cài đặt.
AbortRetryIgnoreSelectAction=Chọn cách xử lý
AbortRetryIgnoreRetry=&Thử lại
AbortRetryIgnoreIgnore=&Bỏ qua lỗi và tiếp tục
AbortRetryIgnoreCancel=Hủy cài đặt

StatusClosingApplications=Đang đóng các chương trình...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang chép tệp...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateIniEntries=Đang ghi tệp INI...
StatusCreateRegistryEntries=Đang ghi sổ đăng ký...
StatusRegisterFiles=Đang đăng ký tệp...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất cài đặt...
StatusRestartingApplications=Đang mở lại các chương trình...
StatusRollback=Đang hoàn tác các thay đổi...

ErrorInternal2=Lỗi nội bộ: %1
ErrorFunctionFailedNoCode=%1 thất bại
ErrorFunctionFailed=%1 thất bại; mã %2
ErrorFunctionFailedWithMessage=%1 thất bại; mã %2.%n%3
ErrorExecutingProgram=Không chạy được tệp:%n%1
ErrorCreatingDir=Không tạo được thư mục "%1"
ErrorTooManyFilesInDir=Không tạo được tệp trong thư mục "%1" vì thư mục có quá nhiều tệp
ErrorReadingExistingDest=Lỗi khi đọc tệp đã có:
FileExists2=Tệp đã có.
ExistingFileNewer2=Tệp đã có mới hơn tệp sắp cài.
ErrorChangingAttr=Lỗi khi đổi thuộc tính của tệp đã có:
ErrorCreatingTemp=Lỗi khi tạo tệp trong thư mục cài đặt:
ErrorReadingSource=Lỗi khi đọc tệp nguồn:
ErrorCopying=Lỗi khi chép tệp:
ErrorReplacingExistingFile=Lỗi khi thay tệp đã có:
ErrorRestartReplace=Lỗi khi hẹn thay tệp lúc khởi động lại:
ErrorRenamingTemp=Lỗi khi đổi tên tệp trong thư mục cài đặt:
ErrorRegOpenKey=Lỗi khi mở khóa sổ đăng ký:%n%1\%2
ErrorRegCreateKey=Lỗi khi tạo khóa sổ đăng ký:%n%1\%2
ErrorRegWriteKey=Lỗi khi ghi khóa sổ đăng ký:%n%1\%2

UninstallNotFound=Không có tệp "%1". Không gỡ cài đặt được.
UninstallOpenError=Không mở được tệp "%1". Không gỡ cài đặt được
UninstallUnsupportedVer=Tệp nhật ký gỡ cài đặt "%1" có định dạng mà trình gỡ cài đặt này không đọc được. Không gỡ cài đặt được
UninstallUnknownEntry=Gặp mục lạ (%1) trong nhật ký gỡ cài đặt
ConfirmUninstall=Bạn có chắc muốn gỡ hoàn toàn %1 và các thành phần của nó không? (Dữ liệu của đơn vị được giữ lại.)
UninstallOnlyOnWin64=Chỉ gỡ được bản cài đặt này trên Windows 64 bit.
OnlyAdminCanUninstall=Chỉ người có quyền quản trị mới gỡ được bản cài đặt này.
UninstallStatusLabel=Xin chờ trong khi %1 được gỡ khỏi máy tính của bạn.
UninstalledAll=Đã gỡ xong %1 khỏi máy tính của bạn.
UninstalledMost=Đã gỡ xong %1.%n%nCó vài phần không gỡ được; bạn có thể tự xóa chúng.
UninstalledAndNeedsRestart=Để gỡ xong %1, cần khởi động lại máy.%n%nKhởi động lại ngay?
UninstallDataCorrupted=Tệp "%1" bị hỏng. Không gỡ cài đặt được
WizardUninstalling=Trạng thái gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

[CustomMessages]
NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt bổ sung:
CreateDesktopIcon=Tạo lối tắt trên &màn hình nền
CreateQuickLaunchIcon=Tạo lối tắt &Quick Launch
ProgramOnTheWeb=%1 trên mạng
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
AssocFileExtension=&Liên kết %1 với đuôi tệp %2
AssocingFileExtension=Đang liên kết %1 với đuôi tệp %2...
AutoStartProgramGroupDescription=Khởi động:
AutoStartProgram=Tự động mở %1
AddonHostProgramNotFound=Không tìm thấy %1 trong thư mục đã chọn.%n%nVẫn tiếp tục?
