// ssedesk-bench-window: the desk started the way app/main.cpp starts it, on the unit --database
// names, ended once the page it opens on is painted (FirstPaint). The app has no switch to quit
// after its first paint, so this program repeats main's steps with the same library classes;
// the ones that live in the app's own executable are left out: DatabaseChoice (remembering the
// file) and SingleInstance (a local socket for a second launch). Keep it in step with main.cpp.
#include "firstpaint.h"

#include <dashboardpage.h>
#include <identity.h>
#include <mainwindow.h>
#include <openingdialogs.h>
#include <openingflow.h>
#include <overviewpage.h>
#include <windowhost.h>

#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    App::Identity::apply();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SSE Unit Desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ssedesk.svg")));
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("database"), QStringLiteral("The unit."), QStringLiteral("FILE") },
        { QStringLiteral("page"), QStringLiteral("dashboard (where the window opens) or overview."),
            QStringLiteral("PAGE"), QStringLiteral("dashboard") },
        { QStringLiteral("sign-in"),
            QStringLiteral("Remember EMAIL as the user first: without a user the window asks "
                           "who it is at every start."),
            QStringLiteral("EMAIL") },
    });
    parser.process(app);

    Ui::OpeningDialogs prompts;
    auto opened = Ui::OpeningFlow(prompts).open(
        parser.value(QStringLiteral("database")), Core::Verification::Alongside);
    if (!opened)
        return 1;
    Ui::WindowHost host(*opened->store);
    Ui::MainWindow *window = host.window();
    if (parser.isSet(QStringLiteral("sign-in"))) {
        const auto user
            = opened->store->people().findByEmail(parser.value(QStringLiteral("sign-in")));
        if (!user)
            qFatal("%s", qPrintable(user.error().message()));
        window->setCurrentPerson(user.value().id);
    }
    if (parser.value(QStringLiteral("page")) == QLatin1String("overview"))
        window->showPage(Ui::MainWindow::OverviewPageIndex);
    // The bench's unit is healthy: main would offer the damaged file's choices here.
    if (const Core::Status healthy = opened->store->awaitVerification(); !healthy)
        qFatal("%s", qPrintable(healthy.error().message()));
    new Bench::FirstPaint(window->currentPage() == Ui::MainWindow::OverviewPageIndex
            ? static_cast<QWidget *>(window->overviewPage())
            : static_cast<QWidget *>(window->dashboardPage()));
    host.show();
    return QApplication::exec();
}
