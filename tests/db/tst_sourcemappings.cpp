// Source systems, external-id mappings and the review queue in the database (migration 0020),
// driven through the C++ calls the Sources screen uses: who may do what, the conflict refusal
// naming the variant, replace, many ids to one variant, unmap, the review queue's one open item
// per id and each way of resolving it, tenant isolation, idempotency, and a source's credentials
// never reaching staff.
#include "catalog/sourcemappings.h"
#include "catalogfixture.h"
#include "db/sqlsession.h"
#include "stockfixture.h"

#include <QJsonDocument>
#include <QtTest>
#include <functional>

using namespace stockroom;
using namespace stockroom::test;

namespace {

/** Runs @p body expecting a refusal; returns it, or nullopt when it went through. */
std::optional<DatabaseError> refused(const std::function<void()> &body)
{
    try {
        body();
    } catch (const DatabaseError &e) {
        return e;
    }
    return std::nullopt;
}

QString itemName(int n)
{
    return QStringLiteral("Item %1 500 g").arg(n, 3, 10, QLatin1Char('0'));
}

} // namespace

class TestSourceMappings : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<PgConnection> m_managerConn; // store manager of S1
    std::unique_ptr<PgConnection> m_adminConn;   // tenant admin of Alpha
    std::unique_ptr<PgConnection> m_floorConn;   // floor supervisor of Alpha's dark store
    std::unique_ptr<PgConnection> m_betaConn;    // tenant admin of Beta
    std::unique_ptr<PgSession> m_manager, m_admin, m_floor, m_beta;
    QString m_managerLogin;
    int m_nextSource = 0;

    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }
    /** A new source system of Alpha, made by its admin. */
    QString newSource(const QString &type = QStringLiteral("erp"))
    {
        const QJsonObject made =
            sourcemappings::createSource(*m_admin, {QStringLiteral("Source %1").arg(++m_nextSource),
                                                    type, QStringLiteral("LedgerOne")});
        return made.value(QLatin1String("source_system_id")).toString();
    }
    /** The variant an external id of a source names now, by SKU ("<null>" for none). */
    QString mappedSku(const QString &source, const QString &externalId)
    {
        return scalar(QStringLiteral("SELECT string_agg(v.sku, ',' ORDER BY v.sku)"
                                     " FROM source_entities se JOIN variants v"
                                     "   ON v.tenant_id = se.tenant_id AND v.id = se.canonical_id"
                                     " WHERE se.source_system_id = $1 AND se.external_id = $2"),
                      {source, externalId});
    }
    QString mappingEvents(const QString &variant)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE variant_id = $1"
                                     " AND event_type = 'catalog.source_mapping.updated'"),
                      {variant});
    }
    /** Queues a review item as the import's merge would (owner-only function). */
    QString queue(const QString &source, const QString &externalId, const QString &kind,
                  const QString &row, const QString &proposed = {},
                  const QString &reason = QStringLiteral("The row's barcode names another item."))
    {
        return scalar(QStringLiteral("SELECT catalog.queue_source_review($1, $2, $3, $4, $5,"
                                     " $6::jsonb, $7::uuid)"),
                      {catalogfixture::TenantA, source, externalId, kind, reason, row,
                       proposed.isEmpty() ? SqlParam() : SqlParam(proposed)});
    }
    QString itemState(const QString &item)
    {
        return scalar(QStringLiteral("SELECT status || ' | ' || coalesce(resolution, '-') || ' | '"
                                     " || coalesce(resolved_by::text, '-')"
                                     " FROM source_review_items WHERE id = $1"),
                      {item});
    }

