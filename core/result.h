#ifndef CORE_RESULT_H
#define CORE_RESULT_H

#include "error.h"

#include <optional>
#include <utility>

namespace Core {

// Either a value or the Error that prevented it. Storage never throws; every call that can fail
// returns one of these.
template<typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { Q_ASSERT(m_error.isError()); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const
    {
        Q_ASSERT(isOk());
        return *m_value;
    }
    T &value()
    {
        Q_ASSERT(isOk());
        return *m_value;
    }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool isOk() const { return !m_error.isError(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

using Status = Result<void>;

} // namespace Core

#endif
