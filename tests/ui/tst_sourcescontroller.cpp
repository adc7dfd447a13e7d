// SourcesController against a real database, signed in as an admin of Alpha: source systems made
// and changed through the controller, a refusal kept for the form with its code, the models under
// QAbstractItemModelTester, and a mapping made by someone else arriving through a live event.
#include "catalog/sourcemappings.h"
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"
#include "sourcescontroller.h"
#include "stream/streamevent.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using namespace stockroom::test;

class TestSourcesController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    std::unique_ptr<SourcesController> m_controller;
    ConnectionInfo m_admin;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    // Waits for the command just sent; returns whether the database applied it.
    static bool finish(QSignalSpy &spy)
    {
        if (!spy.wait(20000))
            return false;
        return spy.constLast().at(1).toBool();
    }
    [[nodiscard]] QString rowText(int row) const
    {
        const QModelIndex i = m_controller->sources()->index(row);
        return i.data(SourceListModel::NameRole).toString() + QLatin1Char('|') +
               i.data(SourceListModel::TypeTitleRole).toString() + QLatin1Char('|') +
               i.data(SourceListModel::VendorRole).toString() + QLatin1Char('|') +
               (i.data(SourceListModel::ActiveRole).toBool() ? QStringLiteral("active")
                                                             : QStringLiteral("deactivated"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("sourcescontroller"));
        catalogfixture::load(m_db->info());
        m_admin = m_db->addStaff(catalogfixture::TenantA, RoleKind::Admin);
        m_executor = std::make_unique<DbExecutor>(m_admin, QStringLiteral("test-db"));
        m_controller = std::make_unique<SourcesController>();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_controller->sources(), m_controller->mappings(), m_controller->reviews()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_controller->setSource(m_executor.get(), catalogfixture::TenantA, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loadedOnce(), 20000);
        QCOMPARE(m_controller->sources()->rowCount(), 0);
        QVERIFY(m_controller->canEditSources());
    }
    void cleanupTestCase()
    {
        m_controller->setSource(nullptr, {}, false);
        m_testers.clear();
        m_controller.reset();
        m_executor.reset();
        m_db.reset();
    }

    void anAdminAddsAndChangesSourceSystems()
    {
        QSignalSpy done(m_controller.get(), &SourcesController::commandFinished);
        QVERIFY(m_controller->createSource(QStringLiteral(" Store POS "), QStringLiteral("pos"),
                                           QStringLiteral("TillKart")));
        QVERIFY(m_controller->isBusy());
        QVERIFY(finish(done));
        QCOMPARE(rowText(0), QStringLiteral("Store POS|POS|TillKart|active"));
        // The new source is selected, and the notice says what happened.
        QCOMPARE(m_controller->selectedSource().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Store POS"));
        QCOMPARE(m_controller->notice(), QStringLiteral("Source system “Store POS” added."));
        const QString id = m_controller->selectedSourceId();

        QVERIFY(m_controller->updateSource(id, QStringLiteral("Till network"),
                                           QStringLiteral("seller_feed"), QString()));
        QVERIFY(finish(done));
        QCOMPARE(rowText(0), QStringLiteral("Till network|Seller feed||active"));

        QVERIFY(m_controller->setSourceActive(id, false));
        QVERIFY(finish(done));
        QCOMPARE(rowText(0), QStringLiteral("Till network|Seller feed||deactivated"));
        QCOMPARE(m_controller->selectedSource().value(QStringLiteral("active")).toBool(), false);
    }

    void aRefusalIsKeptWithItsCode()
    {
        QSignalSpy done(m_controller.get(), &SourcesController::commandFinished);
        // Nothing sent without a name.
        QVERIFY(!m_controller->createSource(QStringLiteral("  "), QStringLiteral("erp"), {}));
        QVERIFY(!m_controller->commandError().isEmpty());
        QCOMPARE(done.count(), 0);
        QVERIFY(
            m_controller->createSource(QStringLiteral("till NETWORK"), QStringLiteral("erp"), {}));
        QVERIFY(!finish(done));
        QCOMPARE(m_controller->commandErrorCode(), QStringLiteral("already_exists"));
        QCOMPARE(m_controller->commandError(),
                 QStringLiteral("A source system named \"Till network\" already exists (seller "
                                "feed, deactivated).\nChoose another name, or edit that source "
                                "system instead."));
        QCOMPARE(m_controller->sources()->rowCount(), 1);
        QVERIFY(!m_controller->isBusy());
    }

    void aMappingMadeElsewhereArrivesLive()
    {
        const QString source = m_controller->selectedSourceId();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->mappings()->loadedOnce(), 20000);
        QCOMPARE(m_controller->mappings()->rowCount(), 0);
        // Another desktop maps an id; its event reaches this one.
        {
            PgConnection other(m_admin, QStringLiteral("elsewhere"));
            PgSession session(other);
            (void)sourcemappings::map(session, source, QStringLiteral("PLU-1"),
                                      QStringLiteral("30000000-0000-4000-8000-000000000003"),
                                      false);
        }
        StreamEvent event;
        event.eventType = QStringLiteral("catalog.source_mapping.updated");
        m_controller->liveEvent(event);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->mappings()->rowCount(), 1, 20000);
        const QModelIndex row = m_controller->mappings()->index(0);
        QCOMPARE(row.data(SourceMappingModel::ExternalIdRole).toString(), QStringLiteral("PLU-1"));
        QCOMPARE(row.data(SourceMappingModel::SkuRole).toString(), QStringLiteral("SKU-003"));
        QCOMPARE(row.data(SourceMappingModel::VariantNameRole).toString(),
                 QStringLiteral("Item 003 500 g"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_controller->sources()->index(0).data(SourceListModel::MappingCountRole).toString(),
            QStringLiteral("1"), 20000);
    }

    void signingOutLeavesNothing()
    {
        m_controller->setSource(nullptr, {}, false);
        QCOMPARE(m_controller->sources()->rowCount(), 0);
        QCOMPARE(m_controller->mappings()->rowCount(), 0);
        QCOMPARE(m_controller->openReviewCount(), 0);
        QVERIFY(m_controller->selectedSourceId().isEmpty());
        QVERIFY(!m_controller->canEditSources());
        QVERIFY(!m_controller->createSource(QStringLiteral("X"), QStringLiteral("pos"), {}));
    }
};

QTEST_GUILESS_MAIN(TestSourcesController)
#include "tst_sourcescontroller.moc"
