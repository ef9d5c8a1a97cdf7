#include "session.h"

#include "messageboxmessenger.h"
#include "recordedits.h"
#include "undoableedits.h"

#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QSettings>
#include <QUndoStack>

namespace Ui {

Session::Session(Core::UnitStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_edits(new UndoableEdits(store, *m_undoStack, this))
    , m_records(new RecordEdits(store, *m_undoStack, this))
    , m_messenger(std::make_unique<MessageBoxMessenger>())
{
}

Session::~Session() = default;

void Session::setMessenger(std::unique_ptr<Messenger> messenger)
{
    m_messenger = std::move(messenger);
}

void Session::showError(QWidget *parent, const Core::Error &error) const
{
    m_messenger->showError(parent, tr("SSE Unit Desk"), error.message());
}

void Session::setCurrentPersonId(Core::Id personId)
{
    if (personId == m_currentPersonId)
        return;
    m_currentPersonId = personId;
    // Without accounts, the person the window works for is who the audit trail names; with
    // them, the trail names whoever signed in, and this call is refused and changes nothing.
    if (!m_store.signedIn())
        m_store.attributeChangesTo(personId);
    const auto person = m_store.people().find(personId);
    if (person)
        QSettings().setValue(identityKey(m_store.path()), person.value().email);
    Q_EMIT currentPersonChanged(personId);
}

bool Session::restoreIdentity()
{
    if (const auto &actor = m_store.signedIn()) {
        setCurrentPersonId(actor->personId);
        return true;
    }
    const QString email = QSettings().value(identityKey(m_store.path())).toString();
    if (email.isEmpty())
        return false;
    const auto person = m_store.people().findByEmail(email);
    if (!person)
        return false;
    setCurrentPersonId(person.value().id);
    return true;
}

// One identity per database file: the same person may keep several units' files. The path is
// encoded because QSettings reads '/' in a key as a group separator.
QString Session::identityKey(const QString &path)
{
    const QByteArray encoded = path.toUtf8().toBase64(QByteArray::Base64UrlEncoding);
    return QStringLiteral("identity/") + QString::fromLatin1(encoded);
}

} // namespace Ui
