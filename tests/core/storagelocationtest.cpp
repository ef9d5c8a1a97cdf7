#include "storage/storagelocation.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Core;

namespace {

// /proc/self/mountinfo as a desktop with a home share over NFS, a server over SSHFS and a
// folder with spaces in its name shows it.
const QByteArray mountInfo
    = "22 27 0:21 / /proc rw,relatime - proc proc rw\n"
      "27 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw\n"
      "88 27 0:52 / /home/shared rw,relatime shared:40 - nfs4 fs.unit:/home rw,vers=4.2\n"
      "91 27 0:55 / /mnt/field\\040office rw,nosuid,nodev master:7 shared:9 - fuse.sshfs "
      "kofi@field:/data rw,user_id=1000\n";

} // namespace

class StorageLocationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTellNetworkFileSystemsFromLocalOnes_data()
    {
        QTest::addColumn<quint64>("magic");
        QTest::addColumn<QString>("mountType");
        QTest::addColumn<QString>("kind");
        QTest::newRow("NFS") << quint64(0x6969) << QStringLiteral("nfs4")
                             << QStringLiteral("an NFS share");
        QTest::newRow("SMB") << quint64(0x517B) << QStringLiteral("smbfs")
                             << QStringLiteral("an SMB (Windows) share");
        QTest::newRow("CIFS") << quint64(0xFF534D42) << QStringLiteral("cifs")
                              << QStringLiteral("an SMB (Windows) share");
        QTest::newRow("SMB2") << quint64(0xFE534D42) << QStringLiteral("smb3")
                              << QStringLiteral("an SMB (Windows) share");
        QTest::newRow("SSHFS") << quint64(0x65735546) << QStringLiteral("fuse.sshfs")
                               << QStringLiteral("an SSHFS mount");
        QTest::newRow("ext4") << quint64(0xEF53) << QStringLiteral("ext4") << QString();
        QTest::newRow("tmpfs") << quint64(0x01021994) << QStringLiteral("tmpfs") << QString();
        QTest::newRow("btrfs") << quint64(0x9123683E) << QStringLiteral("btrfs") << QString();
        QTest::newRow("a local FUSE file system")
            << quint64(0x65735546) << QStringLiteral("fuse.encfs") << QString();
    }

    void shouldTellNetworkFileSystemsFromLocalOnes()
    {
        // GIVEN what the kernel says of a file system
        QFETCH(quint64, magic);
        QFETCH(QString, mountType);
        QFETCH(QString, kind);

        // WHEN it is classified
        const std::optional<QString> share = StorageLocation::shareKindOf(magic, mountType);

        // THEN network ones are named, local ones are not shares
        QCOMPARE(share.value_or(QString()), kind);
    }

    void shouldFindAMountsTypeByItsDevice_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("type");
        QTest::newRow("the root disk") << QStringLiteral("259:2") << QStringLiteral("ext4");
        QTest::newRow("an NFS home") << QStringLiteral("0:52") << QStringLiteral("nfs4");
        QTest::newRow("SSHFS with optional fields and a space")
            << QStringLiteral("0:55") << QStringLiteral("fuse.sshfs");
        QTest::newRow("a device not mounted") << QStringLiteral("8:1") << QString();
    }

    void shouldFindAMountsTypeByItsDevice()
    {
        // GIVEN a mount table and a device
        QFETCH(QString, device);
        QFETCH(QString, type);

        // WHEN the device's file system type is looked up THEN it is the one its line gives
        QCOMPARE(StorageLocation::mountTypeOf(mountInfo, device), type);
    }

    void shouldFindATemporaryFolderLocal()
    {
        // GIVEN a database in a temporary folder, and one in a folder not created yet
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("unit.ssedesk"));
        const QString future = dir.filePath(QStringLiteral("not/yet/unit.ssedesk"));

        // WHEN their locations are asked about THEN neither is on a network share
        QVERIFY(!StorageLocation::isNetworkShare(existing));
        QVERIFY(!StorageLocation::isNetworkShare(future));
    }

    void shouldWarnInWordsThatSayWhatToDo()
    {
        // WHEN the warning for a unit on an NFS share is written
        const QString warning = StorageLocation::networkShareWarning(
            QStringLiteral("/home/shared/unit.ssedesk"), QStringLiteral("an NFS share"));

        // THEN it names the file, the share, the danger and the way out
        QVERIFY2(
            warning.startsWith(QStringLiteral("/home/shared/unit.ssedesk is on an NFS share.")),
            qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("can damage it")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("local disk")), qPrintable(warning));
    }
};

QTEST_GUILESS_MAIN(StorageLocationTest)
#include "storagelocationtest.moc"
