#include "dashboardcard.h"

#include "countbadge.h"
#include "format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

DashboardCard::DashboardCard(
    const QString &title, const QString &name, QWidget *body, QWidget *parent)
    : CardFrame(parent)
    , m_title(title)
    , m_heading(new QLabel(title, this))
    , m_countLabel(new CountBadge(this))
    , m_empty(new QLabel(this))
    , m_body(new QStackedWidget(this))
{
    setObjectName(name + QStringLiteral("Card"));
    QLabel *heading = m_heading;
    heading->setObjectName(name + QStringLiteral("Heading"));
    heading->setFont(Format::heading());
    heading->setBuddy(body);
    // A title longer than the card (in French or Spanish, three cards a row) is shortened with
    // an ellipsis rather than widening the card past the window's edge; the whole title stays
    // in the tool tip and the accessible name.
    heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    heading->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    heading->setMaximumWidth(QFontMetrics(Format::heading()).horizontalAdvance(title) + 2);
    heading->setToolTip(title);
    heading->setAccessibleName(title);
    m_countLabel->setObjectName(name + QStringLiteral("Count"));
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    // Likewise shortened rather than widening the card: hidden behind the list, it would still
    // set the card's least width.
    m_empty->setMinimumWidth(1);
    // No word wrap: a wrapping label asks for its height by width, and the dashboard's scroll
    // area then lays every card out at its preferred height instead of its minimum.
    QPalette quiet = m_empty->palette();
    quiet.setColor(QPalette::WindowText, Format::muted());
    m_empty->setPalette(quiet);
    m_body->addWidget(body);
    m_body->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    // The heading takes the room first, up to its whole title; the rest goes after the count.
    top->addWidget(heading, 1);
    top->addWidget(m_countLabel);
    top->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    setCount(0);
}

void DashboardCard::resizeEvent(QResizeEvent *event)
{
    CardFrame::resizeEvent(event);
    elideTexts();
}

void DashboardCard::elideTexts()
{
    m_heading->setText(
        m_heading->fontMetrics().elidedText(m_title, Qt::ElideRight, m_heading->width()));
    m_empty->setText(
        m_empty->fontMetrics().elidedText(m_emptyText, Qt::ElideRight, m_body->width()));
}

void DashboardCard::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_empty->setToolTip(text);
    elideTexts();
}

void DashboardCard::setCount(int count, bool alarming)
{
    m_count = count;
    m_countLabel->setCount(count, alarming);
    m_body->setCurrentIndex(count > 0 ? 0 : 1);
}

} // namespace Ui
