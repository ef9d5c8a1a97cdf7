#ifndef CORE_ERROR_H
#define CORE_ERROR_H

#include <QDebug>
#include <QString>

namespace Core {

// What went wrong, in words a person understands, plus enough structure for a caller to react:
// an editor highlights `field`, the command line maps `code` to an exit status.
class Error
{
public:
    enum class Code {
        None,
        Validation, // the input breaks a rule; nothing was written
        NotFound, // the record named does not exist (any more)
        Conflict, // the input clashes with what is stored (duplicate, overlapping plan)
        NotOurs, // the file is not an SSE Unit Desk database
        TooNew, // the file comes from a newer version of the application
        Storage, // the database refused or failed
        Corrupt, // the file is damaged: restore a backup or salvage what can be read
        Busy, // another program holds the file's write lock; trying again later may succeed
        Forbidden, // the signed-in person may not see or change this; nothing was written
    };

    Error() = default;
    Error(Code code, QString message, QString field = {});

    static Error validation(const QString &message, const QString &field = {});
    static Error notFound(const QString &message);
    static Error conflict(const QString &message, const QString &field = {});

    bool isError() const { return m_code != Code::None; }
    Code code() const { return m_code; }
    QString message() const { return m_message; }
    QString field() const { return m_field; }

    // Puts what the caller was doing in front of the message: "Saving activity: ...".
    Error withContext(const QString &context) const;

private:
    Code m_code = Code::None;
    QString m_message;
    QString m_field;
};

QDebug operator<<(QDebug debug, const Error &error);

} // namespace Core

#endif
