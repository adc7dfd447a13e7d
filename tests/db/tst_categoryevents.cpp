// The category tree announces its changes (0024): one catalog.category.updated event per
// category a command or the catalog import created or changed — the whole subtree of a rename,
// move or deactivation, each category once, with its new path — none for a change that changes
// nothing, and tenant-wide, so a floor supervisor's stream carries them as a manager's does.
#include "catalogfixture.h"
#include "import/catalogimport.h"
#include "stockfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {
const QString Create = QStringLiteral("api.create_category($1, $2, $3)");
const QString Rename = QStringLiteral("api.rename_category($1, $2, $3)");
const QString Move = QStringLiteral("api.move_category($1, $2, $3)");
const QString Reorder = QStringLiteral("api.reorder_categories($1, $2, $3::uuid[])");
const QString SetActive = QStringLiteral("api.set_category_active($1, $2, $3::boolean)");
} // namespace

class TestCategoryEvents : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<PgConnection> m_manager;
    QString m_mark; // the newest outbox id before the step under test

    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }
    void mark() { m_mark = scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM outbox")); }
    /** The category events since mark(), in order: "path:change", "…:moved<Old/Path", … */
    QStringList announced()
    {
        const PgResult r = m_world->admin().exec(
            QStringLiteral("SELECT data->>'path', data->>'change', data->>'previous_path'"
                           " FROM outbox WHERE id > $1 AND event_type = 'catalog.category.updated'"
                           " ORDER BY id"),
            {m_mark});
        QStringList list;
        for (int i = 0; i < r.rows(); ++i)
            list << r.value(i, 0) + QLatin1Char(':') + r.value(i, 1) +
                        (r.isNull(i, 2) ? QString() : QLatin1Char('<') + r.value(i, 2));
        return list;
    }
    QString create(const QString &parent, const QString &name)
    {
        return call(*m_manager, Create,
                    {newRequestId(), parent.isEmpty() ? SqlParam() : parent, name})
            .value(QLatin1String("category_id"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = std::make_unique<StockWorld>(QStringLiteral("catevents"));
        m_manager = std::make_unique<PgConnection>(m_world->manager(), QStringLiteral("tst"));
    }
    void cleanupTestCase()
    {
        m_manager.reset();
        m_world.reset();
    }

    void everyChangedCategoryIsAnnouncedOnce()
    {
        guarded([&]() {
            mark();
            const QString bakery = create({}, QStringLiteral("Bakery"));
            const QString bread = create(bakery, QStringLiteral("Bread"));
            const QString buns = create(bread, QStringLiteral("Buns"));
            const QString cakes = create(bakery, QStringLiteral("Cakes"));
            QCOMPARE(announced(),
                     (QStringList{"Bakery:created", "Bakery/Bread:created",
                                  "Bakery/Bread/Buns:created", "Bakery/Cakes:created"}));
            // The event carries the category as it now is, tenant-wide, by whom.
            const QJsonObject data =
                QJsonDocument::fromJson(
                    scalar(QStringLiteral("SELECT data::text FROM outbox WHERE id > $1 AND"
                                          " data->>'category_id' = $2"),
                           {m_mark, bread})
                        .toUtf8())
                    .object();
            QCOMPARE(data.value(QLatin1String("parent_id")).toString(), bakery);
            QCOMPARE(data.value(QLatin1String("name")).toString(), QStringLiteral("Bread"));
            QCOMPARE(data.value(QLatin1String("is_active")).toBool(), true);
            QCOMPARE(data.value(QLatin1String("sort_order")).toInt(), 1);
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(DISTINCT concat_ws(' ', tenant_id,"
                                           " location_id, product_id, actor), ',') FROM outbox"
                                           " WHERE id > $1"),
                            {m_mark}),
                     QStringLiteral("%1 %2").arg(catalogfixture::TenantA, m_world->managerLogin()));

            // A rename: the category and everything below it, each once, with the new path.
            mark();
            call(*m_manager, Rename, {newRequestId(), bakery, QStringLiteral("Bakery & Cakes")});
            QCOMPARE(announced(),
                     (QStringList{"Bakery & Cakes:renamed<Bakery",
                                  "Bakery & Cakes/Bread:path_changed<Bakery/Bread",
                                  "Bakery & Cakes/Bread/Buns:path_changed<Bakery/Bread/Buns",
                                  "Bakery & Cakes/Cakes:path_changed<Bakery/Cakes"}));
            // A move: the category and its subtree; the siblings it leaves are not touched.
            mark();
            call(*m_manager, Move, {newRequestId(), bread, cakes});
            QCOMPARE(announced(),
                     (QStringList{"Bakery & Cakes/Cakes/Bread:moved<Bakery & Cakes/Bread",
                                  "Bakery & Cakes/Cakes/Bread/Buns:path_changed<Bakery &"
                                  " Cakes/Bread/Buns"}));
            mark();
            call(*m_manager, Move, {newRequestId(), bread, SqlParam()});
            QCOMPARE(announced(), (QStringList{"Bread:moved<Bakery & Cakes/Cakes/Bread",
                                               "Bread/Buns:path_changed<Bakery & Cakes/Cakes/"
                                               "Bread/Buns"}));
            // A new order: only the categories whose place changed.
            const QString pastry = create(bakery, QStringLiteral("Pastry"));
            const QString rusk = create(bakery, QStringLiteral("Rusk"));
            call(*m_manager, Reorder,
                 {newRequestId(), bakery, QStringLiteral("{%1,%2,%3}").arg(cakes, pastry, rusk)});
            mark();
            call(*m_manager, Reorder,
                 {newRequestId(), bakery, QStringLiteral("{%1,%2,%3}").arg(cakes, rusk, pastry)});
            QCOMPARE(announced(), (QStringList{"Bakery & Cakes/Pastry:reordered",
                                               "Bakery & Cakes/Rusk:reordered"}));
            // Deactivating and reactivating: the whole subtree.
            const QString cupcakes = create(cakes, QStringLiteral("Cupcakes"));
            mark();
            call(*m_manager, SetActive, {newRequestId(), cakes, QStringLiteral("false")});
            QCOMPARE(announced(), (QStringList{"Bakery & Cakes/Cakes:deactivated",
                                               "Bakery & Cakes/Cakes/Cupcakes:deactivated"}));
            QCOMPARE(scalar(QStringLiteral("SELECT data->>'is_active' FROM outbox WHERE id > $1"
                                           " AND data->>'category_id' = $2"),
                            {m_mark, cupcakes}),
                     QStringLiteral("false"));
            mark();
            call(*m_manager, SetActive, {newRequestId(), cakes, QStringLiteral("true")});
            QCOMPARE(announced(), (QStringList{"Bakery & Cakes/Cakes:reactivated",
                                               "Bakery & Cakes/Cakes/Cupcakes:reactivated"}));
            (void)buns;
        });
    }

    void aChangeThatChangesNothingAnnouncesNothing()
    {
        guarded([&]() {
            const QString dairy = QStringLiteral("10000000-0000-4000-8000-000000000001");
            const QString butter = QStringLiteral("10000000-0000-4000-8000-000000000002");
            const QString snacks = QStringLiteral("10000000-0000-4000-8000-000000000003");
            const QString order =
                scalar(QStringLiteral("SELECT '{' || string_agg(id::text, ',' ORDER BY"
                                      " sort_order, name) || '}' FROM categories WHERE"
                                      " tenant_id = $1 AND parent_id IS NULL"),
                       {catalogfixture::TenantA});
            call(*m_manager, Reorder, {newRequestId(), SqlParam(), order});
            mark();
            call(*m_manager, Rename, {newRequestId(), butter, QStringLiteral("Butter")});
            call(*m_manager, Move, {newRequestId(), butter, dairy});
            call(*m_manager, Reorder, {newRequestId(), SqlParam(), order});
            call(*m_manager, SetActive, {newRequestId(), snacks, QStringLiteral("true")});
            // Refused: nothing written, nothing announced.
            QVERIFY(refusal(*m_manager, QStringLiteral("SELECT ") + Rename,
                            {newRequestId(), butter, QStringLiteral("Dairy/Butter")}));
            // Only what does change: the same calls, with a real change among them.
            call(*m_manager, Rename, {newRequestId(), snacks, QStringLiteral("Namkeen")});
            call(*m_manager, Rename, {newRequestId(), butter, QStringLiteral("Butter")});
            QCOMPARE(announced(), QStringList{"Namkeen:renamed<Snacks"});
        });
    }

    void theImportAnnouncesTheCategoriesItCreates()
    {
        guarded([&]() {
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            const QString path = dir.filePath(QStringLiteral("catalog.csv"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("external_id,sku,product_name,variant_name,category_path,pack_size,uom\n"
                    ",FRZ-1,Peas,Frozen peas 500 g,Frozen/Vegetables,500,g\n"
                    ",FRZ-2,Kulfi,Kulfi 4 pc,Frozen/Desserts/Kulfi,4,pc\n"
                    ",DRY-1,Ghee,Ghee 1 l,Dairy,1,pc\n");
            f.close();
            mark();
            CatalogImportRequest request;
            request.filePath = path;
            request.sourceName = QStringLiteral("Head office ERP");
            PgConnection admin(m_world->db().addStaff(catalogfixture::TenantA, RoleKind::Admin),
                               QStringLiteral("tst-admin"));
            const CatalogImportResult r = CatalogImport(admin).run(request);
            QVERIFY2(r.message.isEmpty(), qPrintable(r.message));
            QCOMPARE(r.status, QStringLiteral("completed"));
            QStringList list = announced();
            list.sort(); // one statement per level of the paths
            QCOMPARE(list, (QStringList{"Frozen/Desserts/Kulfi:created", "Frozen/Desserts:created",
                                        "Frozen/Vegetables:created", "Frozen:created"}));
        });
    }

    void floorSupervisorsAndManagersReceiveThem()
    {
        guarded([&]() {
            // Floor supervisors work in dark stores.
            m_world->admin().exec(
                QStringLiteral("INSERT INTO locations (tenant_id, store_id, code, name,"
                               " location_type) SELECT $1, id, 'DS1-L', 'Dark store floor',"
                               " 'dark_store' FROM stores WHERE tenant_id = $1 AND code = 'S1'"),
                {catalogfixture::TenantA});
            const QString darkStore = scalar(
                QStringLiteral("INSERT INTO dark_stores (tenant_id, store_id, location_id, code,"
                               " name, city) SELECT $1, store_id, id, 'DS1', 'Kothrud hub', 'Pune'"
                               " FROM locations WHERE tenant_id = $1 AND code = 'DS1-L'"
                               " RETURNING id::text"),
                {catalogfixture::TenantA});
            PgConnection supervisor(m_world->db().addStaff(catalogfixture::TenantA,
                                                           RoleKind::FloorSupervisor,
                                                           StaffScope{{}, {}, {darkStore}}),
                                    QStringLiteral("tst-supervisor"));
            mark();
            const QString id = create({}, QStringLiteral("Household"));
            // The sequencer numbers it into the event log, which staff read by their scope.
            m_world->admin().exec(QStringLiteral("SELECT stream.sequence(100000)"));
            const QString seen =
                QStringLiteral("SELECT count(*) FROM event_log WHERE event_type ="
                               " 'catalog.category.updated' AND data->>'category_id' = $1");
            QCOMPARE(supervisor.scalar(seen, {id}).value_or(QString()), QStringLiteral("1"));
            QCOMPARE(m_manager->scalar(seen, {id}).value_or(QString()), QStringLiteral("1"));
        });
    }
};

QTEST_GUILESS_MAIN(TestCategoryEvents)
#include "tst_categoryevents.moc"
