#include "damagedfiledialog.h"

#include "backuplistmodel.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Ui {

DamagedFileDialog::DamagedFileDialog(const QString &path, const QString &problem,
    const std::optional<Core::BackupFolder::Backup> &backup, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("damagedFileDialog"));
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 is damaged").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("%1 is damaged").arg(name), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *details = new QLabel(
        tr("%1\n\nEither way below, the damaged file is first moved aside to %2: nothing is "
           "deleted, and it can still be sent to someone for a closer look.")
            .arg(problem, QDir::toNativeSeparators(path + QStringLiteral(".corrupt"))),
        this);
    details->setObjectName(QStringLiteral("problemLabel"));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(details);
    layout->addSpacing(8);
    QCommandLinkButton *restore = addChoice(QStringLiteral("restoreBackupButton"),
        backup ? tr("Restore the backup of %1").arg(BackupListModel::takenAtText(*backup))
               : tr("Restore a backup"),
        backup ? tr("The unit as it was then. Changes made since are not in it.")
               : tr("No backup of this unit passes its checks."),
        OpeningPrompts::DamagedChoice::RestoreBackup);
    restore->setEnabled(backup.has_value());
    addChoice(QStringLiteral("salvageButton"), tr("Salvage what can still be read"),
        tr("Copies every row that can be read into a new %1, then lists what was lost.").arg(name),
        OpeningPrompts::DamagedChoice::Salvage);
    addChoice(QStringLiteral("quitButton"), tr("Quit"),
        tr("Leaves the file exactly as it is, to ask for help first."),
        OpeningPrompts::DamagedChoice::Quit);
    (backup ? restore : findChild<QCommandLinkButton *>(QStringLiteral("salvageButton")))
        ->setFocus();
    setMinimumWidth(640);
}

QCommandLinkButton *DamagedFileDialog::addChoice(const QString &name, const QString &text,
    const QString &description, OpeningPrompts::DamagedChoice choice)
{
    auto *button = new QCommandLinkButton(text, description, this);
    button->setObjectName(name);
    layout()->addWidget(button);
    connect(button, &QCommandLinkButton::clicked, this, [this, choice] {
        m_choice = choice;
        if (choice == OpeningPrompts::DamagedChoice::Quit)
            reject();
        else
            accept();
    });
    return button;
}

} // namespace Ui
