#include "commandline.h"
#include "databasechoice.h"
#include "existingunit.h"
#include "exitcode.h"
#include "identity.h"
#include "interfacelanguage.h"
#include "openingdialogs.h"
#include "openingflow.h"
#include "serveropening.h"
#include "signindialog.h"
#include "singleinstance.h"
#include "unitstore.h"
#include "windowhost.h"

#include <QApplication>
#include <QIcon>

#include <memory>

int main(int argc, char *argv[])
{
    App::Identity::apply();
    if (App::CommandLine::isHeadless(argc, argv))
        return App::CommandLine::runWithoutWindow(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SSE Unit Desk"));
    // The id of the installed desktop file, icon and metainfo (resources/CMakeLists.txt).
    QApplication::setDesktopFileName(QStringLiteral("org.ssedesk.UnitDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ssedesk.svg")));
    // Before any widget or dialog is built: their texts are translated as they are created.
    const auto language = App::CommandLine().guiLanguage(QApplication::arguments());
    if (!language)
        return App::Usage;
    App::InterfaceLanguage::install(*language);
    const auto requested = App::CommandLine().guiDatabase(QApplication::arguments());
    if (!requested)
        return App::Usage;
    const QString path = App::DatabaseChoice::resolve(*requested);
    if (App::ExistingUnit::isServerAddress(path)) {
        const auto store = Ui::ServerOpening::open(path);
        if (!store)
            return App::Failure;
        App::DatabaseChoice::remember(path);
        Ui::WindowHost host(*store);
        QObject::connect(
            &host, &Ui::WindowHost::databaseChosen, &app, &App::DatabaseChoice::reopen);
        host.show();
        return QApplication::exec();
    }
    App::SingleInstance instance(path);
    if (instance.raiseRunning())
        return App::Success;
    Ui::OpeningDialogs prompts;
    Ui::OpeningFlow flow(prompts);
    // The file is checked while the window is built, and found damaged before it is shown.
    auto opened = flow.open(path, Core::Verification::Alongside);
    if (!opened)
        return App::Failure;
    App::DatabaseChoice::remember(path);
    // A check that failed: a damaged file goes to its choices (a backup, a salvage); any other
    // failure (busy, unreadable) opens it again, checked first, with that opening's own answers.
    const auto reopen = [&flow, &opened, &path](const Core::Status &verdict) {
        opened.reset();
        opened = verdict.error().code() == Core::Error::Code::Corrupt
            ? flow.reopenDamaged(path, verdict.error())
            : flow.open(path);
    };
    if (!Ui::SignInDialog::signInIfNeeded(*opened->store)) {
        // Declined, or a damage that kept the sign-in from reading the accounts.
        const Core::Status verdict = opened->store->awaitVerification();
        if (verdict)
            return App::Success;
        reopen(verdict);
        if (!opened)
            return App::Failure;
        if (!Ui::SignInDialog::signInIfNeeded(*opened->store))
            return App::Success;
    }
    auto host = std::make_unique<Ui::WindowHost>(*opened->store);
    if (const Core::Status verdict = opened->store->awaitVerification(); !verdict) {
        host.reset();
        reopen(verdict);
        if (!opened)
            return App::Failure;
        if (!Ui::SignInDialog::signInIfNeeded(*opened->store))
            return App::Success;
        host = std::make_unique<Ui::WindowHost>(*opened->store);
    }

    QObject::connect(
        &instance, &App::SingleInstance::raiseRequested, host.get(), &Ui::WindowHost::raise);
    QObject::connect(
        host.get(), &Ui::WindowHost::databaseChosen, &app, &App::DatabaseChoice::reopen);
    instance.listen();
    host->show();
    return QApplication::exec();
}
