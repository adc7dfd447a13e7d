// Qt Quick Test of catalog editing against a real database, signed in as a store manager of
// Alpha: the QML in tests/ui/qml drives the real CatalogPage with its editor, actions and
// history. "meanwhile" saves as another staff member behind the page's back, for conflicts.
// With STOCKROOM_SCREENSHOT_DIR set, it also saves what the editor looks like at each step.
#include "catalog/catalogcommands.h"
#include "catalogactionscontroller.h"
#include "catalogeditorcontroller.h"
#include "catalogfixture.h"
#include "catalogmodel.h"
#include "categorymodel.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"
#include "stream/streamevent.h"
#include "testdatabase.h"
#include "variantdetailcontroller.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

/** Another staff member's saves, and what the database holds, for the QML tests. */
class Meanwhile : public QObject
{
    Q_OBJECT
public:
    test::TestDatabase *db = nullptr;
    ConnectionInfo other; // a tenant admin
    QString screenshotDir;
    // Where the live stream's events go in the app (AppController hands them on the same way).
    CatalogEditorController *editor = nullptr;
    VariantDetailController *detail = nullptr;
    CatalogActionsController *actions = nullptr;

    Q_INVOKABLE QString variantId(int item) const
    {
        return QStringLiteral("30000000-0000-4000-8000-%1").arg(item, 12, 10, QLatin1Char('0'));
    }
    /** Renames item @p item as the other staff member, over whatever version it is at. */
    Q_INVOKABLE void rename(int item, const QString &name)
    {
        PgConnection c(other, QStringLiteral("meanwhile"));
        PgSession session(c);
        const CatalogSnapshot now = catalogcommands::snapshot(session, variantId(item));
        (void)catalogcommands::updateVariant(session, QUuid::createUuid(), variantId(item),
                                             now.version,
                                             QJsonObject{{QStringLiteral("name"), name}});
    }
    /**
     * The newest event about item @p item, as written to the outbox, delivered as the live
     * stream delivers it.
     */
    Q_INVOKABLE void deliverNewestEvent(int item)
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        const PgResult r = c.exec(QStringLiteral("SELECT event_type, data::text, actor, event_id"
                                                 " FROM outbox WHERE variant_id = $1 ORDER BY id"
                                                 " DESC LIMIT 1"),
                                  {variantId(item)});
        if (r.rows() != 1)
            return; // nothing to deliver: the test's own checks fail
        const QJsonObject frame{
            {QStringLiteral("channel"), QStringLiteral("global")},
            {QStringLiteral("seq"), 1000},
            {QStringLiteral("event_id"), r.value(0, 3)},
            {QStringLiteral("event_type"), r.value(0, 0)},
            {QStringLiteral("tenant_id"), test::catalogfixture::TenantA},
            {QStringLiteral("actor"), r.value(0, 2)},
            {QStringLiteral("data"), QJsonDocument::fromJson(r.value(0, 1).toUtf8()).object()}};
        const auto event = StreamEvent::fromJson(frame);
        if (!event)
            return;
        detail->liveEvent(*event);
        editor->liveEvent(*event);
        actions->liveEvent(*event);
    }
    Q_INVOKABLE QString name(int item) const { return value(QStringLiteral("name"), item); }
    Q_INVOKABLE QString sku(int item) const { return value(QStringLiteral("sku"), item); }
    Q_INVOKABLE QString status(int item) const { return value(QStringLiteral("status"), item); }
    /** The version numbers recorded for item @p item: "1,2,3". */
    Q_INVOKABLE QString versions(int item) const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c
            .scalar(QStringLiteral("SELECT coalesce(string_agg(version_no::text, ',' ORDER BY"
                                   " version_no), '') FROM catalog_item_versions WHERE"
                                   " variant_id = $1"),
                    {variantId(item)})
            .value_or(QString());
    }
    Q_INVOKABLE QString nameOfSku(const QString &sku) const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c.scalar(QStringLiteral("SELECT name FROM variants WHERE sku = $1"), {sku})
            .value_or(QString());
    }
    Q_INVOKABLE QString otherName() const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c
            .scalar(QStringLiteral("SELECT display_name FROM staff WHERE login_role = $1"),
                    {other.value(QStringLiteral("user"))})
            .value_or(QString());
    }
    Q_INVOKABLE QString barcode(int item) const { return test::catalogfixture::ean13(item); }
    /** The whole window (the editor's dialogs included), saved when screenshots are asked for. */
    Q_INVOKABLE void shoot(QQuickItem *item, const QString &name) const
    {
        if (screenshotDir.isEmpty() || !item || !item->window())
            return;
        item->window()->grabWindow().save(screenshotDir + QLatin1Char('/') + name +
                                          QStringLiteral(".png"));
    }

private:
    QString value(const QString &column, int item) const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c
            .scalar(QStringLiteral("SELECT %1 FROM variants WHERE id = $1").arg(column),
                    {variantId(item)})
            .value_or(QString());
    }
};

class CatalogEditorSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    CatalogModel m_catalog;
    CategoryModel m_categories;
    VariantDetailController m_detail;
    CatalogEditorController m_editor;
    CatalogActionsController m_actions;
    Meanwhile m_meanwhile;

public Q_SLOTS:
    void applicationAvailable()
    {
        // The desktop app's style, so screenshots show what people see.
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("catalogeditor"));
        test::catalogfixture::load(m_db->info());
        m_executor = std::make_unique<DbExecutor>(test::catalogfixture::managerOfAlpha(*m_db),
                                                  QStringLiteral("test-db"));
        m_meanwhile.db = m_db.get();
        m_meanwhile.other = m_db->addStaff(test::catalogfixture::TenantA, RoleKind::Admin);
        m_meanwhile.screenshotDir = qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR");
        m_meanwhile.editor = &m_editor;
        m_meanwhile.detail = &m_detail;
        m_meanwhile.actions = &m_actions;
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        const QString tenant = test::catalogfixture::TenantA;
        m_catalog.setSource(m_executor.get(), tenant);
        m_categories.setSource(m_executor.get(), tenant);
        m_detail.setSource(m_executor.get(), tenant);
        m_editor.setSource(m_executor.get(), tenant, true);
        m_actions.setSource(m_executor.get(), true);
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("catalogModel"), &m_catalog);
        context->setContextProperty(QStringLiteral("categoryModel"), &m_categories);
        context->setContextProperty(QStringLiteral("detailController"), &m_detail);
        context->setContextProperty(QStringLiteral("editorController"), &m_editor);
        context->setContextProperty(QStringLiteral("actionsController"), &m_actions);
        context->setContextProperty(QStringLiteral("meanwhile"), &m_meanwhile);
    }

    void cleanupTestCase()
    {
        m_editor.setSource(nullptr, {}, false);
        m_actions.setSource(nullptr, false);
        m_executor.reset();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_catalogeditor, CatalogEditorSetup)
#include "tst_catalogeditor.moc"
