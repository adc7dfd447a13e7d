// The README's run path end to end: `stockroom --demo` on a fresh folder creates the embedded
// cluster, migrates, seeds, signs in as the default demo staff account, shows the catalog and
// saves a screenshot; a second run reuses the data; --reset-demo starts afresh; the cluster is
// stopped when the app exits, and so is the stockroomd jobs process it runs beside it.
#include "local/localcluster.h"

#include <QColor>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace stockroom;

class TestScreenshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString root() const { return m_dir.path() + QStringLiteral("/cluster"); }

    int runApp(const QStringList &extra, const QString &png, QString *stderrText,
               QString *stdoutText = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + QStringLiteral("/config"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STOCKROOM_PATH),
                QStringList{QStringLiteral("--demo"), QStringLiteral("--data-dir"), root(),
                            QStringLiteral("--demo-variants"), QStringLiteral("400"),
                            QStringLiteral("--screenshot"), png} +
                    extra);
        if (!p.waitForFinished(600000))
            p.kill();
        *stderrText = QString::fromUtf8(p.readAllStandardError());
        if (stdoutText)
            *stdoutText = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static void verifyLooksLikeTheApp(const QString &png)
    {
        QImage image(png);
        QVERIFY2(!image.isNull(), "the screenshot is not a readable PNG");
        QVERIFY(image.width() >= 960 && image.height() >= 600);
        // A real screen has text, rows and panels: many distinct colours, not a blank fill.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 40,
                 qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
        // The navigation rail (dark slate) is drawn on the left, so the main window, not the
        // start-up page, was captured.
        QCOMPARE(QColor(image.pixel(4, image.height() / 2)).name(), QStringLiteral("#1e293b"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // As root the server runs as "postgres", which must be able to enter the folder.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                QFileDevice::ExeOther);
    }

    void firstRunThenReuseThenReset()
    {
        QString err;
        QString out;
        const QString first = m_dir.path() + QStringLiteral("/first.png");
        QCOMPARE(runApp({}, first, &err, &out), 0);
        verifyLooksLikeTheApp(first);
        // The superuser only prepares the database; the window is the default demo staff login.
        QVERIFY2(out.contains(QLatin1String("signed in as demo_manager (Vikram Nair, Store "
                                            "manager)")),
                 qPrintable(out));
        QVERIFY2(err.isEmpty() || !err.contains(QLatin1String("failed")), qPrintable(err));
        // The background jobs ran beside it as a child process, and stopped with it.
        const auto started =
            QRegularExpression(
                QStringLiteral("stockroom: started stockroomd jobs \\(pid (\\d+)\\)"))
                .match(err);
        QVERIFY2(started.hasMatch(), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("stockroom: stopped stockroomd jobs")),
                 qPrintable(err));
        QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/") + started.captured(1)),
                 "stockroomd jobs must stop when the app quits");
        LocalCluster cluster(LocalCluster::Options{root(), true, 0});
        QVERIFY(cluster.isInitialized());
        QVERIFY2(!cluster.isRunning(), "the embedded cluster must stop when the app quits");

        // A second run reuses the data; --demo-user signs in as another demo account.
        const QString second = m_dir.path() + QStringLiteral("/second.png");
        QCOMPARE(runApp({QStringLiteral("--demo-user"), QStringLiteral("demo_admin")}, second, &err,
                        &out),
                 0);
        verifyLooksLikeTheApp(second);
        QVERIFY2(out.contains(QLatin1String("signed in as demo_admin (Asha Rao, Admin)")),
                 qPrintable(out));

        const QString third = m_dir.path() + QStringLiteral("/reset.png");
        QCOMPARE(runApp({QStringLiteral("--reset-demo")}, third, &err), 0);
        verifyLooksLikeTheApp(third);
        QVERIFY(!cluster.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
