#ifndef APP_EXITCODE_H
#define APP_EXITCODE_H

namespace App {

// What the process tells its caller; scripts branch on these, so they never change meaning.
enum ExitCode {
    Success = 0,
    Failure = 1, // the request was understood but could not be carried out
    Usage = 2, // the command line itself is wrong
};

} // namespace App

#endif
