#include "pageheader.h"

#include "format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Ui {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_tools(new QHBoxLayout)
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    QFont titleFont = Format::emphasis();
    titleFont.setPointSize(18);
    m_title->setFont(titleFont);
    QPalette quiet = m_subtitle->palette();
    quiet.setColor(QPalette::WindowText, Format::muted());
    m_subtitle->setPalette(quiet);
    m_subtitle->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(titles, 1);
    layout->addLayout(m_tools);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::addTool(QWidget *tool)
{
    m_tools->addWidget(tool, 0, Qt::AlignBottom);
}

void PageHeader::addFilter(QLineEdit *filter, const QString &objectName, const QString &placeholder)
{
    filter->setObjectName(objectName);
    filter->setPlaceholderText(placeholder);
    // A placeholder disappears once typed over; a screen reader needs a name that stays.
    filter->setAccessibleName(
        placeholder.endsWith(QLatin1String("...")) ? placeholder.chopped(3) : placeholder);
    filter->setClearButtonEnabled(true);
    filter->setMinimumWidth(280);
    addTool(filter);
}

} // namespace Ui
