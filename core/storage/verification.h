#ifndef CORE_VERIFICATION_H
#define CORE_VERIFICATION_H

namespace Core {

// When a unit file is checked (SQLite's quick check, which reads all of it). First: before it is
// opened, the default. Alongside: on a thread of its own while the caller goes on (the window is
// built meanwhile); until the check has found the file healthy, no change is made to it, not even
// a checkpoint when the connection closes (see Database::awaitVerification).
enum class Verification { First, Alongside };

} // namespace Core

#endif
