// Catalog editing in the database (0019): the category tree, products and variants with their
// rules and the wording of each refusal, versions written only for a real change, optimistic
// locking that names who changed what, restore, delete versus archive, the events and their
// data, idempotency, and who may edit.
#include "catalogfixture.h"
#include "concurrentsessions.h"
#include "stockfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

const QString CreateProduct = QStringLiteral("api.create_product($1, $2::jsonb, $3::jsonb)");
const QString CreateVariant = QStringLiteral("api.create_variant($1, $2, $3::jsonb)");
const QString UpdateVariant = QStringLiteral("api.update_variant($1, $2, $3::int, $4::jsonb)");
const QString UpdateProduct = QStringLiteral("api.update_product($1, $2, $3::int, $4::jsonb)");
const QString Restore = QStringLiteral("api.restore_variant_version($1, $2, $3::int, $4::int)");
const QString Archive = QStringLiteral("api.archive_variant($1, $2, $3::int)");
const QString Reactivate = QStringLiteral("api.reactivate_variant($1, $2, $3::int)");
const QString Delete = QStringLiteral("api.delete_variant($1, $2, $3::int)");

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/** The GS1 check digit of @p body, computed here independently of the code under test. */
QString withCheckDigit(const QString &body)
{
    int sum = 0;
    for (int i = 0; i < body.size(); ++i)
        sum += body.at(body.size() - 1 - i).digitValue() * (i % 2 == 0 ? 3 : 1);
    return body + QString::number((10 - sum % 10) % 10);
}

} // namespace

class TestCatalogCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<PgConnection> m_manager;
    std::unique_ptr<PgConnection> m_admin; // a tenant admin (not the superuser)
    QString m_adminLogin;
    int m_serial = 0;

    PgConnection &su() { return m_world->admin(); }
    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }
    /** A new SKU and a barcode no variant has. */
    QString nextSku() { return QStringLiteral("NEW-%1").arg(++m_serial, 3, 10, QLatin1Char('0')); }
    QString nextBarcode()
    {
        return withCheckDigit(QStringLiteral("77%1").arg(++m_serial, 10, 10, QLatin1Char('0')));
    }

    /** A product with one variant, made by the manager; returns the result. */
    QJsonObject create(const QJsonObject &product, const QJsonObject &variant)
    {
        return call(*m_manager, CreateProduct, {newRequestId(), json(product), json(variant)});
    }
    QJsonObject simpleItem(const QString &category = {})
    {
        QJsonObject product{{QStringLiteral("name"), QStringLiteral("Test product")}};
        if (!category.isEmpty())
            product.insert(QStringLiteral("category_id"), category);
        return create(product, {{QStringLiteral("sku"), nextSku()},
                                {QStringLiteral("name"), QStringLiteral("Test item 1 kg")},
                                {QStringLiteral("barcodes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("barcode"), nextBarcode()},
                                                        {QStringLiteral("primary"), true}}}}});
    }
    QJsonObject update(PgConnection &c, const QString &variant, int expected,
                       const QJsonObject &changes)
    {
        return call(c, UpdateVariant,
                    {newRequestId(), variant, QString::number(expected), json(changes)});
    }
    int token(const QString &variant)
    {
        return scalar(QStringLiteral("SELECT version FROM variants WHERE id = $1"), {variant})
            .toInt();
    }
    QString versions(const QString &variant)
    {
        return scalar(QStringLiteral("SELECT coalesce(string_agg(version_no::text, ','"
                                     " ORDER BY version_no), '') FROM catalog_item_versions"
                                     " WHERE variant_id = $1"),
                      {variant});
    }
    /** The catalog events about @p variant (or its product), oldest first. */
    QStringList catalogEvents(const QString &product)
    {
        const PgResult r = su().exec(QStringLiteral("SELECT event_type FROM outbox WHERE"
                                                    " product_id = $1 AND event_type LIKE"
                                                    " 'catalog.%' ORDER BY id"),
                                     {product});
        QStringList list;
        for (int i = 0; i < r.rows(); ++i)
            list << r.value(i, 0);
        return list;
    }
    QJsonObject lastEventData(const QString &variant, const QString &type)
    {
        return QJsonDocument::fromJson(
                   scalar(QStringLiteral("SELECT data::text FROM outbox WHERE variant_id = $1 AND"
                                         " event_type = $2 ORDER BY id DESC LIMIT 1"),
                          {variant, type})
                       .toUtf8())
            .object();
    }
    /** "SR005 <message>" of a refused call (with " [field]" when it names one), or "ok". */
    QString attempt(PgConnection &c, const QString &function, const QList<SqlParam> &params)
    {
        const auto e = refusal(c, QStringLiteral("SELECT ") + function, params);
        if (!e)
            return QStringLiteral("ok");
        const int field = e->detail().indexOf(QLatin1String(" field="));
        return e->sqlState() + QLatin1Char(' ') + e->message() +
               (field >= 0 ? QStringLiteral(" [%1]").arg(e->detail().mid(field + 7)) : QString());
    }
    QString displayName(const QString &login)
    {
        return scalar(QStringLiteral("SELECT display_name FROM staff WHERE login_role = $1"),
                      {login});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = std::make_unique<StockWorld>(QStringLiteral("catcommands"));
        m_manager =
            std::make_unique<PgConnection>(m_world->manager(), QStringLiteral("tst_catcmd"));
        m_admin = std::make_unique<PgConnection>(
            m_world->db().addStaff(catalogfixture::TenantA, RoleKind::Admin, {}, &m_adminLogin),
            QStringLiteral("tst_catcmd-admin"));
        su().exec(QStringLiteral("INSERT INTO units_of_measure VALUES ($1, 'case', 'Case',"
                                 " 'count', 1), ($1, 'kg', 'Kilogram', 'mass', 1000)"),
                  {catalogfixture::TenantA});
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        m_manager.reset();
        m_world.reset();
    }

    void aProductIsCreatedOnceWithItsFirstVariantAndAnnounced()
    {
        guarded([&]() {
            const QString barcode = nextBarcode();
            const QString request = newRequestId();
            const QList<SqlParam> args{
                request,
                json({{QStringLiteral("name"), QStringLiteral("Amul Butter")},
                      {QStringLiteral("brand"), QStringLiteral("Amul")},
                      {QStringLiteral("hsn_code"), QStringLiteral("0405")},
                      {QStringLiteral("category_id"),
                       QStringLiteral("10000000-0000-4000-8000-000000000002")}}),
                json({{QStringLiteral("sku"), QStringLiteral(" amul-butter-500g ")},
                      {QStringLiteral("name"), QStringLiteral("Amul Butter 500 g")},
                      {QStringLiteral("pack_size"), 500},
                      {QStringLiteral("pack_uom"), QStringLiteral("g")},
                      {QStringLiteral("attributes"),
                       QJsonObject{{QStringLiteral("fat"), QStringLiteral(" 82% ")}}},
                      {QStringLiteral("barcodes"),
                       QJsonArray{QJsonObject{{QStringLiteral("barcode"), barcode},
                                              {QStringLiteral("primary"), true}}}}})};
            const QJsonObject first = call(*m_manager, CreateProduct, args);
            const QString variant = first.value(QLatin1String("variant_id")).toString();
            const QString product = first.value(QLatin1String("product_id")).toString();
            QCOMPARE(first.value(QLatin1String("sku")).toString(),
                     QStringLiteral("AMUL-BUTTER-500G"));
            QCOMPARE(first.value(QLatin1String("version_no")).toInt(), 1);
            // The same request again: the same answer, nothing made twice.
            QCOMPARE(call(*m_manager, CreateProduct, args), first);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM variants WHERE sku ="
                                           " 'AMUL-BUTTER-500G'")),
                     QStringLiteral("1"));
            QCOMPARE(versions(variant), QStringLiteral("1"));
            QCOMPARE(catalogEvents(product),
                     (QStringList{QStringLiteral("catalog.product.upserted"),
                                  QStringLiteral("catalog.variant.upserted")}));
            const QJsonObject data =
                lastEventData(variant, QStringLiteral("catalog.variant.upserted"));
            QCOMPARE(data.value(QLatin1String("variant_id")).toString(), variant);
            QCOMPARE(data.value(QLatin1String("product_id")).toString(), product);
            QCOMPARE(data.value(QLatin1String("sku")).toString(),
                     QStringLiteral("AMUL-BUTTER-500G"));
            QCOMPARE(data.value(QLatin1String("name")).toString(),
                     QStringLiteral("Amul Butter 500 g"));
            QCOMPARE(data.value(QLatin1String("barcode")).toString(), barcode);
            QCOMPARE(data.value(QLatin1String("category_id")).toString(),
                     QStringLiteral("10000000-0000-4000-8000-000000000002"));
            QCOMPARE(data.value(QLatin1String("attributes")).toObject(),
                     (QJsonObject{{QStringLiteral("fat"), QStringLiteral("82%")}}));
            QCOMPARE(data.value(QLatin1String("version_no")).toInt(), 1);
            QCOMPARE(
                scalar(QStringLiteral("SELECT actor FROM outbox WHERE variant_id = $1"), {variant}),
                m_world->managerLogin());
        });
    }

    void aChangeWritesOneVersionAndAnUnchangedSaveNothing()
    {
        guarded([&]() {
            const QJsonObject made = simpleItem();
            const QString variant = made.value(QLatin1String("variant_id")).toString();
            const QString product = made.value(QLatin1String("product_id")).toString();
            const QJsonObject renamed = update(
                *m_manager, variant, 1, {{QStringLiteral("name"), QStringLiteral("Renamed 1 kg")}});
            QCOMPARE(renamed.value(QLatin1String("version_no")).toInt(), 2);
            QVERIFY(renamed.value(QLatin1String("changed")).toBool());
            QCOMPARE(versions(variant), QStringLiteral("1,2"));
            QCOMPARE(lastEventData(variant, QStringLiteral("catalog.variant.upserted"))
                         .value(QLatin1String("version_no"))
                         .toInt(),
                     2);
            const int events = catalogEvents(product).size();
            // Saving what is already there (a new request): no version, no event, same token.
            const QJsonObject same =
                update(*m_manager, variant, 2,
                       {{QStringLiteral("name"), QStringLiteral(" Renamed 1 kg ")},
                        {QStringLiteral("pack_size"), QStringLiteral("1.000")},
                        {QStringLiteral("product"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Test product")}}}});
            QVERIFY(!same.value(QLatin1String("changed")).toBool());
            QCOMPARE(same.value(QLatin1String("version_no")).toInt(), 2);
            QCOMPARE(versions(variant), QStringLiteral("1,2"));
            QCOMPARE(catalogEvents(product).size(), events);
            QCOMPARE(
                scalar(QStringLiteral("SELECT version FROM products WHERE id = $1"), {product}),
                QStringLiteral("1"));
        });
    }

    void aRepeatedRequestIsAppliedOnce()
    {
        guarded([&]() {
            const QString variant = simpleItem().value(QLatin1String("variant_id")).toString();
            const QString request = newRequestId();
            const QList<SqlParam> args{request, variant, QStringLiteral("1"),
                                       json({{QStringLiteral("is_essential"), true}})};
            const QJsonObject first = call(*m_manager, UpdateVariant, args);
            update(*m_manager, variant, 2, {{QStringLiteral("is_essential"), false}});
            // The retry of the first request answers as it did, and changes nothing again.
            QCOMPARE(call(*m_manager, UpdateVariant, args), first);
            QCOMPARE(versions(variant), QStringLiteral("1,2,3"));
            QCOMPARE(attempt(*m_manager, Archive, {request, variant, QStringLiteral("3")}),
                     QStringLiteral("SR008 Request id %1 was already used for update_variant, not"
                                    " archive_variant.")
                         .arg(request));
        });
    }

    void aStaleVersionIsRefusedNamingWhoChangedItAndWhen()
    {
        guarded([&]() {
            const QString variant = simpleItem().value(QLatin1String("variant_id")).toString();
            update(*m_manager, variant, 1,
                   {{QStringLiteral("name"), QStringLiteral("Theirs 1 kg")}});
            const QString when = scalar(
                QStringLiteral("SELECT to_char(created_at AT TIME ZONE 'Asia/Kolkata', 'FMDD Mon"
                               " YYYY HH24:MI') FROM catalog_item_versions WHERE variant_id = $1"
                               " AND version_no = 2"),
                {variant});
            const QString sku =
                scalar(QStringLiteral("SELECT sku FROM variants WHERE id = $1"), {variant});
            // The admin saves over version 1, which the manager has already replaced.
            QCOMPARE(attempt(*m_admin, UpdateVariant,
                             {newRequestId(), variant, QStringLiteral("1"),
                              json({{QStringLiteral("name"), QStringLiteral("Mine 1 kg")}})}),
                     QStringLiteral("SR011 %1 was changed by %2 on %3 (now version 2; you edited"
                                    " version 1).")
                         .arg(sku, displayName(m_world->managerLogin()), when));
            QCOMPARE(scalar(QStringLiteral("SELECT name FROM variants WHERE id = $1"), {variant}),
                     QStringLiteral("Theirs 1 kg"));
            QCOMPARE(versions(variant), QStringLiteral("1,2"));
            // Every command that changes a variant checks the token.
            for (const QString &command : {Archive, Delete})
                QVERIFY(attempt(*m_admin, command, {newRequestId(), variant, QStringLiteral("1")})
                            .startsWith(QLatin1String("SR011 ")));
            QVERIFY(attempt(*m_admin, Restore,
                            {newRequestId(), variant, QStringLiteral("1"), QStringLiteral("1")})
                        .startsWith(QLatin1String("SR011 ")));
            // With the token it read, the admin's save goes through.
            QCOMPARE(update(*m_admin, variant, 2,
                            {{QStringLiteral("name"), QStringLiteral("Mine 1 kg")}})
                         .value(QLatin1String("version_no"))
                         .toInt(),
                     3);
            QCOMPARE(scalar(QStringLiteral("SELECT changed_by FROM catalog_item_versions WHERE"
                                           " variant_id = $1 AND version_no = 3"),
                            {variant}),
                     m_adminLogin);
        });
    }

    void aProductChangeIsAChangeOfEveryVariant()
    {
        guarded([&]() {
            const QJsonObject made = simpleItem();
            const QString first = made.value(QLatin1String("variant_id")).toString();
            const QString product = made.value(QLatin1String("product_id")).toString();
            const QJsonObject second =
                call(*m_manager, CreateVariant,
                     {newRequestId(), product,
                      json({{QStringLiteral("sku"), nextSku()},
                            {QStringLiteral("name"), QStringLiteral("Test item 2 kg")}})});
            const QString other = second.value(QLatin1String("variant_id")).toString();
            QCOMPARE(versions(other), QStringLiteral("1"));
            // A brand change through the first variant's editor versions both variants.
            const QJsonObject saved =
                update(*m_manager, first, 1,
                       {{QStringLiteral("product"),
                         QJsonObject{{QStringLiteral("brand"), QStringLiteral("New brand")}}}});
            QCOMPARE(saved.value(QLatin1String("variants_versioned")).toInt(), 2);
            QCOMPARE(saved.value(QLatin1String("product_version")).toInt(), 2);
            QCOMPARE(versions(first), QStringLiteral("1,2"));
            QCOMPARE(versions(other), QStringLiteral("1,2"));
            QCOMPARE(scalar(QStringLiteral("SELECT payload #>> '{product,brand}' FROM"
                                           " catalog_item_versions WHERE variant_id = $1 AND"
                                           " version_no = 2"),
                            {other}),
                     QStringLiteral("New brand"));
            QCOMPARE(catalogEvents(product).mid(3),
                     (QStringList{QStringLiteral("catalog.product.upserted"),
                                  QStringLiteral("catalog.variant.upserted"),
                                  QStringLiteral("catalog.variant.upserted")}));
            // The sibling's editor, still on version 1, learns of it.
            QVERIFY(attempt(*m_admin, UpdateVariant,
                            {newRequestId(), other, QStringLiteral("1"),
                             json({{QStringLiteral("name"), QStringLiteral("x")}})})
                        .startsWith(QLatin1String("SR011 ")));
            // The product's own token is products.version.
            QCOMPARE(attempt(*m_admin, UpdateProduct,
                             {newRequestId(), product, QStringLiteral("1"),
                              json({{QStringLiteral("hsn_code"), QStringLiteral("0405")}})}),
                     QStringLiteral("SR011 The product \"Test product\" was changed by %1 on %2"
                                    " (now version 2; you edited version 1).")
                         .arg(displayName(m_world->managerLogin()),
                              scalar(QStringLiteral(
                                         "SELECT to_char(created_at AT TIME ZONE 'Asia/Kolkata',"
                                         " 'FMDD Mon YYYY HH24:MI') FROM catalog_item_versions"
                                         " WHERE variant_id = $1 AND version_no = 2"),
                                     {first})));
            const QJsonObject byProduct =
                call(*m_admin, UpdateProduct,
                     {newRequestId(), product, QStringLiteral("2"),
                      json({{QStringLiteral("hsn_code"), QStringLiteral("0405")}})});
            QCOMPARE(byProduct.value(QLatin1String("product_version")).toInt(), 3);
            QCOMPARE(versions(first), QStringLiteral("1,2,3"));
            QCOMPARE(versions(other), QStringLiteral("1,2,3"));
            // The same product fields again: nothing.
            const QJsonObject again =
                call(*m_admin, UpdateProduct,
                     {newRequestId(), product, QStringLiteral("3"),
                      json({{QStringLiteral("hsn_code"), QStringLiteral("0405")}})});
            QVERIFY(!again.value(QLatin1String("changed")).toBool());
            QCOMPARE(versions(other), QStringLiteral("1,2,3"));
        });
    }

    void variantFieldsAreRefusedWithWhatToDo_data()
    {
        QTest::addColumn<QString>("changes");
        QTest::addColumn<QString>("says");
        const QString twelve = catalogfixture::ean13(12);
        const QString bad = twelve.left(12) + QString::number((twelve.right(1).toInt() + 1) % 10);
        QTest::newRow("SKU characters")
            << R"({"sku": "AB C"})"
            << R"(SR005 The SKU "AB C" may contain only letters, digits and . _ / -, starting with a letter or digit. [sku])";
        QTest::newRow("SKU taken")
            << R"({"sku": "sku-011"})"
            << R"(SR007 SKU SKU-011 is already used by "Item 011 500 g". [sku])";
        QTest::newRow("SKU empty") << R"({"sku": "  "})"
                                   << "SR005 A variant needs a SKU. [sku]";
        QTest::newRow("name empty") << R"({"name": ""})"
                                    << "SR005 A variant needs a name. [name]";
        QTest::newRow("check digit")
            << QStringLiteral(R"({"barcodes": [{"barcode": "%1", "primary": true}]})").arg(bad)
            << QStringLiteral("SR005 Barcode %1: the check digit should be %2, not %3. [barcodes]")
                   .arg(bad, twelve.right(1), bad.right(1));
        QTest::newRow("length")
            << R"({"barcodes": [{"barcode": "12345", "primary": true}]})"
            << "SR005 Barcode 12345 has 5 digits; a barcode has 8 (EAN-8), 12 (UPC-A) or 13 "
               "(EAN-13). [barcodes]";
        QTest::newRow("letters") << R"({"barcodes": [{"barcode": "89012A", "primary": true}]})"
                                 << R"(SR005 Barcode "89012A" may contain digits only. [barcodes])";
        QTest::newRow("another item's")
            << QStringLiteral(R"({"barcodes": [{"barcode": "%1", "primary": true}]})").arg(twelve)
            << QStringLiteral(
                   R"(SR007 Barcode %1 already belongs to SKU-012 ("Item 012 500 g"). [barcodes])")
                   .arg(twelve);
        QTest::newRow("no primary")
            << R"({"barcodes": [{"barcode": "96385074", "primary": false}]})"
            << "SR005 Mark one of the barcodes as the primary one. [barcodes]";
        QTest::newRow("two primaries")
            << R"({"barcodes": [{"barcode": "96385074", "primary": true}, {"barcode": "036000291452", "primary": true}]})"
            << "SR005 Only one barcode can be the primary one (2 are marked). [barcodes]";
        QTest::newRow("listed twice")
            << R"({"barcodes": [{"barcode": "96385074", "primary": true}, {"barcode": "96385074"}]})"
            << "SR005 Barcode 96385074 is listed twice. [barcodes]";
        QTest::newRow("pack size")
            << R"({"pack_size": 0})"
            << "SR005 The pack size must be a number more than zero with at most 4 decimals (got "
               "\"0\"). [pack_size]";
        QTest::newRow("pack size decimals")
            << R"({"pack_size": "0.00001"})"
            << "SR005 The pack size must be a number more than zero with at most 4 decimals (got "
               "\"0.00001\"). [pack_size]";
        QTest::newRow("unknown unit")
            << R"({"pack_uom": "litre"})"
            << R"(SR005 "litre" is not a unit of measure in this catalog (pack unit). [pack_uom])";
        QTest::newRow("other unit unknown")
            << R"({"uoms": [{"uom": "box", "factor": 6}]})"
            << R"(SR005 "box" is not a unit of measure in this catalog (other unit). [uoms])";
        QTest::newRow("factor")
            << R"({"uoms": [{"uom": "case", "factor": -2}]})"
            << "SR005 The number of pc in one case must be a number more than zero with at most 4 "
               "decimals (got \"-2\"). [uoms]";
        QTest::newRow("stock unit as other unit")
            << R"({"uoms": [{"uom": "pc", "factor": 1}]})"
            << R"(SR005 "pc" is the stock unit itself; list only the other units it is bought or sold in. [uoms])";
        QTest::newRow("unit twice")
            << R"({"uoms": [{"uom": "case", "factor": 6}, {"uom": "case", "factor": 12}]})"
            << R"(SR005 The unit "case" is listed twice. [uoms])";
        QTest::newRow("attribute without a name") << R"({"attributes": {" ": "x"}})"
                                                  << "SR005 An attribute has no name. [attributes]";
        QTest::newRow("attribute without a value")
            << R"({"attributes": {"fat": " "}})"
            << R"(SR005 The attribute "fat" has no value. [attributes])";
        QTest::newRow("unknown field") << R"({"colour": "red"})"
                                       << R"(SR005 "colour" is not a field of a variant. [colour])";
        QTest::newRow("HSN code")
            << R"({"product": {"hsn_code": "04A5"}})"
            << R"(SR005 The HSN code "04A5" must be 4 to 8 digits. [product.hsn_code])";
        QTest::newRow("product name") << R"({"product": {"name": " "}})"
                                      << "SR005 A product needs a name. [product.name]";
        QTest::newRow("unknown category")
            << R"({"product": {"category_id": "10000000-0000-4000-8000-0000000000ff"}})"
            << "SR006 There is no category 10000000-0000-4000-8000-0000000000ff in this catalog. "
               "[product.category_id]";
        QTest::newRow("unknown product field")
            << R"({"product": {"price": 5}})"
            << R"(SR005 "price" is not a field of a product. [product.price])";
    }
    void variantFieldsAreRefusedWithWhatToDo()
    {
        QFETCH(QString, changes);
        QFETCH(QString, says);
        guarded([&]() {
            const QString variant = simpleItem().value(QLatin1String("variant_id")).toString();
            const QString before = versions(variant);
            QCOMPARE(attempt(*m_manager, UpdateVariant,
                             {newRequestId(), variant, QStringLiteral("1"), changes}),
                     says);
            QCOMPARE(versions(variant), before);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM command_log WHERE command ="
                                           " 'update_variant' AND arguments->>'variant_id' = $1"),
                            {variant}),
                     QStringLiteral("0"));
        });
    }

    void barcodesOfEachKindAndUnitsAreKept()
    {
        guarded([&]() {
            const QString variant = simpleItem().value(QLatin1String("variant_id")).toString();
            const QString ean13 = nextBarcode();
            update(*m_manager, variant, 1,
                   QJsonDocument::fromJson(QStringLiteral(R"({"barcodes": [{"barcode": "96385074"},
                                          {"barcode": "036000291452"},
                                          {"barcode": "%1", "primary": true}],
                                          "uoms": [{"uom": "case", "factor": 24, "purchase": true}],
                                          "stock_uom": "pc"})")
                                               .arg(ean13)
                                               .toUtf8())
                       .object());
            QCOMPARE(
                scalar(QStringLiteral("SELECT string_agg(barcode || ' ' || barcode_type ||"
                                      " CASE WHEN is_primary THEN ' primary' ELSE '' END,"
                                      " ', ' ORDER BY barcode) FROM variant_barcodes WHERE"
                                      " variant_id = $1"),
                       {variant}),
                QStringLiteral("036000291452 UPCA, %1 EAN13 primary, 96385074 EAN8").arg(ean13));
            QCOMPARE(scalar(QStringLiteral("SELECT uom_code || ' ' || trim_scale(conversion_factor)"
                                           " || ' ' || is_purchase_unit FROM variant_uoms WHERE"
                                           " variant_id = $1"),
                            {variant}),
                     QStringLiteral("case 24 true"));
            // The same list in another order is no change.
            const QJsonObject same =
                update(*m_manager, variant, 2,
                       QJsonDocument::fromJson(
                           QStringLiteral(R"({"barcodes": [{"barcode": "%1", "primary": true},
                                                          {"barcode": "036000291452"},
                                                          {"barcode": "96385074"}]})")
                               .arg(ean13)
                               .toUtf8())
                           .object());
            QVERIFY(!same.value(QLatin1String("changed")).toBool());
            // A unit listed as "other" cannot become the stock unit on its own.
            QCOMPARE(attempt(*m_manager, UpdateVariant,
                             {newRequestId(), variant, QStringLiteral("2"),
                              QStringLiteral(R"({"stock_uom": "case"})")}),
                     QStringLiteral("SR005 \"case\" is listed among the other units; it cannot be"
                                    " the stock unit as well. [stock_uom]"));
        });
    }

    void categoriesKeepTheirPathsAndRefuseCycles()
    {
        guarded([&]() {
            const auto create = [&](const QString &parent, const QString &name) {
                return call(*m_manager, QStringLiteral("api.create_category($1, $2, $3)"),
                            {newRequestId(), parent.isEmpty() ? SqlParam() : parent, name});
            };
            const auto id = [](const QJsonObject &o) {
                return o.value(QLatin1String("category_id")).toString();
            };
            const QString bakery = id(create({}, QStringLiteral("Bakery")));
            const QString bread = id(create(bakery, QStringLiteral("Bread")));
            const QString buns = id(create(bread, QStringLiteral("Buns")));
            const QString cakes = id(create(bakery, QStringLiteral("Cakes")));
            const auto pathOf = [&](const QString &category) {
                return scalar(QStringLiteral("SELECT path FROM categories WHERE id = $1"),
                              {category});
            };
            QCOMPARE(pathOf(buns), QStringLiteral("Bakery/Bread/Buns"));
            // A rename carries the whole subtree along.
            call(*m_manager, QStringLiteral("api.rename_category($1, $2, $3)"),
                 {newRequestId(), bakery, QStringLiteral("Bakery & Cakes")});
            QCOMPARE(pathOf(buns), QStringLiteral("Bakery & Cakes/Bread/Buns"));
            // So does a move; the moved category goes last among its new siblings.
            const QJsonObject moved =
                call(*m_manager, QStringLiteral("api.move_category($1, $2, $3)"),
                     {newRequestId(), bread, cakes});
            QCOMPARE(moved.value(QLatin1String("path")).toString(),
                     QStringLiteral("Bakery & Cakes/Cakes/Bread"));
            QCOMPARE(pathOf(buns), QStringLiteral("Bakery & Cakes/Cakes/Bread/Buns"));
            const QString move = QStringLiteral("api.move_category($1, $2, $3)");
            QCOMPARE(attempt(*m_manager, move, {newRequestId(), cakes, buns}),
                     QStringLiteral("SR005 \"Bakery & Cakes/Cakes\" cannot be moved into \"Bakery &"
                                    " Cakes/Cakes/Bread/Buns\": that is inside it. [parent]"));
            QCOMPARE(attempt(*m_manager, move, {newRequestId(), cakes, cakes}),
                     QStringLiteral("SR005 \"Bakery & Cakes/Cakes\" cannot be moved into \"Bakery &"
                                    " Cakes/Cakes\": that is the category itself. [parent]"));
            QCOMPARE(
                attempt(*m_manager, QStringLiteral("api.create_category($1, $2, $3)"),
                        {newRequestId(), bakery, QStringLiteral("Rolls/Buns")}),
                QStringLiteral("SR005 The name \"Rolls/Buns\" contains \"/\", which separates the"
                               " levels of a category path (Dairy/Butter). [name]"));
            QCOMPARE(attempt(*m_manager, QStringLiteral("api.create_category($1, $2, $3)"),
                             {newRequestId(), bakery, QStringLiteral(" cakes ")}),
                     QStringLiteral("SR007 There is already a category \"Cakes\" in Bakery &"
                                    " Cakes. [name]"));
            QCOMPARE(attempt(*m_manager, QStringLiteral("api.rename_category($1, $2, $3)"),
                             {newRequestId(), bakery, QStringLiteral("dairy")}),
                     QStringLiteral("SR007 There is already a category \"Dairy\" at the top level."
                                    " [name]"));
            // Moving back to the top level and a new order of the siblings.
            call(*m_manager, move, {newRequestId(), bread, SqlParam()});
            QCOMPARE(pathOf(buns), QStringLiteral("Bread/Buns"));
            const QString pastry = id(create(bakery, QStringLiteral("Pastry")));
            call(*m_manager, QStringLiteral("api.reorder_categories($1, $2, $3::uuid[])"),
                 {newRequestId(), bakery, QStringLiteral("{%1,%2}").arg(pastry, cakes)});
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(name, ',' ORDER BY sort_order) FROM"
                                           " categories WHERE parent_id = $1"),
                            {bakery}),
                     QStringLiteral("Pastry,Cakes"));
            QCOMPARE(attempt(*m_manager,
                             QStringLiteral("api.reorder_categories($1, $2, $3::uuid[])"),
                             {newRequestId(), bakery, QStringLiteral("{%1,%1}").arg(pastry)}),
                     QStringLiteral("SR005 The new order must name each of the 2 categories in"
                                    " Bakery & Cakes exactly once. [order]"));
            // Deactivating takes the subtree along; nothing is added under it, no item moves in.
            const QString active = QStringLiteral("api.set_category_active($1, $2, $3::boolean)");
            const QString sub = id(create(cakes, QStringLiteral("Cupcakes")));
            call(*m_manager, active, {newRequestId(), cakes, QStringLiteral("false")});
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(name || '=' || is_active, ','"
                                           " ORDER BY path) FROM categories WHERE id IN ($1, $2,"
                                           " $3)"),
                            {bakery, cakes, sub}),
                     QStringLiteral("Bakery & Cakes=true,Cakes=false,Cupcakes=false"));
            QCOMPARE(attempt(*m_manager, active, {newRequestId(), sub, QStringLiteral("true")}),
                     QStringLiteral("SR005 \"Bakery & Cakes/Cakes/Cupcakes\" is inside \"Bakery &"
                                    " Cakes/Cakes\", which is deactivated. [category]"));
            QCOMPARE(attempt(*m_manager, QStringLiteral("api.create_category($1, $2, $3)"),
                             {newRequestId(), cakes, QStringLiteral("Tarts")}),
                     QStringLiteral("SR005 The category \"Bakery & Cakes/Cakes\" is deactivated."
                                    " [parent]"));
            const QString variant = simpleItem().value(QLatin1String("variant_id")).toString();
            QCOMPARE(attempt(*m_manager, UpdateVariant,
                             {newRequestId(), variant, QStringLiteral("1"),
                              json({{QStringLiteral("product"),
                                     QJsonObject{{QStringLiteral("category_id"), cakes}}}})}),
                     QStringLiteral("SR005 The category \"Bakery & Cakes/Cakes\" is deactivated."
                                    " [product.category_id]"));
            call(*m_manager, active, {newRequestId(), cakes, QStringLiteral("true")});
            QCOMPARE(pathOf(sub), QStringLiteral("Bakery & Cakes/Cakes/Cupcakes"));
            QCOMPARE(
                scalar(QStringLiteral("SELECT is_active FROM categories WHERE id = $1"), {sub}),
                QStringLiteral("t"));
        });
    }

    void archivingKeepsStockAndStopsOrders()
    {
        guarded([&]() {
            const int n = m_world->freshVariant();
            const QString variant = StockWorld::variant(n);
            // Stock moves first, so its orderability is on record.
            call(*m_manager, QStringLiteral("api.adjust_stock($1, $2, $3, 3::numeric, 'receipt')"),
                 {newRequestId(), variant, m_world->frontStore()});
            const int at = token(variant);
            const QJsonObject archived =
                call(*m_manager, Archive, {newRequestId(), variant, QString::number(at)});
            QCOMPARE(archived.value(QLatin1String("status")).toString(),
                     QStringLiteral("archived"));
            QCOMPARE(archived.value(QLatin1String("version_no")).toInt(), token(variant));
            QVERIFY(token(variant) > at);
            QCOMPARE(m_world->position(variant, m_world->frontStore()).left(10),
                     QStringLiteral("15 on hand"));
            QCOMPARE(scalar(QStringLiteral("SELECT reason_code FROM orderability_projection WHERE"
                                           " variant_id = $1"),
                            {variant}),
                     QStringLiteral("archived"));
            QCOMPARE(lastEventData(variant, QStringLiteral("inventory.orderability.changed"))
                         .value(QLatin1String("reason_code"))
                         .toString(),
                     QStringLiteral("archived"));
            QCOMPARE(lastEventData(variant, QStringLiteral("catalog.variant.upserted"))
                         .value(QLatin1String("status"))
                         .toString(),
                     QStringLiteral("archived"));
            QCOMPARE(m_world->drift(), QStringList());
            QCOMPARE(attempt(*m_manager,
                             QStringLiteral("api.reserve_stock($1, $2, $3, 'ORD-A1', 1::numeric)"),
                             {newRequestId(), variant, m_world->frontStore()}),
                     QStringLiteral("SR005 %1 is archived and cannot be reserved.")
                         .arg(StockWorld::sku(n)));
            // Archiving what is archived changes nothing.
            const QJsonObject again = call(
                *m_manager, Archive, {newRequestId(), variant, QString::number(token(variant))});
            QVERIFY(!again.value(QLatin1String("changed")).toBool());
            call(*m_manager, Reactivate,
                 {newRequestId(), variant, QString::number(token(variant))});
            QCOMPARE(
                scalar(QStringLiteral("SELECT status || ' ' || coalesce(reason_code, 'orderable')"
                                      " FROM variants v JOIN orderability_projection o ON"
                                      " o.variant_id = v.id WHERE v.id = $1"),
                       {variant}),
                QStringLiteral("active orderable"));
            QCOMPARE(m_world->drift(), QStringList());
        });
    }

    void deleteIsRefusedWhileTheItemIsInUse()
    {
        guarded([&]() {
            const QString hint = QStringLiteral("Archive it instead: an archived item keeps its"
                                                " history, can no longer be ordered, and can be"
                                                " reactivated.");
            const auto refusedDelete = [&](const QString &variant) {
                const auto e = refusal(*m_manager, QStringLiteral("SELECT ") + Delete,
                                       {newRequestId(), variant, QString::number(token(variant))});
                if (!e)
                    return QStringLiteral("deleted");
                return e->sqlState() + QLatin1Char(' ') + e->message() +
                       (e->hint() == hint ? QString()
                                          : QStringLiteral(" (hint: %1)").arg(e->hint()));
            };
            // Reserved for an order.
            const int reservedItem = m_world->freshVariant();
            const QString reserved = StockWorld::variant(reservedItem);
            call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, 'ORD-77', 2::numeric)"),
                 {newRequestId(), reserved, m_world->frontStore()});
            QCOMPARE(refusedDelete(reserved),
                     QStringLiteral("SR018 %1 cannot be deleted: it is reserved for open orders"
                                    " (ORD-77).")
                         .arg(StockWorld::sku(reservedItem)));
            // Stock on hand.
            const int stockedItem = m_world->freshVariant();
            const QString stocked = StockWorld::variant(stockedItem);
            QCOMPARE(
                refusedDelete(stocked),
                QStringLiteral("SR018 %1 cannot be deleted: it has stock on hand (12 pc at L1).")
                    .arg(StockWorld::sku(stockedItem)));
            // No stock left, but the ledger remembers it.
            call(*m_manager, QStringLiteral("api.adjust_stock($1, $2, $3, -12::numeric, 'damage')"),
                 {newRequestId(), stocked, m_world->frontStore()});
            QCOMPARE(
                refusedDelete(stocked),
                QStringLiteral("SR018 %1 cannot be deleted: the stock ledger has 2 movements of"
                               " it, and the ledger never loses history.")
                    .arg(StockWorld::sku(stockedItem)));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM variants WHERE id IN ($1, $2)"),
                            {reserved, stocked}),
                     QStringLiteral("2"));
            QCOMPARE(m_world->drift(), QStringList());
        });
    }

    void anUnusedVariantIsDeletedAndAnnounced()
    {
        guarded([&]() {
            const QJsonObject made = simpleItem();
            const QString first = made.value(QLatin1String("variant_id")).toString();
            const QString product = made.value(QLatin1String("product_id")).toString();
            const QString second =
                call(*m_manager, CreateVariant,
                     {newRequestId(), product,
                      json({{QStringLiteral("sku"), nextSku()},
                            {QStringLiteral("name"), QStringLiteral("Second 2 kg")}})})
                    .value(QLatin1String("variant_id"))
                    .toString();
            // Never stocked, but a stock position (empty) and a price exist: they go with it.
            su().exec(QStringLiteral("INSERT INTO stock_positions (tenant_id, variant_id,"
                                     " location_id) VALUES ($1, $2, $3)"),
                      {catalogfixture::TenantA, first, m_world->frontStore()});
            const QJsonObject deleted =
                call(*m_manager, Delete, {newRequestId(), first, QStringLiteral("1")});
            QVERIFY(deleted.value(QLatin1String("deleted")).toBool());
            QVERIFY(!deleted.value(QLatin1String("product_deleted")).toBool());
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM variants WHERE id = $1"), {first}),
                     QStringLiteral("0"));
            QCOMPARE(versions(first), QString());
            const QJsonObject data =
                lastEventData(first, QStringLiteral("catalog.variant.deleted"));
            QCOMPARE(data.value(QLatin1String("variant_id")).toString(), first);
            QCOMPARE(data.value(QLatin1String("product_id")).toString(), product);
            QCOMPARE(data.value(QLatin1String("version_no")).toInt(), 1);
            // The last variant takes its product along.
            QVERIFY(call(*m_manager, Delete, {newRequestId(), second, QStringLiteral("1")})
                        .value(QLatin1String("product_deleted"))
                        .toBool());
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM products WHERE id = $1"), {product}),
                QStringLiteral("0"));
            QCOMPARE(attempt(*m_manager, Delete, {newRequestId(), second, QStringLiteral("1")}),
                     QStringLiteral("SR012 There is no variant %1 in this catalog.").arg(second));
        });
    }

    void aVersionIsRestoredAsANewVersion()
    {
        guarded([&]() {
            const QJsonObject made = simpleItem();
            const QString variant = made.value(QLatin1String("variant_id")).toString();
            const QString firstBarcode =
                scalar(QStringLiteral("SELECT barcode FROM variant_barcodes WHERE variant_id = $1"),
                       {variant});
            const QString newBarcode = nextBarcode();
            update(*m_manager, variant, 1,
                   {{QStringLiteral("name"), QStringLiteral("Changed 1 kg")},
                    {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("veg"), true}}},
                    {QStringLiteral("barcodes"),
                     QJsonArray{QJsonObject{{QStringLiteral("barcode"), newBarcode},
                                            {QStringLiteral("primary"), true}}}},
                    {QStringLiteral("product"),
                     QJsonObject{{QStringLiteral("brand"), QStringLiteral("Changed brand")}}}});
            const QJsonObject restored =
                call(*m_manager, Restore,
                     {newRequestId(), variant, QStringLiteral("1"), QStringLiteral("2")});
            QCOMPARE(restored.value(QLatin1String("version_no")).toInt(), 3);
            QCOMPARE(restored.value(QLatin1String("restored_from")).toInt(), 1);
            // Version 3 is version 1's document again: the same hash.
            QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT normalized_hash) FROM"
                                           " catalog_item_versions WHERE variant_id = $1 AND"
                                           " version_no IN (1, 3)"),
                            {variant}),
                     QStringLiteral("1"));
            QCOMPARE(scalar(QStringLiteral("SELECT v.name || ' ' || v.attributes::text || ' ' ||"
                                           " coalesce(p.brand, '-') || ' ' || b.barcode FROM"
                                           " variants v JOIN products p ON p.id = v.product_id JOIN"
                                           " variant_barcodes b ON b.variant_id = v.id WHERE v.id ="
                                           " $1"),
                            {variant}),
                     QStringLiteral("Test item 1 kg {} - %1").arg(firstBarcode));
            QCOMPARE(lastEventData(variant, QStringLiteral("catalog.variant.upserted"))
                         .value(QLatin1String("version_no"))
                         .toInt(),
                     3);
            // Restoring what is current writes nothing.
            QVERIFY(!call(*m_manager, Restore,
                          {newRequestId(), variant, QStringLiteral("1"), QStringLiteral("3")})
                         .value(QLatin1String("changed"))
                         .toBool());
            QCOMPARE(versions(variant), QStringLiteral("1,2,3"));
            // Version 2's barcode has since gone to another item: refused, saying so.
            const QString other = simpleItem().value(QLatin1String("variant_id")).toString();
            update(*m_manager, other, 1,
                   {{QStringLiteral("barcodes"),
                     QJsonArray{QJsonObject{{QStringLiteral("barcode"), newBarcode},
                                            {QStringLiteral("primary"), true}}}}});
            const QString otherSku =
                scalar(QStringLiteral("SELECT sku FROM variants WHERE id = $1"), {other});
            QCOMPARE(attempt(*m_manager, Restore,
                             {newRequestId(), variant, QStringLiteral("2"), QStringLiteral("3")}),
                     QStringLiteral("SR007 Version 2 cannot be restored: its barcode %1 already"
                                    " belongs to %2 (\"Test item 1 kg\"). [barcodes]")
                         .arg(newBarcode, otherSku));
            QCOMPARE(attempt(*m_manager, Restore,
                             {newRequestId(), variant, QStringLiteral("9"), QStringLiteral("3")}),
                     QStringLiteral("SR006 %1 has no version 9.")
                         .arg(scalar(QStringLiteral("SELECT sku FROM variants WHERE id = $1"),
                                     {variant})));
            QCOMPARE(versions(variant), QStringLiteral("1,2,3"));
        });
    }

    void theHistoryNamesWhoWhenAndWhereFrom()
    {
        guarded([&]() {
            const QString category = QStringLiteral("10000000-0000-4000-8000-000000000002");
            const QString variant =
                simpleItem(category).value(QLatin1String("variant_id")).toString();
            update(*m_admin, variant, 1,
                   {{QStringLiteral("name"), QStringLiteral("By admin 1 kg")}});
            // A change an import made, recorded by a login that is no staff member.
            const QString source = scalar(
                QStringLiteral(
                    "INSERT INTO source_systems (tenant_id, source_type, name) VALUES ($1, 'erp',"
                    " 'Head office ERP') RETURNING id"),
                {catalogfixture::TenantA});
            su().exec(QStringLiteral("UPDATE variants SET name = 'By import 1 kg' WHERE id = $1"),
                      {variant});
            su().exec(QStringLiteral("SELECT catalog.record_versions($1, ARRAY[$2::uuid], $3,"
                                     " 'erp_loader')"),
                      {catalogfixture::TenantA, variant, source});
            su().exec(QStringLiteral("INSERT INTO locations (tenant_id, store_id, code, name,"
                                     " location_type) SELECT $1, id, 'CC-DS', 'Catalog test floor',"
                                     " 'dark_store' FROM stores WHERE tenant_id = $1 AND code ="
                                     " 'S1'"),
                      {catalogfixture::TenantA});
            const QString darkStore = scalar(
                QStringLiteral("INSERT INTO dark_stores (tenant_id, store_id, location_id, code,"
                               " name, city) SELECT $1, store_id, id, 'CC-DS', 'Catalog hub',"
                               " 'Pune' FROM locations WHERE tenant_id = $1 AND code = 'CC-DS'"
                               " RETURNING id::text"),
                {catalogfixture::TenantA});
            PgConnection supervisorView(m_world->db().addStaff(catalogfixture::TenantA,
                                                               RoleKind::FloorSupervisor,
                                                               {{}, {}, {darkStore}}),
                                        QStringLiteral("tst_catcmd-supervisor"));
            // Anyone on the staff reads the history.
            const QJsonObject history =
                call(supervisorView, QStringLiteral("api.variant_history($1)"), {variant});
            const QJsonArray list = history.value(QLatin1String("versions")).toArray();
            QCOMPARE(list.size(), 3);
            QStringList lines;
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                lines << QStringLiteral("%1 %2 %3 %4")
                             .arg(o.value(QLatin1String("version_no")).toInt())
                             .arg(o.value(QLatin1String("who")).toString(),
                                  o.value(QLatin1String("source")).toString(QStringLiteral("-")),
                                  o.value(QLatin1String("document"))
                                      .toObject()
                                      .value(QLatin1String("name"))
                                      .toString());
            }
            QCOMPARE(
                lines,
                (QStringList{QStringLiteral("3 erp_loader Head office ERP By import 1 kg"),
                             QStringLiteral("2 %1 - By admin 1 kg").arg(displayName(m_adminLogin)),
                             QStringLiteral("1 %1 - Test item 1 kg")
                                 .arg(displayName(m_world->managerLogin()))}));
            QVERIFY(!list.first()
                         .toObject()
                         .value(QLatin1String("changed_at_text"))
                         .toString()
                         .isEmpty());
            QCOMPARE(history.value(QLatin1String("categories")).toObject(),
                     (QJsonObject{{category, QStringLiteral("Dairy/Butter")}}));
            // The editor's read: the document as it is now, its token, who saved it last.
            const QJsonObject doc =
                call(*m_manager, QStringLiteral("api.variant_document($1)"), {variant});
            QCOMPARE(doc.value(QLatin1String("version")).toInt(), 3);
            QCOMPARE(doc.value(QLatin1String("newest"))
                         .toObject()
                         .value(QLatin1String("who"))
                         .toString(),
                     QStringLiteral("erp_loader"));
            QCOMPARE(doc.value(QLatin1String("document"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                     QStringLiteral("By import 1 kg"));
            // ... and the floor supervisor may not edit.
            QCOMPARE(attempt(supervisorView, UpdateVariant,
                             {newRequestId(), variant, QStringLiteral("3"),
                              json({{QStringLiteral("name"), QStringLiteral("x")}})}),
                     QStringLiteral("SR004 A floor supervisor may not edit the catalog."));
            QCOMPARE(attempt(supervisorView, QStringLiteral("api.create_category($1, NULL, 'X')"),
                             {newRequestId()}),
                     QStringLiteral("SR004 A floor supervisor may not edit the catalog."));
            QCOMPARE(
                attempt(supervisorView, Delete, {newRequestId(), variant, QStringLiteral("3")}),
                QStringLiteral("SR004 A floor supervisor may not edit the catalog."));
            QCOMPARE(versions(variant), QStringLiteral("1,2,3"));
        });
    }

    void concurrentSavesOfOneVersionLetOneThrough()
    {
        guarded([&]() {
            const QJsonObject made = simpleItem();
            const QString product = made.value(QLatin1String("product_id")).toString();
            QStringList siblings{made.value(QLatin1String("variant_id")).toString()};
            for (int i = 0; i < 3; ++i)
                siblings << call(*m_manager, CreateVariant,
                                 {newRequestId(), product,
                                  json({{QStringLiteral("sku"), nextSku()},
                                        {QStringLiteral("name"),
                                         QStringLiteral("Sibling %1").arg(i)}})})
                                .value(QLatin1String("variant_id"))
                                .toString();
            // Six editors save over the same version of one variant at once: one goes through,
            // the others are told who was first; no save is lost or half-written.
            std::vector<QString> outcomes(6);
            QStringList failures =
                runConcurrently(m_world->manager(), 6, [&](int i, PgConnection &c) {
                    const auto e = refusal(
                        c, QStringLiteral("SELECT ") + UpdateVariant,
                        {newRequestId(), siblings.first(), QStringLiteral("1"),
                         json({{QStringLiteral("name"), QStringLiteral("Racer %1").arg(i)}})});
                    outcomes[i] = e ? e->sqlState() : QStringLiteral("saved");
                });
            QCOMPARE(failures, QStringList());
            QCOMPARE(std::count(outcomes.begin(), outcomes.end(), QStringLiteral("saved")), 1);
            QCOMPARE(std::count(outcomes.begin(), outcomes.end(), QStringLiteral("SR011")), 5);
            QCOMPARE(versions(siblings.first()), QStringLiteral("1,2"));
            // Editors of different variants of one product take turns, and each save counts.
            QStringList tokens;
            for (const QString &v : std::as_const(siblings))
                tokens << QString::number(token(v));
            failures = runConcurrently(m_world->manager(), 4, [&](int i, PgConnection &c) {
                (void)call(c, UpdateVariant,
                           {newRequestId(), siblings.at(i), tokens.at(i),
                            json({{QStringLiteral("is_essential"), true}})});
            });
            QCOMPARE(failures, QStringList());
            for (const QString &v : std::as_const(siblings))
                QVERIFY(scalar(QStringLiteral("SELECT is_essential FROM variants WHERE id = $1"),
                               {v}) == QStringLiteral("t"));
            QCOMPARE(versions(siblings.last()), QStringLiteral("1,2"));
        });
    }

    void anotherTenantsItemsAreOutOfReach()
    {
        guarded([&]() {
            const QString foreign = scalar(QStringLiteral("SELECT id FROM variants WHERE tenant_id"
                                                          " = $1"),
                                           {catalogfixture::TenantB});
            const QString says =
                QStringLiteral("SR012 There is no variant %1 in this catalog.").arg(foreign);
            QCOMPARE(attempt(*m_manager, UpdateVariant,
                             {newRequestId(), foreign, QStringLiteral("1"),
                              json({{QStringLiteral("name"), QStringLiteral("Mine")}})}),
                     says);
            QCOMPARE(attempt(*m_manager, QStringLiteral("api.variant_history($1)"), {foreign}),
                     says);
            QCOMPARE(attempt(*m_manager, Delete, {newRequestId(), foreign, QStringLiteral("1")}),
                     says);
            QCOMPARE(scalar(QStringLiteral("SELECT name FROM variants WHERE id = $1"), {foreign}),
                     QStringLiteral("Item 001 foreign"));
        });
    }
};

QTEST_GUILESS_MAIN(TestCatalogCommands)
#include "tst_catalogcommands.moc"
