// Qt Quick Test of the Sources page's review queue against a real database, signed in as a
// store manager of Alpha: the QML in tests/ui/qml drives the real SourcesPage with the real
// SourcesController. The scene queues review items as an import's merge would. With
// STOCKROOM_SCREENSHOT_DIR set, it also saves what the page looks like at each step.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "sourcescontroller.h"
#include "testdatabase.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

/** The database behind the page, as the superuser sees it, for the QML tests. */
class Scene : public QObject
{
    Q_OBJECT
public:
    test::TestDatabase *db = nullptr;
    QString sourceId;

    static QString variantId(int n)
    {
        return QStringLiteral("30000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    }
    QString scalar(const QString &sql, const QList<SqlParam> &params) const
    {
        PgConnection c(db->info(), QStringLiteral("scene"));
        return c.scalar(sql, params).value_or(QStringLiteral("<null>"));
    }
    /** The head-office ERP, with item ITM-12 mapped to SKU-012. */
    void prepare()
    {
        sourceId = scalar(QStringLiteral("INSERT INTO source_systems (tenant_id, source_type, name,"
                                         " vendor) VALUES ($1, 'erp', 'Head-office ERP',"
                                         " 'LedgerOne') RETURNING id"),
                          {test::catalogfixture::TenantA});
        (void)scalar(QStringLiteral("INSERT INTO source_entities (tenant_id, source_system_id,"
                                    " entity_type, external_id, canonical_type, canonical_id)"
                                    " VALUES ($1, $2, 'item', 'ITM-12', 'variant', $3)"
                                    " RETURNING id"),
                     {test::catalogfixture::TenantA, sourceId, variantId(12)});
    }
    /** Queues an item as the import's merge would; @p proposed < 0 for none. */
    Q_INVOKABLE QString queue(const QString &externalId, const QString &kind, int proposed,
                              const QString &reason)
    {
        return scalar(QStringLiteral("SELECT catalog.queue_source_review($1, $2, $3, $4, $5,"
                                     " jsonb_build_object('external_id', $3::text, 'sku',"
                                     " 'NEW-' || $3::text, 'variant_name', 'Shelf label text',"
                                     " 'mrp', '120.00'), $6::uuid)"),
                      {test::catalogfixture::TenantA, sourceId, externalId, kind, reason,
                       proposed < 0 ? SqlParam() : SqlParam(variantId(proposed))});
    }
    /** The SKU an external id of the ERP names now, or "<null>". */
    Q_INVOKABLE QString mappedSku(const QString &externalId) const
    {
        return scalar(QStringLiteral("SELECT v.sku FROM source_entities se JOIN variants v ON"
                                     " v.id = se.canonical_id WHERE se.source_system_id = $1"
                                     " AND se.external_id = $2"),
                      {sourceId, externalId});
    }
    /** "status | resolution" of the review item of an external id. */
    Q_INVOKABLE QString reviewOf(const QString &externalId) const
    {
        return scalar(QStringLiteral("SELECT status || ' | ' || coalesce(resolution, '-') FROM"
                                     " source_review_items WHERE source_system_id = $1 AND"
                                     " external_id = $2 ORDER BY created_at DESC LIMIT 1"),
                      {sourceId, externalId});
    }
};

class SourcesPageSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    SourcesController m_controller;
    Scene m_scene;

public Q_SLOTS:
    void applicationAvailable()
    {
        // The desktop app's style, so screenshots show what people see.
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("sourcespage"));
        test::catalogfixture::load(m_db->info());
        m_scene.db = m_db.get();
        m_scene.prepare();
        m_executor = std::make_unique<DbExecutor>(test::catalogfixture::managerOfAlpha(*m_db),
                                                  QStringLiteral("test-db"));
        // A store manager: resolves and maps, does not edit source systems.
        m_controller.setSource(m_executor.get(), test::catalogfixture::TenantA, false);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("sourcesController"), &m_controller);
        context->setContextProperty(QStringLiteral("scene"), &m_scene);
        context->setContextProperty(QStringLiteral("screenshotDir"),
                                    qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"));
    }

    void cleanupTestCase()
    {
        m_controller.setSource(nullptr, {}, false);
        m_executor.reset();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_sourcespage, SourcesPageSetup)
#include "tst_sourcespage.moc"
