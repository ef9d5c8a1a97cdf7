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
};

} // namespace App

#endif
