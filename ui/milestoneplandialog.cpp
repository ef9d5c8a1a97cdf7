#include "milestoneplandialog.h"

#include "editordialog.h"
#include "format.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

MilestonePlanDialog::MilestonePlanDialog(
    const QDate &eventDate, bool withTranslations, QWidget *parent)
    : QDialog(parent)
    , m_event(EditorDialog::createDateEdit(this, eventDate))
    , m_translations(new QCheckBox(tr("The documents are translated before the event"), this))
    , m_plan(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("milestonePlanDialog"));
    setWindowTitle(tr("Plan backwards from an event"));
    m_event->setObjectName(QStringLiteral("eventDateEdit"));
    m_translations->setObjectName(QStringLiteral("translationsCheck"));
    m_translations->setChecked(withTranslations);
    m_plan->setObjectName(QStringLiteral("milestonesTree"));
    m_plan->setAccessibleName(tr("Milestones"));
    m_plan->setHeaderLabels({ tr("Step"), tr("Date") });
    m_plan->setRootIsDecorated(false);
    m_plan->header()->setStretchLastSection(true);
    m_plan->setColumnWidth(0, 220);
    auto *form = new QFormLayout;
    form->addRow(tr("&Event date:"), m_event);
    form->addRow(QString(), m_translations);
    auto *hint = new QLabel(tr("Applying sets the due date to the delivery date and, with "
                               "translations, the English original's due date to the day it goes "
                               "to translation and every translation's to the delivery date."),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: %1;").arg(Format::muted().name()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_plan);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(440, 380);
    connect(m_event, &QDateEdit::dateChanged, this, &MilestonePlanDialog::replan);
    connect(m_translations, &QCheckBox::toggled, this, &MilestonePlanDialog::replan);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        &MilestonePlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MilestonePlanDialog::reject);
    replan();
}

bool MilestonePlanDialog::withTranslations() const
{
    return m_translations->isChecked();
}

QDate MilestonePlanDialog::date(const QString &key) const
{
    for (const auto &milestone : m_milestones) {
        if (milestone.key == key)
            return milestone.date;
    }
    return {};
}

void MilestonePlanDialog::replan()
{
    m_milestones = Core::MilestonePlanner::plan(m_event->date(), m_translations->isChecked());
    m_plan->clear();
    for (const auto &milestone : std::as_const(m_milestones))
        new QTreeWidgetItem(m_plan, { milestone.name, Format::date(milestone.date) });
    new QTreeWidgetItem(m_plan, { tr("Event"), Format::date(m_event->date()) });
}

} // namespace Ui
