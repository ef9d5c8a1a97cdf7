#include "openingdialogs.h"

#include "damagedfiledialog.h"
#include "salvagereportdialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Ui {

namespace {

QString nameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

// A message box sizes itself to its first line: the explanations below, which name a path and
// a process, would wrap every few words. (Qt names the label so; unstyled if that changes.)
void widen(QMessageBox &box)
{
    box.setStyleSheet(QStringLiteral("QLabel#qt_msgbox_informativelabel { min-width: 440px; }"));
}

} // namespace

OpeningPrompts::DamagedChoice OpeningDialogs::askDamaged(const QString &path,
    const QString &problem, const std::optional<Core::BackupFolder::Backup> &backup)
{
    DamagedFileDialog dialog(path, problem, backup);
    dialog.exec();
    return dialog.choice();
}

bool OpeningDialogs::askRetry(const QString &path, const QString &problem)
{
    QMessageBox box(QMessageBox::Warning, QApplication::applicationDisplayName(),
        tr("%1 is busy").arg(nameOf(path)), QMessageBox::Retry | QMessageBox::Cancel);
    box.setInformativeText(problem);
    box.setDefaultButton(QMessageBox::Retry);
    widen(box);
    return box.exec() == QMessageBox::Retry;
}

bool OpeningDialogs::askReadOnly(const QString &path, const QString &problem)
{
    QMessageBox box(QMessageBox::Question, QApplication::applicationDisplayName(),
        tr("%1 cannot be opened for writing").arg(nameOf(path)));
    box.setInformativeText(problem + QStringLiteral("\n\n")
        + tr("You can open it read-only: everything can be read, printed and exported, and nothing "
             "can be changed."));
    QPushButton *readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(readOnly);
    widen(box);
    box.exec();
    return box.clickedButton() == readOnly;
}

void OpeningDialogs::showSalvageReport(
    const QString &path, const QString &quarantinedPath, const Core::Salvage::Report &report)
{
    SalvageReportDialog(path, quarantinedPath, report).exec();
}

void OpeningDialogs::warn(const QString &text)
{
    QMessageBox::warning(nullptr, QApplication::applicationDisplayName(), text);
}

void OpeningDialogs::showError(const QString &text)
{
    QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), text);
}

} // namespace Ui
