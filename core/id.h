#ifndef CORE_ID_H
#define CORE_ID_H

#include <QtGlobal>

namespace Core {

// Row identity of a stored record. 0 means "not stored yet" or "none" for an optional link.
using Id = qint64;

} // namespace Core

#endif
