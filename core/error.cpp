#include "error.h"

#include <utility>

namespace Core {

Error::Error(Code code, QString message, QString field)
    : m_code(code), m_message(std::move(message)), m_field(std::move(field))
{
}

Error Error::validation(const QString &message, const QString &field)
{
    return Error(Code::Validation, message, field);
}

Error Error::notFound(const QString &message)
{
    return Error(Code::NotFound, message);
}

Error Error::conflict(const QString &message, const QString &field)
{
    return Error(Code::Conflict, message, field);
}

Error Error::withContext(const QString &context) const
{
    return Error(m_code, context + QStringLiteral(": ") + m_message, m_field);
}

QDebug operator<<(QDebug debug, const Error &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Core::Error(" << static_cast<int>(error.code()) << ", " << error.message();
    if (!error.field().isEmpty())
        debug << ", field=" << error.field();
    debug << ')';
    return debug;
}

} // namespace Core