private Q_SLOTS:
    void initTestCase()
    {
        guarded([&]() {
            m_world = std::make_unique<StockWorld>(QStringLiteral("sourcemappings"));
            const TestDatabase &db = m_world->db();
            // A dark store on S1 for the floor supervisor (the catalog fixture's helper assumes
            // one store; this world has two).
            const QString darkStore = scalar(
                QStringLiteral("WITH l AS (INSERT INTO locations (tenant_id, store_id, code, name,"
                               " location_type) SELECT tenant_id, id, 'DS1-L', 'Dark store floor',"
                               " 'dark_store' FROM stores WHERE tenant_id = $1 AND code = 'S1'"
                               " RETURNING tenant_id, store_id, id)"
                               " INSERT INTO dark_stores (tenant_id, store_id, location_id, code,"
                               " name, city) SELECT tenant_id, store_id, id, 'DS1', 'Kothrud hub',"
                               " 'Pune' FROM l RETURNING id"),
                {catalogfixture::TenantA});
            m_managerLogin = m_world->managerLogin();
            m_managerConn = std::make_unique<PgConnection>(m_world->manager(),
                                                           QStringLiteral("tst_sourcemappings"));
            m_adminConn = std::make_unique<PgConnection>(
                db.addStaff(catalogfixture::TenantA, RoleKind::Admin),
                QStringLiteral("tst_sourcemappings"));
            m_floorConn = std::make_unique<PgConnection>(db.addStaff(catalogfixture::TenantA,
                                                                     RoleKind::FloorSupervisor,
                                                                     {{}, {}, {darkStore}}),
                                                         QStringLiteral("tst_sourcemappings"));
            m_betaConn = std::make_unique<PgConnection>(
                db.addStaff(catalogfixture::TenantB, RoleKind::Admin),
                QStringLiteral("tst_sourcemappings"));
            m_manager = std::make_unique<PgSession>(*m_managerConn);
            m_admin = std::make_unique<PgSession>(*m_adminConn);
            m_floor = std::make_unique<PgSession>(*m_floorConn);
            m_beta = std::make_unique<PgSession>(*m_betaConn);
        });
    }
    void cleanupTestCase()
    {
        m_manager.reset();
        m_admin.reset();
        m_floor.reset();
        m_beta.reset();
        m_managerConn.reset();
        m_adminConn.reset();
        m_floorConn.reset();
        m_betaConn.reset();
        m_world.reset();
    }

    // ── Source systems ──────────────────────────────────────────────────────────────────────

    void onlyAnAdminCreatesAndChangesSourceSystems()
    {
        guarded([&]() {
            const QJsonObject made = sourcemappings::createSource(
                *m_admin, {QStringLiteral("  Store POS "), QStringLiteral("pos"),
                           QStringLiteral("TillKart")});
            const QString id = made.value(QLatin1String("source_system_id")).toString();
            QCOMPARE(made.value(QLatin1String("name")).toString(), QStringLiteral("Store POS"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type ="
                                           " 'catalog.source_system.updated' AND data->>"
                                           "'source_system_id' = $1"),
                            {id}),
                     QStringLiteral("1"));

            for (PgSession *who : {m_manager.get(), m_floor.get()}) {
                const auto e = refused([&]() {
                    (void)sourcemappings::createSource(
                        *who, {QStringLiteral("Tills"), QStringLiteral("pos"), {}});
                });
                QVERIFY(e);
                QCOMPARE(e->sqlState(), QStringLiteral("SR004"));
                QVERIFY2(e->message().endsWith(QStringLiteral("may not add source systems.")),
                         qPrintable(e->message()));
                const auto change =
                    refused([&]() { (void)sourcemappings::setSourceActive(*who, id, false); });
                QVERIFY(change);
                QCOMPARE(change->sqlState(), QStringLiteral("SR004"));
            }

            // Rename, change the kind and the vendor; then deactivate and reactivate.
            const QJsonObject renamed = sourcemappings::updateSource(
                *m_admin, id,
                {QStringLiteral("Till network"), QStringLiteral("seller_feed"), QString()});
            QCOMPARE(renamed.value(QLatin1String("name")).toString(),
                     QStringLiteral("Till network"));
            QVERIFY(renamed.value(QLatin1String("vendor")).isNull());
            QCOMPARE(scalar(QStringLiteral("SELECT source_type || ' ' || coalesce(vendor, '-')"
                                           " FROM source_systems WHERE id = $1"),
                            {id}),
                     QStringLiteral("seller_feed -"));
            (void)sourcemappings::setSourceActive(*m_admin, id, false);
            QCOMPARE(
                scalar(QStringLiteral("SELECT is_active FROM source_systems WHERE id = $1"), {id}),
                QStringLiteral("f"));
            (void)sourcemappings::setSourceActive(*m_admin, id, true);
            QCOMPARE(
                scalar(QStringLiteral("SELECT is_active FROM source_systems WHERE id = $1"), {id}),
                QStringLiteral("t"));
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(data->>'change', ',' ORDER BY id)"
                                           " FROM outbox WHERE data->>'source_system_id' = $1"
                                           " AND event_type = 'catalog.source_system.updated'"),
                            {id}),
                     QStringLiteral("created,updated,deactivated,reactivated"));
        });
    }

    void aNameClashIsRefusedNamingTheOtherSource()
    {
        guarded([&]() {
            (void)sourcemappings::createSource(
                *m_admin,
                {QStringLiteral("Head-office ERP"), QStringLiteral("erp"), QStringLiteral("SAP")});
            const auto e = refused([&]() {
                (void)sourcemappings::createSource(
                    *m_admin, {QStringLiteral("head-office erp"), QStringLiteral("pos"), {}});
            });
            QVERIFY(e);
            QCOMPARE(e->sqlState(), QStringLiteral("SR007"));
            QCOMPARE(e->message(),
                     QStringLiteral(
                         "A source system named \"Head-office ERP\" already exists (ERP, SAP)."));
            QCOMPARE(e->hint(),
                     QStringLiteral("Choose another name, or edit that source system instead."));
            // Renaming another source onto the name is the same clash.
            const QString other = newSource();
            const auto rename = refused([&]() {
                (void)sourcemappings::updateSource(
                    *m_admin, other,
                    {QStringLiteral("HEAD-OFFICE ERP"), QStringLiteral("erp"), QString()});
            });
            QVERIFY(rename);
            QCOMPARE(rename->sqlState(), QStringLiteral("SR007"));
            // Keeping its own name is no clash.
            const QString own =
                scalar(QStringLiteral("SELECT name FROM source_systems WHERE id = $1"), {other});
            (void)sourcemappings::updateSource(
                *m_admin, other, {own, QStringLiteral("import"), QStringLiteral("CSV")});
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM source_systems WHERE tenant_id"
                                           " = $1 AND lower(name) = 'head-office erp'"),
                            {catalogfixture::TenantA}),
                     QStringLiteral("1"));
        });
    }

    void badSourceFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "  "
                                 << "pos"
                                 << "A source system needs a name.";
        QTest::newRow("unknown kind") << "Warehouse scanner"
                                      << "scanner"
                                      << "\"scanner\" is not a kind of source system.";
    }
    void badSourceFieldsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, message);
        guarded([&]() {
            const auto e = refused([&]() {
                (void)sourcemappings::createSource(*m_admin, {name, type, {}});
            });
            QVERIFY(e);
            QCOMPARE(e->sqlState(), QStringLiteral("SR005"));
            QCOMPARE(e->message(), message);
        });
    }

    void secretsAreNeverReadableByStaff()
    {
        guarded([&]() {
            const QString source = newSource(QStringLiteral("seller_feed"));
            m_world->admin().exec(
                QStringLiteral("UPDATE source_systems SET auth_config = '{\"api_key\":"
                               " \"sk-live-4242\"}', webhook_secret = 'whsec-4242' WHERE id = $1"),
                {source});
            for (PgConnection *who : {m_adminConn.get(), m_managerConn.get(), m_floorConn.get()}) {
                for (const QString &sql :
                     {QStringLiteral("SELECT webhook_secret FROM source_systems"),
                      QStringLiteral("SELECT auth_config FROM source_systems"),
                      QStringLiteral("SELECT * FROM source_systems"),
                      QStringLiteral("SELECT s::text FROM source_systems s")}) {
                    const auto e = refusal(*who, sql);
                    QVERIFY2(e, qPrintable(sql + QStringLiteral(" was allowed")));
                    QCOMPARE(e->sqlState(), QStringLiteral("42501"));
                }
                // What staff may read of it, they read.
                QCOMPARE(who->scalar(QStringLiteral("SELECT name FROM source_systems"
                                                    " WHERE id = $1"),
                                     {source})
                             .value_or(QString()),
                         QStringLiteral("Source %1").arg(m_nextSource));
                // The reads and commands for the desktop carry none of it either.
                const QString listed =
                    who->scalar(
                           QStringLiteral("SELECT json_agg(s)::text FROM api.source_systems() s"))
                        .value_or(QString());
                QVERIFY(listed.contains(QStringLiteral("Source %1").arg(m_nextSource)));
                QVERIFY(!listed.contains(QLatin1String("4242")));
            }
            const QJsonObject changed = sourcemappings::setSourceActive(*m_admin, source, true);
            QVERIFY(!QJsonDocument(changed).toJson().contains("4242"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE data::text LIKE"
                                           " '%4242%'")),
                     QStringLiteral("0"));
        });
    }

    // ── Mappings ────────────────────────────────────────────────────────────────────────────

    void aConflictIsRefusedNamingTheMappedVariantUnlessReplaced()
    {
        guarded([&]() {
            const QString source = newSource();
            const int first = m_world->freshVariant();
            const int second = m_world->freshVariant();
            const MappingResult made = sourcemappings::map(
                *m_manager, source, QStringLiteral("ITM-77"), StockWorld::variant(first), false);
            QCOMPARE(made.change, QStringLiteral("created"));
            QCOMPARE(made.sku, StockWorld::sku(first));
            QCOMPARE(mappingEvents(StockWorld::variant(first)), QStringLiteral("1"));

            const auto e = refused([&]() {
                (void)sourcemappings::map(*m_manager, source, QStringLiteral("ITM-77"),
                                          StockWorld::variant(second), false);
            });
            QVERIFY(e);
            QCOMPARE(e->sqlState(), QStringLiteral("SR019"));
            QCOMPARE(e->message(),
                     QStringLiteral("External id \"ITM-77\" of Source %1 is already mapped to %2"
                                    " (%3).")
                         .arg(m_nextSource)
                         .arg(StockWorld::sku(first), itemName(first)));
            QVERIFY2(e->hint().contains(StockWorld::sku(second)), qPrintable(e->hint()));
            QCOMPARE(mappedSku(source, QStringLiteral("ITM-77")), StockWorld::sku(first));
            QCOMPARE(mappingEvents(StockWorld::variant(second)), QStringLiteral("0"));

            const MappingResult replaced = sourcemappings::map(
                *m_manager, source, QStringLiteral("ITM-77"), StockWorld::variant(second), true);
            QCOMPARE(replaced.change, QStringLiteral("replaced"));
            QCOMPARE(replaced.previousSku, StockWorld::sku(first));
            QCOMPARE(replaced.mappingId, made.mappingId); // the same row, pointed elsewhere
            QCOMPARE(mappedSku(source, QStringLiteral("ITM-77")), StockWorld::sku(second));
            QCOMPARE(scalar(QStringLiteral("SELECT data->>'change' || ' ' || (data->>"
                                           "'previous_sku') FROM outbox WHERE variant_id = $1"
                                           " AND event_type = 'catalog.source_mapping.updated'"),
                            {StockWorld::variant(second)}),
                     QStringLiteral("replaced %1").arg(StockWorld::sku(first)));
            // Mapping it where it already points changes nothing and announces nothing.
            const MappingResult again = sourcemappings::map(
                *m_manager, source, QStringLiteral(" ITM-77 "), StockWorld::variant(second), false);
            QCOMPARE(again.change, QStringLiteral("unchanged"));
            QCOMPARE(mappingEvents(StockWorld::variant(second)), QStringLiteral("1"));
        });
    }

    void manyExternalIdsMapToOneVariant()
    {
        guarded([&]() {
            const QString erp = newSource();
            const QString feed = newSource(QStringLiteral("dark_store_feed"));
            const int n = m_world->freshVariant();
            const QString variant = StockWorld::variant(n);
            (void)sourcemappings::map(*m_manager, erp, QStringLiteral("A-100"), variant, false);
            (void)sourcemappings::map(*m_manager, erp, QStringLiteral("LEGACY/100"), variant,
                                      false);
            (void)sourcemappings::map(*m_admin, feed, QStringLiteral("DS1:100"), variant, false);
            const QList<VariantMapping> all = sourcemappings::variantMappings(*m_manager, variant);
            QStringList ids;
            for (const VariantMapping &m : all)
                ids << m.externalId;
            ids.sort();
            QCOMPARE(ids, (QStringList{QStringLiteral("A-100"), QStringLiteral("DS1:100"),
                                       QStringLiteral("LEGACY/100")}));

            // A source's mappings page in external-id order, and search by id or by SKU.
            const QList<SourceMapping> firstPage =
                sourcemappings::mappings(*m_manager, erp, {}, std::nullopt, 1);
            QCOMPARE(firstPage.size(), 1);
            QCOMPARE(firstPage.first().externalId, QStringLiteral("A-100"));
            QCOMPARE(firstPage.first().variantName, itemName(n));
            const QList<SourceMapping> next = sourcemappings::mappings(
                *m_manager, erp, {},
                MappingCursor{firstPage.first().externalId, firstPage.first().id}, 10);
            QCOMPARE(next.size(), 1);
            QCOMPARE(next.first().externalId, QStringLiteral("LEGACY/100"));
            QCOMPARE(sourcemappings::mappings(*m_manager, erp, QStringLiteral("legacy"),
                                              std::nullopt, 10)
                         .size(),
                     1);
            QCOMPARE(sourcemappings::mappings(*m_manager, erp, StockWorld::sku(n).toLower(),
                                              std::nullopt, 10)
                         .size(),
                     2);
            const QList<SourceSystem> sources = sourcemappings::sources(*m_manager);
            const auto found = std::find_if(sources.cbegin(), sources.cend(),
                                            [&](const SourceSystem &s) { return s.id == erp; });
            QVERIFY(found != sources.cend());
            QCOMPARE(found->mappingCount, 2);
        });
    }

    void anIdFiledUnderAnotherEntityTypeIsTheSameId()
    {
        guarded([&]() {
            // The demo's ERP files its ids as "item": mapping that id again is the same id.
            const QString source = newSource();
            const int mapped = m_world->freshVariant();
            const int other = m_world->freshVariant();
            m_world->admin().exec(
                QStringLiteral("INSERT INTO source_entities (tenant_id, source_system_id,"
                               " entity_type, external_id, canonical_type, canonical_id)"
                               " VALUES ($1, $2, 'item', 'ITM00000042', 'variant', $3)"),
                {catalogfixture::TenantA, source, StockWorld::variant(mapped)});
            const auto e = refused([&]() {
                (void)sourcemappings::map(*m_manager, source, QStringLiteral("ITM00000042"),
                                          StockWorld::variant(other), false);
            });
            QVERIFY(e);
            QCOMPARE(e->sqlState(), QStringLiteral("SR019"));
            QCOMPARE(sourcemappings::map(*m_manager, source, QStringLiteral("ITM00000042"),
                                         StockWorld::variant(mapped), false)
                         .change,
                     QStringLiteral("unchanged"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM source_entities WHERE"
                                           " source_system_id = $1"),
                            {source}),
                     QStringLiteral("1"));
        });
    }

    void unmapRemovesOneMapping()
    {
        guarded([&]() {
            const QString source = newSource();
            const int n = m_world->freshVariant();
            const QString variant = StockWorld::variant(n);
            const MappingResult a =
                sourcemappings::map(*m_manager, source, QStringLiteral("U-1"), variant, false);
            (void)sourcemappings::map(*m_manager, source, QStringLiteral("U-2"), variant, false);
            (void)sourcemappings::unmap(*m_manager, a.mappingId);
            QCOMPARE(mappedSku(source, QStringLiteral("U-1")), QStringLiteral("<null>"));
            QCOMPARE(mappedSku(source, QStringLiteral("U-2")), StockWorld::sku(n));
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(data->>'change', ',' ORDER BY id)"
                                           " FROM outbox WHERE variant_id = $1 AND event_type ="
                                           " 'catalog.source_mapping.updated'"),
                            {variant}),
                     QStringLiteral("created,created,unmapped"));
            const auto gone =
                refused([&]() { (void)sourcemappings::unmap(*m_manager, a.mappingId); });
            QVERIFY(gone);
            QCOMPARE(gone->sqlState(), QStringLiteral("SR006"));
            QVERIFY2(gone->message().contains(QStringLiteral("removed already")),
                     qPrintable(gone->message()));
        });
    }

    void aFloorSupervisorMapsNothing()
    {
        guarded([&]() {
            const QString source = newSource();
            const QString variant = StockWorld::variant(m_world->freshVariant());
            const MappingResult made =
                sourcemappings::map(*m_manager, source, QStringLiteral("F-1"), variant, false);
            const QString item = queue(source, QStringLiteral("F-2"), QStringLiteral("unmapped"),
                                       QStringLiteral("{}"), variant);
            const QList<std::function<void()>> attempts{
                [&]() {
                    (void)sourcemappings::map(*m_floor, source, QStringLiteral("F-3"), variant,
                                              false);
                },
                [&]() { (void)sourcemappings::unmap(*m_floor, made.mappingId); },
                [&]() {
                    (void)sourcemappings::resolveReview(*m_floor, item, ReviewAction::Map);
                }};
            for (const auto &attempt : attempts) {
                const auto e = refused(attempt);
                QVERIFY(e);
                QCOMPARE(e->sqlState(), QStringLiteral("SR004"));
            }
            // Staff cannot queue items themselves: only the import's merge does.
            const auto direct = refusal(
                *m_managerConn,
                QStringLiteral("SELECT catalog.queue_source_review($1, $2, 'X', 'unmapped', 'r')"),
                {catalogfixture::TenantA, source});
            QVERIFY(direct);
            QCOMPARE(direct->sqlState(), QStringLiteral("42501"));
            QCOMPARE(itemState(item), QStringLiteral("open | - | -"));
        });
    }

    // ── The review queue ────────────────────────────────────────────────────────────────────

    void theQueueKeepsOneOpenItemPerExternalId()
    {
        guarded([&]() {
            const QString source = newSource(QStringLiteral("dark_store_feed"));
            const QString first =
                queue(source, QStringLiteral("DS1:0042"), QStringLiteral("unmapped"),
                      QStringLiteral("{\"sku\": \"NEW-1\", \"mrp\": \"40\"}"));
            const QString second =
                queue(source, QStringLiteral("DS1:0042"), QStringLiteral("unmapped"),
                      QStringLiteral("{\"sku\": \"NEW-1\", \"mrp\": \"42\"}"),
                      StockWorld::variant(m_world->freshVariant()),
                      QStringLiteral("Its barcode names another item."));
            QCOMPARE(second, first);
            const std::optional<SourceReviewItem> item =
                sourcemappings::reviewItem(*m_manager, first);
            QVERIFY(item);
            QCOMPARE(item->sightings, 2);
            QCOMPARE(item->receivedRow.value(QLatin1String("mrp")).toString(),
                     QStringLiteral("42"));
            QCOMPARE(item->reason, QStringLiteral("Its barcode names another item."));
            QVERIFY(!item->proposed.isNull());
            // Another id is another item; the same id elsewhere too.
            const QString other = queue(source, QStringLiteral("DS1:0043"),
                                        QStringLiteral("unmapped"), QStringLiteral("{}"));
            QVERIFY(other != first);
            QCOMPARE(sourcemappings::reviewQueue(*m_manager, {source, {}, false, 50}).size(), 2);
            // Once resolved, the id may be queued afresh.
            (void)sourcemappings::resolveReview(*m_manager, first, ReviewAction::Dismiss, {},
                                                QStringLiteral("Test row from the feed"));
            const QString again = queue(source, QStringLiteral("DS1:0042"),
                                        QStringLiteral("unmapped"), QStringLiteral("{}"));
            QVERIFY(again != first);
            QCOMPARE(sourcemappings::reviewItem(*m_manager, again)->sightings, 1);
        });
    }

    void theQueueListsOpenItemsFirstAndFilters()
    {
        guarded([&]() {
            const QString source = newSource(QStringLiteral("pos"));
            const int mapped = m_world->freshVariant();
            const int proposed = m_world->freshVariant();
            (void)sourcemappings::map(*m_manager, source, QStringLiteral("PLU-9"),
                                      StockWorld::variant(mapped), false);
            const QString conflict =
                queue(source, QStringLiteral("PLU-9"), QStringLiteral("conflict"),
                      QStringLiteral("{\"sku\": \"%1\"}").arg(StockWorld::sku(proposed)),
                      StockWorld::variant(proposed), QStringLiteral("The row names another SKU."));
            const QString unmapped = queue(source, QStringLiteral("PLU-10"),
                                           QStringLiteral("unmapped"), QStringLiteral("{}"));
            const QString closed = queue(source, QStringLiteral("PLU-11"),
                                         QStringLiteral("unmapped"), QStringLiteral("{}"));
            (void)sourcemappings::resolveReview(*m_manager, closed, ReviewAction::Dismiss, {},
                                                QStringLiteral("Discontinued"));

            const QList<SourceReviewItem> conflicts =
                sourcemappings::reviewQueue(*m_manager, {source, QStringLiteral("conflict")});
            QCOMPARE(conflicts.size(), 1);
            const SourceReviewItem &c = conflicts.first();
            QCOMPARE(c.id, conflict);
            QCOMPARE(c.mapped.sku, StockWorld::sku(mapped));
            QCOMPARE(c.mapped.name, itemName(mapped));
            QCOMPARE(c.proposed.sku, StockWorld::sku(proposed));
            QCOMPARE(c.proposed.name, itemName(proposed));
            QCOMPARE(c.sourceName, QStringLiteral("Source %1").arg(m_nextSource));

            const QList<SourceReviewItem> open =
                sourcemappings::reviewQueue(*m_manager, {source, {}, false, 50});
            QCOMPARE(open.size(), 2);
            const QList<SourceReviewItem> all =
                sourcemappings::reviewQueue(*m_manager, {source, {}, true, 50});
            QCOMPARE(all.size(), 3);
            QVERIFY(all.at(0).isOpen() && all.at(1).isOpen());
            QCOMPARE(all.at(2).id, closed);
            QCOMPARE(all.at(2).resolution, QStringLiteral("Dismissed: Discontinued"));
            QCOMPARE(all.at(2).resolvedBy, m_managerLogin);
            QVERIFY(unmapped == all.at(0).id || unmapped == all.at(1).id);
        });
    }

    void resolvingByMappingToTheProposedVariant()
    {
        guarded([&]() {
            const QString source = newSource(QStringLiteral("dark_store_feed"));
            const int n = m_world->freshVariant();
            const QString item = queue(source, QStringLiteral("DS1:7"), QStringLiteral("unmapped"),
                                       QStringLiteral("{}"), StockWorld::variant(n));
            const QJsonObject done =
                sourcemappings::resolveReview(*m_manager, item, ReviewAction::Map);
            QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("resolved"));
            QCOMPARE(mappedSku(source, QStringLiteral("DS1:7")), StockWorld::sku(n));
            QCOMPARE(itemState(item), QStringLiteral("resolved | Mapped to %1 (%2). | %3")
                                          .arg(StockWorld::sku(n), itemName(n), m_managerLogin));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type ="
                                           " 'catalog.source_review.resolved' AND data->>"
                                           "'item_id' = $1"),
                            {item}),
                     QStringLiteral("1"));
            QCOMPARE(mappingEvents(StockWorld::variant(n)), QStringLiteral("1"));
            // A resolved item stays resolved.
            const auto twice = refused([&]() {
                (void)sourcemappings::resolveReview(*m_manager, item, ReviewAction::Dismiss, {},
                                                    QStringLiteral("late"));
            });
            QVERIFY(twice);
            QCOMPARE(twice->sqlState(), QStringLiteral("SR015"));
            QVERIFY2(twice->message().startsWith(
                         QStringLiteral("The review of \"DS1:7\" was already resolved by %1 on ")
                             .arg(m_managerLogin)),
                     qPrintable(twice->message()));
            // Without a proposal, map needs a chosen variant.
            const QString bare = queue(source, QStringLiteral("DS1:8"), QStringLiteral("unmapped"),
                                       QStringLiteral("{}"));
            const auto none = refused([&]() {
                (void)sourcemappings::resolveReview(*m_manager, bare, ReviewAction::Map);
            });
            QVERIFY(none);
            QCOMPARE(none->sqlState(), QStringLiteral("SR005"));
            QCOMPARE(itemState(bare), QStringLiteral("open | - | -"));
        });
    }

    void resolvingAConflictByMappingToAnotherVariant()
    {
        guarded([&]() {
            const QString source = newSource();
            const int mapped = m_world->freshVariant();
            const int proposed = m_world->freshVariant();
            const int chosen = m_world->freshVariant();
            (void)sourcemappings::map(*m_manager, source, QStringLiteral("C-1"),
                                      StockWorld::variant(mapped), false);
            const QString item = queue(source, QStringLiteral("C-1"), QStringLiteral("conflict"),
                                       QStringLiteral("{}"), StockWorld::variant(proposed));
            (void)sourcemappings::resolveReview(*m_admin, item, ReviewAction::Map,
                                                StockWorld::variant(chosen));
            QCOMPARE(mappedSku(source, QStringLiteral("C-1")), StockWorld::sku(chosen));
            QVERIFY(itemState(item).startsWith(
                QStringLiteral("resolved | Mapped to %1").arg(StockWorld::sku(chosen))));
            // The closed item shows the mapping it was resolved with.
            QCOMPARE(sourcemappings::reviewItem(*m_manager, item)->mapped.sku,
                     StockWorld::sku(chosen));
        });
    }

    void resolvingAConflictByKeepingTheCurrentMapping()
    {
        guarded([&]() {
            const QString source = newSource();
            const int mapped = m_world->freshVariant();
            const int proposed = m_world->freshVariant();
            (void)sourcemappings::map(*m_manager, source, QStringLiteral("K-1"),
                                      StockWorld::variant(mapped), false);
            const QString item = queue(source, QStringLiteral("K-1"), QStringLiteral("conflict"),
                                       QStringLiteral("{}"), StockWorld::variant(proposed));
            (void)sourcemappings::resolveReview(*m_manager, item, ReviewAction::Keep);
            QCOMPARE(mappedSku(source, QStringLiteral("K-1")), StockWorld::sku(mapped));
            QCOMPARE(itemState(item),
                     QStringLiteral("resolved | Kept the mapping to %1 (%2). | %3")
                         .arg(StockWorld::sku(mapped), itemName(mapped), m_managerLogin));
            // Nothing to keep for an id mapped to nothing.
            const QString unmapped = queue(source, QStringLiteral("K-2"),
                                           QStringLiteral("unmapped"), QStringLiteral("{}"));
            const auto e = refused([&]() {
                (void)sourcemappings::resolveReview(*m_manager, unmapped, ReviewAction::Keep);
            });
            QVERIFY(e);
            QCOMPARE(e->sqlState(), QStringLiteral("SR005"));
            QCOMPARE(e->message(), QStringLiteral("\"K-2\" is not mapped to anything, so there is"
                                                  " no mapping to keep."));
        });
    }

    void dismissingNeedsAReason()
    {
        guarded([&]() {
            const QString source = newSource();
            const QString item = queue(source, QStringLiteral("D-1"), QStringLiteral("unmapped"),
                                       QStringLiteral("{}"));
            const auto e = refused([&]() {
                (void)sourcemappings::resolveReview(*m_manager, item, ReviewAction::Dismiss, {},
                                                    QStringLiteral("   "));
            });
            QVERIFY(e);
            QCOMPARE(e->sqlState(), QStringLiteral("SR005"));
            QCOMPARE(e->message(), QStringLiteral("Say why the review of \"D-1\" is dismissed."));
            QCOMPARE(itemState(item), QStringLiteral("open | - | -"));
            const QJsonObject done = sourcemappings::resolveReview(
                *m_manager, item, ReviewAction::Dismiss, {}, QStringLiteral(" Test item "));
            QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("dismissed"));
            QCOMPARE(itemState(item),
                     QStringLiteral("dismissed | Dismissed: Test item | %1").arg(m_managerLogin));
            QCOMPARE(mappedSku(source, QStringLiteral("D-1")), QStringLiteral("<null>"));
        });
    }

    void mappingAnIdResolvesItsOpenItem()
    {
        guarded([&]() {
            const QString source = newSource();
            const int n = m_world->freshVariant();
            const QString item = queue(source, QStringLiteral("M-1"), QStringLiteral("unmapped"),
                                       QStringLiteral("{}"));
            const MappingResult made = sourcemappings::map(
                *m_manager, source, QStringLiteral("M-1"), StockWorld::variant(n), false);
            QCOMPARE(made.resolvedReviewItems, 1);
            QCOMPARE(itemState(item), QStringLiteral("resolved | Mapped to %1 (%2). | %3")
                                          .arg(StockWorld::sku(n), itemName(n), m_managerLogin));
        });
    }

    // ── Across tenants, and repeated requests ───────────────────────────────────────────────

    void anotherTenantSeesAndTouchesNothing()
    {
        guarded([&]() {
            const QString source = newSource();
            const int n = m_world->freshVariant();
            const MappingResult made = sourcemappings::map(
                *m_manager, source, QStringLiteral("T-1"), StockWorld::variant(n), false);
            const QString item = queue(source, QStringLiteral("T-2"), QStringLiteral("unmapped"),
                                       QStringLiteral("{}"), StockWorld::variant(n));
            QVERIFY(sourcemappings::sources(*m_beta).isEmpty());
            QVERIFY(sourcemappings::reviewQueue(*m_beta, {}).isEmpty());
            QVERIFY(!sourcemappings::reviewItem(*m_beta, item));
            QVERIFY(sourcemappings::mappings(*m_beta, source, {}, std::nullopt, 10).isEmpty());
            QVERIFY(sourcemappings::variantMappings(*m_beta, StockWorld::variant(n)).isEmpty());
            const QString beta = QStringLiteral("20000000-0000-4000-8000-999999999999");
            const QList<std::pair<QString, std::function<void()>>> attempts{
                {QStringLiteral("SR006"),
                 [&]() {
                     (void)sourcemappings::map(*m_beta, source, QStringLiteral("T-3"), beta, false);
                 }},
                {QStringLiteral("SR006"),
                 [&]() {
                     (void)sourcemappings::unmap(*m_beta, made.mappingId);
                 }},
                {QStringLiteral("SR006"),
                 [&]() {
                     (void)sourcemappings::resolveReview(*m_beta, item, ReviewAction::Dismiss, {},
                                                         QStringLiteral("not ours"));
                 }},
                {QStringLiteral("SR006"),
                 [&]() {
                     (void)sourcemappings::setSourceActive(*m_beta, source, false);
                 }},
            };
            for (const auto &[code, attempt] : attempts) {
                const auto e = refused(attempt);
                QVERIFY(e);
                QCOMPARE(e->sqlState(), code);
            }
            // Alpha's own variant is unknown to Beta's source too.
            const QString betaSource =
                sourcemappings::createSource(
                    *m_beta, {QStringLiteral("Beta POS"), QStringLiteral("pos"), {}})
                    .value(QLatin1String("source_system_id"))
                    .toString();
            const auto foreign = refused([&]() {
                (void)sourcemappings::map(*m_beta, betaSource, QStringLiteral("T-1"),
                                          StockWorld::variant(n), false);
            });
            QVERIFY(foreign);
            QCOMPARE(foreign->sqlState(), QStringLiteral("SR012"));
            QCOMPARE(mappedSku(source, QStringLiteral("T-1")), StockWorld::sku(n));
            QCOMPARE(itemState(item), QStringLiteral("open | - | -"));
            // A name used by another tenant is free here.
            QVERIFY(!refused([&]() {
                (void)sourcemappings::createSource(
                    *m_admin, {QStringLiteral("Beta POS"), QStringLiteral("pos"), {}});
            }));
        });
    }

    void aRepeatedRequestIsAppliedOnce()
    {
        guarded([&]() {
            const QUuid create = QUuid::createUuid();
            const SourceSpec spec{QStringLiteral("Seller hub"), QStringLiteral("seller_feed"),
                                  QStringLiteral("Flipkart")};
            const QJsonObject made = sourcemappings::createSource(*m_admin, spec, create);
            QCOMPARE(sourcemappings::createSource(*m_admin, spec, create), made);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM source_systems WHERE name ="
                                           " 'Seller hub'")),
                     QStringLiteral("1"));
            const QString source = made.value(QLatin1String("source_system_id")).toString();

            const int n = m_world->freshVariant();
            const QUuid mapRequest = QUuid::createUuid();
            const MappingResult first =
                sourcemappings::map(*m_manager, source, QStringLiteral("R-1"),
                                    StockWorld::variant(n), false, mapRequest);
            const MappingResult second =
                sourcemappings::map(*m_manager, source, QStringLiteral("R-1"),
                                    StockWorld::variant(n), false, mapRequest);
            QCOMPARE(second.json, first.json);
            QCOMPARE(second.change, QStringLiteral("created"));
            QCOMPARE(mappingEvents(StockWorld::variant(n)), QStringLiteral("1"));

            const QString item = queue(source, QStringLiteral("R-2"), QStringLiteral("unmapped"),
                                       QStringLiteral("{}"), StockWorld::variant(n));
            const QUuid resolve = QUuid::createUuid();
            const QJsonObject done =
                sourcemappings::resolveReview(*m_manager, item, ReviewAction::Map, {}, {}, resolve);
            QCOMPARE(
                sourcemappings::resolveReview(*m_manager, item, ReviewAction::Map, {}, {}, resolve),
                done);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type ="
                                           " 'catalog.source_review.resolved' AND data->>"
                                           "'item_id' = $1"),
                            {item}),
                     QStringLiteral("1"));
            // The same request id for another command is refused.
            const auto reused = refused(
                [&]() { (void)sourcemappings::unmap(*m_manager, first.mappingId, mapRequest); });
            QVERIFY(reused);
            QCOMPARE(reused->sqlState(), QStringLiteral("SR008"));
        });
    }
};

QTEST_GUILESS_MAIN(TestSourceMappings)
#include "tst_sourcemappings.moc"
