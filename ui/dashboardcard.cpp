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
    , m_countLabel(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_body(new QStackedWidget(this))
{
    setObjectName(name + QStringLiteral("Card"));
    // Scoped to this frame by name, so that the card's children keep their own look.
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3;"
                                 " border-radius: 6px; }")
                      .arg(objectName(), Format::surface().name(), Format::hairline().name()));
    auto *heading = new QLabel(title, this);
    heading->setObjectName(name + QStringLiteral("Heading"));
    heading->setFont(Format::heading());
    heading->setBuddy(body);
    m_countLabel->setObjectName(name + QStringLiteral("Count"));
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    // No word wrap: a wrapping label asks for its height by width, and the dashboard's scroll
    // area then lays every card out at its preferred height instead of its minimum.
    m_empty->setStyleSheet(QStringLiteral("color: %1;").arg(Format::muted().name()));
    m_body->addWidget(body);
    m_body->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(heading);
    top->addWidget(m_countLabel);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    setCount(0);
}

void DashboardCard::setEmptyText(const QString &text)
{
    m_empty->setText(text);
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
