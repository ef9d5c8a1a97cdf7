#include "dashboardcard.h"

#include "format.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

QString pillStyle(const QColor &background, const QColor &text)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px;"
                          " padding: 1px 8px; font-weight: 600; }")
        .arg(background.name(), text.name());
}

} // namespace

DashboardCard::DashboardCard(
    const QString &title, const QString &name, QWidget *body, QWidget *parent)
    : QFrame(parent)
    , m_title(title)
    , m_heading(new QLabel(title, this))
    , m_countLabel(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_body(new QStackedWidget(this))
{
    setObjectName(name + QStringLiteral("Card"));
    // Scoped to this frame by name, so that the card's children keep their own look.
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3;"
                                 " border-radius: 6px; }")
                      .arg(objectName(), Format::surface().name(), Format::hairline().name()));
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
    m_empty->setStyleSheet(QStringLiteral("color: %1;").arg(Format::muted().name()));
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
    QFrame::resizeEvent(event);
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
    m_countLabel->setText(QString::number(count));
    const bool red = alarming && count > 0;
    m_countLabel->setStyleSheet(red
            ? pillStyle(QColor(0xc6, 0x28, 0x28), Qt::white)
            : pillStyle(Format::tint(0.1), QGuiApplication::palette().color(QPalette::Text)));
    m_body->setCurrentIndex(count > 0 ? 0 : 1);
}

} // namespace Ui
