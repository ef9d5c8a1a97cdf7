#include "salvagereportdialog.h"

#include "format.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Ui {

SalvageReportDialog::SalvageReportDialog(const QString &path, const QString &quarantinedPath,
    const Core::Salvage::Report &report, QWidget *parent)
    : QDialog(parent), m_tables(new QListWidget(this))
{
    setObjectName(QStringLiteral("salvageReportDialog"));
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 salvaged").arg(name));
    resize(720, 460);
    auto *heading = new QLabel(report.isComplete()
            ? tr("Every row of %1 could be read and was saved.").arg(name)
            : tr("%1 was salvaged, but some rows could not be read.").arg(name),
        this);
    heading->setFont(Format::heading());
    auto *where = new QLabel(
        tr("The unit now opens from %1. The damaged file is kept as %2.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(quarantinedPath)),
        this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tables->setObjectName(QStringLiteral("salvageTableList"));
    // A loss names the rows it lost at length; wrapped, it is read without scrolling sideways.
    m_tables->setWordWrap(true);
    m_tables->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tables->setSpacing(2);
    const QStringList lines = report.lines();
    // Losses first: they are what the user has to act on.
    for (const bool complete : { false, true }) {
        for (int table = 0; table < report.tables.size() && table < lines.size(); ++table) {
            if (report.tables.at(table).isComplete() != complete)
                continue;
            auto *item = new QListWidgetItem(lines.at(table), m_tables);
            item->setToolTip(lines.at(table));
            if (!complete) {
                item->setForeground(Format::warning());
                item->setFont(Format::emphasis());
            }
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(where);
    layout->addWidget(m_tables, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SalvageReportDialog::accept);
}

} // namespace Ui
