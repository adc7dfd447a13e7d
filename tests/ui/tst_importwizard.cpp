// Qt Quick Test of the Import wizard against a real database, as an admin of Alpha: the
// QML in tests/ui/qml drives the real CatalogImportWizard with the real controller through the
// column step, the report of every bad row, and importing the good rows. With
// STOCKROOM_SCREENSHOT_DIR set, it also saves what each step looks like.
#include "catalogfixture.h"
#include "catalogimportcontroller.h"
#include "db/pgconnection.h"
#include "testdatabase.h"

#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

/** Files for the wizard to read, and what the database holds, for the QML tests. */
class ImportFiles : public QObject
{
    Q_OBJECT
public:
    test::TestDatabase *db = nullptr;
    QTemporaryDir dir;

    /** Writes @p text to a new file of the test's own; returns its path. */
    Q_INVOKABLE QString write(const QString &name, const QString &text)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    Q_INVOKABLE QString path(const QString &name) const { return dir.filePath(name); }
    Q_INVOKABLE QString read(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /** First column of the first row of @p sql, as the superuser reads it ("" for none). */
    Q_INVOKABLE QString scalar(const QString &sql) const
    {
        PgConnection c(db->info(), QStringLiteral("importfiles"));
        return c.scalar(sql).value_or(QString());
    }
};

class ImportWizardSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    CatalogImportController m_controller;
    ImportFiles m_files;

public Q_SLOTS:
    void applicationAvailable()
    {
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("importwizard"));
        test::catalogfixture::load(m_db->info());
        m_files.db = m_db.get();
        // An admin: the import's prices are every location's.
        m_controller.setSource(m_db->addStaff(test::catalogfixture::TenantA, RoleKind::Admin),
                               test::catalogfixture::TenantA, true);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("importController"), &m_controller);
        context->setContextProperty(QStringLiteral("files"), &m_files);
        context->setContextProperty(QStringLiteral("screenshotDir"),
                                    qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"));
    }

    void cleanupTestCase()
    {
        m_controller.setSource(std::nullopt, {}, false);
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_importwizard, ImportWizardSetup)
#include "tst_importwizard.moc"
