#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

// "&Log progress..." as the menu shows it: "Log progress...", "&&" kept as one "&".
QString plain(const QString &text)
{
    QString result;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        result.append(text.at(i));
    }
    return result;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent), m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({ tr("Menu"), tr("Action"), tr("Shortcut") });
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    for (const QAction *action : menuBar->actions()) {
        if (action->menu())
            addMenu(action->menu(), plain(action->text()));
    }
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

void ShortcutsDialog::addMenu(const QMenu *menu, const QString &path)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(action->menu(), path + QStringLiteral(" > ") + plain(action->text()));
            continue;
        }
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys.append(shortcut.toString(QKeySequence::NativeText));
        if (keys.isEmpty())
            continue;
        auto *row = new QTreeWidgetItem(m_table,
            { path, plain(action->text()), keys.join(tr(" or ", "between two shortcuts")) });
        row->setToolTip(1, action->toolTip());
    }
}

} // namespace Ui
