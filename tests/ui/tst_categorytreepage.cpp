// Qt Quick Test of the category tree editor against a real database: the QML in tests/ui/qml
// drives the real CatalogPage and its Categories panel, signed in as a store manager of Alpha
// (the catalog fixture's tree Dairy › Butter, Snacks), and the same page as a floor supervisor.
// "meanwhile" reads what the database holds, and changes the tree as another desktop would.
// With STOCKROOM_SCREENSHOT_DIR set, it also saves what the panel looks like at each step.
#include "catalogeditorcontroller.h"
#include "catalogfixture.h"
#include "catalogmodel.h"
#include "categorymodel.h"
#include "categorytreecontroller.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "testdatabase.h"
#include "variantdetailcontroller.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

/** What the database holds, for the QML tests, and another desktop's changes. */
class Meanwhile : public QObject
{
    Q_OBJECT
public:
    test::TestDatabase *db = nullptr;
    ConnectionInfo other; // a tenant admin

    /** The path of the category named @p name ("" when there is none). */
    Q_INVOKABLE QString path(const QString &name) const
    {
        return value(QStringLiteral("path"), name);
    }
    Q_INVOKABLE QString id(const QString &name) const
    {
        return value(QStringLiteral("id::text"), name);
    }
    Q_INVOKABLE bool active(const QString &name) const
    {
        return value(QStringLiteral("is_active::text"), name) == QLatin1String("true");
    }
    /** The names under the category named @p parent ("": the top level) in their order. */
    Q_INVOKABLE QString children(const QString &parent) const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c
            .scalar(QStringLiteral("SELECT string_agg(c.name, ',' ORDER BY c.sort_order, c.name)"
                                   " FROM categories c LEFT JOIN categories p ON p.id ="
                                   " c.parent_id WHERE c.tenant_id = $1 AND coalesce(p.name, '')"
                                   " = $2"),
                    {test::catalogfixture::TenantA, parent})
            .value_or(QString());
    }
    Q_INVOKABLE int count() const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c
            .scalar(QStringLiteral("SELECT count(*) FROM categories WHERE tenant_id = $1"),
                    {test::catalogfixture::TenantA})
            .value_or(QString())
            .toInt();
    }
    /** Renames a category as another desktop (a tenant admin) would. */
    Q_INVOKABLE void rename(const QString &name, const QString &to) const
    {
        PgConnection c(other, QStringLiteral("meanwhile"));
        c.exec(QStringLiteral("SELECT api.rename_category(gen_random_uuid(), $1, $2)"),
               {id(name), to});
    }
    Q_INVOKABLE QString variantId(int item) const
    {
        return QStringLiteral("30000000-0000-4000-8000-%1").arg(item, 12, 10, QLatin1Char('0'));
    }

private:
    QString value(const QString &column, const QString &name) const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c
            .scalar(QStringLiteral("SELECT %1 FROM categories WHERE tenant_id = $1 AND name = $2")
                        .arg(column),
                    {test::catalogfixture::TenantA, name})
            .value_or(QString());
    }
};

/** One person's catalog page: its models and controllers on their own connection. */
struct Desk
{
    std::unique_ptr<DbExecutor> executor;
    CatalogModel catalog;
    CategoryModel categories;
    VariantDetailController detail;
    CatalogEditorController editor;
    CategoryTreeController tree;

    void start(const ConnectionInfo &info, const QString &name, bool edits)
    {
        executor = std::make_unique<DbExecutor>(info, name);
        const QString tenant = test::catalogfixture::TenantA;
        catalog.setSource(executor.get(), tenant);
        categories.setSource(executor.get(), tenant);
        detail.setSource(executor.get(), tenant);
        editor.setSource(executor.get(), tenant, edits);
        tree.setSource(executor.get(), &categories, edits);
        // As the app wires them: what the tree changed shows in the open item editor's picker
        // and the listed rows' paths.
        QObject::connect(&tree, &CategoryTreeController::changed, &editor,
                         &CatalogEditorController::reloadCategories);
        QObject::connect(&tree, &CategoryTreeController::changed, &catalog,
                         &CatalogModel::refreshListed);
    }
    void stop()
    {
        tree.setSource(nullptr, nullptr, false);
        editor.setSource(nullptr, {}, false);
        catalog.setSource(nullptr, {});
        categories.setSource(nullptr, {});
        detail.setSource(nullptr, {});
        executor.reset();
    }
};

class CategoryTreeSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    Desk m_manager;
    Desk m_supervisor;
    Meanwhile m_meanwhile;

public Q_SLOTS:
    void applicationAvailable()
    {
        // The desktop app's style, so screenshots show what people see.
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("categorytree"));
        test::catalogfixture::load(m_db->info());
        const QString darkStore = test::catalogfixture::addDarkStore(m_db->info());
        m_manager.start(test::catalogfixture::managerOfAlpha(*m_db), QStringLiteral("manager"),
                        true);
        m_supervisor.start(m_db->addStaff(test::catalogfixture::TenantA, RoleKind::FloorSupervisor,
                                          StaffScope{{}, {}, {darkStore}}),
                           QStringLiteral("supervisor"), false);
        m_meanwhile.db = m_db.get();
        m_meanwhile.other = m_db->addStaff(test::catalogfixture::TenantA, RoleKind::Admin);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("catalogModel"), &m_manager.catalog);
        context->setContextProperty(QStringLiteral("categoryModel"), &m_manager.categories);
        context->setContextProperty(QStringLiteral("detailController"), &m_manager.detail);
        context->setContextProperty(QStringLiteral("editorController"), &m_manager.editor);
        context->setContextProperty(QStringLiteral("treeController"), &m_manager.tree);
        context->setContextProperty(QStringLiteral("supervisorCatalog"), &m_supervisor.catalog);
        context->setContextProperty(QStringLiteral("supervisorCategories"),
                                    &m_supervisor.categories);
        context->setContextProperty(QStringLiteral("supervisorDetail"), &m_supervisor.detail);
        context->setContextProperty(QStringLiteral("supervisorTree"), &m_supervisor.tree);
        context->setContextProperty(QStringLiteral("meanwhile"), &m_meanwhile);
        context->setContextProperty(QStringLiteral("screenshotDir"),
                                    qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"));
    }

    void cleanupTestCase()
    {
        m_manager.stop();
        m_supervisor.stop();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_categorytreepage, CategoryTreeSetup)
#include "tst_categorytreepage.moc"
