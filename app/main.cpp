#include "commandline.h"
#include "databasechoice.h"
#include "exitcode.h"
#include "identity.h"
#include "mainwindow.h"
#include "unitstore.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    App::Identity::apply();
    if (App::CommandLine::isHeadless(argc, argv))
        return App::CommandLine::runWithoutWindow(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SSE Unit Desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ssedesk.svg")));
    const auto requested = App::CommandLine().guiDatabase(QApplication::arguments());
    if (!requested)
        return App::Usage;
    const QString path = App::DatabaseChoice::resolve(*requested);
    auto store = Core::UnitStore::open(path);
    if (!store) {
        QMessageBox::critical(
            nullptr, QApplication::applicationDisplayName(), store.error().message());
        return App::Failure;
    }
    App::DatabaseChoice::remember(path);

    Ui::MainWindow window(*store.value());
    window.show();
    return QApplication::exec();
}
