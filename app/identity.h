#ifndef APP_IDENTITY_H
#define APP_IDENTITY_H

namespace App {

// The application's names and version. Set before anything reads QSettings or standard paths,
// because both derive their locations from these names.
class Identity
{
public:
    static void apply();
};

} // namespace App

#endif
