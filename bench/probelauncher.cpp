#include "probelauncher.h"

#include "firstpaint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace Bench {

ProbeLauncher::ProbeLauncher(const QString &workFolder)
    : m_configFolder(QDir(workFolder).filePath(QStringLiteral("probe-config")))
    , m_runtimeFolder(QDir(workFolder).filePath(QStringLiteral("probe-runtime")))
{
    QDir().mkpath(m_configFolder);
    QDir().mkpath(m_runtimeFolder);
    // Qt wants the runtime folder private to the user.
    QFile::setPermissions(m_runtimeFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

ProbeLauncher::Sample ProbeLauncher::run(const QString &probe, const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configFolder);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeFolder);
    QProcess process;
    process.setProgram(QDir(QCoreApplication::applicationDirPath()).filePath(probe));
    process.setArguments(arguments);
    environment.insert(QString::fromLatin1(FirstPaint::spawnedVariable),
        QString::number(FirstPaint::nowNanoseconds()));
    process.setProcessEnvironment(environment);
    process.start();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(probe), process.readAllStandardError().constData());
    const QList<QByteArray> report = process.readAllStandardOutput().trimmed().split(' ');
    if (report.size() != 2)
        qFatal("%s reported nothing: %s", qPrintable(probe),
            process.readAllStandardError().constData());
    return { report.at(0).toDouble(), report.at(1).toDouble() / 1024 };
}

} // namespace Bench
