#ifndef APP_DATABASECHOICE_H
#define APP_DATABASECHOICE_H

#include <QString>

namespace App {

// Which database the window opens: the one asked for on the command line, else the one opened
// last time, else the default location.
class DatabaseChoice
{
public:
    static QString resolve(const QString &requested);
    // Called only once a file opened, so that a refused file is not offered again next time.
    static void remember(const QString &path);
    // The preferences chose another unit: the application starts again on it, and this one
    // quits. A new process rather than a new store in this one, because the lock, the single
    // instance and the checks at opening (damaged, busy, too new) all belong to the start; the
    // new process remembers the file once it opened it.
    static void reopen(const QString &path);
};

} // namespace App

#endif
