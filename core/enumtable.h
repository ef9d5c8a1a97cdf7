#ifndef CORE_ENUMTABLE_H
#define CORE_ENUMTABLE_H

#include "wording.h"

#include <QList>
#include <QString>

#include <optional>

namespace Core {

// One row per enumerator: the stable key stored in the database and the English name shown to
// people (translated through the given context, in the current Wording). Keeping both in one table
// means a new value cannot get a key without a name, or the other way round.
template<typename E> struct EnumEntry
{
    E value;
    const char *key;
    const char *name;
};

template<typename E, std::size_t N> class EnumTable
{
public:
    constexpr EnumTable(const char *context, const EnumEntry<E> (&entries)[N]) : m_context(context)
    {
        for (std::size_t i = 0; i < N; ++i)
            m_entries[i] = entries[i];
    }

    QString key(E value) const { return QString::fromLatin1(entry(value).key); }
    QString name(E value) const { return Wording::translate(m_context, entry(value).name); }
    std::optional<E> fromKey(const QString &key) const
    {
        for (const auto &e : m_entries) {
            if (key == QLatin1String(e.key))
                return e.value;
        }
        return std::nullopt;
    }
    QList<E> values() const
    {
        QList<E> all;
        for (const auto &e : m_entries)
            all.append(e.value);
        return all;
    }

private:
    const EnumEntry<E> &entry(E value) const
    {
        for (const auto &e : m_entries) {
            if (e.value == value)
                return e;
        }
        return m_entries[0];
    }

    const char *m_context;
    EnumEntry<E> m_entries[N] = {};
};

} // namespace Core

#endif
