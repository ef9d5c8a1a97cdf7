#ifndef TESTS_UI_MESSENGERSTUB_H
#define TESTS_UI_MESSENGERSTUB_H

#include <messenger.h>

#include <QStringList>

// Answers for the user instead of a message box, and remembers what it was told.
class MessengerStub : public Ui::Messenger
{
public:
    explicit MessengerStub(bool answer = true) : m_answer(answer) { }

    void showError(QWidget *, const QString &, const QString &text) override
    {
        errors.append(text);
    }
    void inform(QWidget *, const QString &, const QString &text) override { infos.append(text); }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        questions.append(text);
        return m_answer;
    }

    QStringList errors;
    QStringList infos;
    QStringList questions;

private:
    bool m_answer;
};

#endif
