// StaffController against a real database, signed in as an admin of Alpha: every command goes
// through api.staff_* under that login, and what it changed is checked as the superuser and by
// signing in as the account itself.
#include "catalogfixture.h"
#include "db/databaseerror.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "staffcontroller.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {
const QString Password = QStringLiteral("shelf-stacker-9");
}

class TestStaffController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    std::unique_ptr<StaffController> m_controller;
    QString m_admin;
    QString m_store, m_location, m_darkLocation, m_darkStore;
    QString m_manager; // created by createStoreManager, used by the tests after it

    [[nodiscard]] QString superScalar(const QString &sql, const QList<SqlParam> &params = {}) const
    {
        PgConnection c(m_db->info(), QStringLiteral("tst_staffcontroller"));
        return c.scalar(sql, params).value_or(QString());
    }
    [[nodiscard]] int commandCount() const
    {
        return superScalar(QStringLiteral("SELECT count(*) FROM command_log")).toInt();
    }
    [[nodiscard]] bool canSignIn(const QString &login, const QString &password) const
    {
        try {
            PgConnection c(m_db->loginInfo(login, password), QStringLiteral("tst_staffcontroller"));
            return c.scalar(QStringLiteral("SELECT api.me()->>'login'")) == login;
        } catch (const DatabaseError &) {
            return false;
        }
    }
    // Waits for the command just sent; returns whether the database applied it.
    bool finish(QSignalSpy &spy)
    {
        if (!spy.wait(20000))
            return false;
        return spy.constLast().at(2).toBool();
    }
    [[nodiscard]] QString uniqueLogin(const QString &stem) const
    {
        return QStringLiteral("%1_%2").arg(stem).arg(QCoreApplication::applicationPid());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("staffcontroller"));
        catalogfixture::load(m_db->info());
        m_darkStore = catalogfixture::addDarkStore(m_db->info());
        const auto id = [this](const char *table, const char *code) {
            return superScalar(QStringLiteral("SELECT id::text FROM %1 WHERE tenant_id = $1 AND "
                                              "code = $2")
                                   .arg(QLatin1String(table)),
                               {catalogfixture::TenantA, QString::fromLatin1(code)});
        };
        m_store = id("stores", "S1");
        m_location = id("locations", "L1");
        m_darkLocation = id("locations", "DS1-L");
        QVERIFY(!m_darkStore.isEmpty());

        const ConnectionInfo admin =
            m_db->addStaff(catalogfixture::TenantA, RoleKind::Admin, {}, &m_admin);
        m_executor = std::make_unique<DbExecutor>(admin, QStringLiteral("test-staff"));
        m_controller = std::make_unique<StaffController>();
        new QAbstractItemModelTester(m_controller->members(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_controller.get());
        m_controller->setSource(m_executor.get(), catalogfixture::TenantA, m_admin);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loadedOnce(), 20000);
        QCOMPARE(m_controller->errorText(), QString());
    }

    void listsTheAdminAndTheTenantsPlaces()
    {
        QCOMPARE(m_controller->totalCount(), 1);
        const QModelIndex first = m_controller->members()->index(0, 0);
        QCOMPARE(first.data(StaffListModel::LoginRole).toString(), m_admin);
        QCOMPARE(first.data(StaffListModel::RoleTitleRole).toString(), QStringLiteral("Admin"));
        QCOMPARE(first.data(StaffListModel::ScopeTextRole).toString(),
                 QStringLiteral("Whole tenant"));
        QVERIFY(first.data(StaffListModel::SelfRole).toBool());

        // Alpha's places only (Beta has an S1 and an L1 too), stores first.
        QStringList places;
        for (const QVariant &p : m_controller->places()) {
            const QVariantMap m = p.toMap();
            places << m.value(QStringLiteral("type")).toString() + QLatin1Char(':') +
                          m.value(QStringLiteral("code")).toString() + QLatin1Char('@') +
                          m.value(QStringLiteral("storeCode")).toString();
        }
        QCOMPARE(
            places,
            (QStringList{QStringLiteral("store:S1@S1"), QStringLiteral("location:DS1-L@S1"),
                         QStringLiteral("location:L1@S1"), QStringLiteral("dark_store:DS1@S1")}));
    }

    void createStoreManager()
    {
        m_manager = uniqueLogin(QStringLiteral("priya.s"));
        QSignalSpy finished(m_controller.get(), &StaffController::commandFinished);
        QVERIFY(m_controller->createAccount(m_manager, QStringLiteral("Priya Shah"),
                                            QStringLiteral("store_manager"), Password, Password,
                                            {m_store}, {}, {}));
        QVERIFY(m_controller->isBusy());
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(finished.constLast().at(0).toString(), QStringLiteral("staff_add"));
        QVERIFY(!m_controller->isBusy());

        // Listed and selected, with the scope as codes.
        QCOMPARE(m_controller->totalCount(), 2);
        QCOMPARE(m_controller->selectedLogin(), m_manager);
        const int row = m_controller->selectedRow();
        QVERIFY(row >= 0);
        const QModelIndex i = m_controller->members()->index(row, 0);
        QCOMPARE(i.data(StaffListModel::DisplayNameRole).toString(), QStringLiteral("Priya Shah"));
        QCOMPARE(i.data(StaffListModel::RoleTitleRole).toString(), QStringLiteral("Store manager"));
        QCOMPARE(i.data(StaffListModel::ScopeTextRole).toString(), QStringLiteral("S1"));
        QVERIFY(i.data(StaffListModel::ActiveRole).toBool());
        QVERIFY(!m_controller->notice().isEmpty());
        QVERIFY(m_controller->commandError().isEmpty());

        QVERIFY(canSignIn(m_manager, Password));
        QVERIFY(!canSignIn(m_manager, QStringLiteral("wrong-password")));
    }

    void clientSideChecksSendNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<bool>("withStore");
        QTest::addColumn<bool>("withDarkStore");
        QTest::addColumn<QStringList>("fields");

        const QString ok = QStringLiteral("ok_login");
        const QString name = QStringLiteral("Some One");
        const QString sm = QStringLiteral("store_manager");
        QTest::newRow("bad login") << QStringLiteral("Bad Login") << name << sm << Password
                                   << Password << true << false << QStringList{"login"};
        QTest::newRow("reserved login") << QStringLiteral("pg_sneaky") << name << sm << Password
                                        << Password << true << false << QStringList{"login"};
        QTest::newRow("no name") << ok << QStringLiteral("  ") << sm << Password << Password << true
                                 << false << QStringList{"displayName"};
        QTest::newRow("short password")
            << ok << name << sm << QStringLiteral("short") << QStringLiteral("short") << true
            << false << QStringList{"password"};
        QTest::newRow("confirmation differs")
            << ok << name << sm << Password << QStringLiteral("something-else") << true << false
            << QStringList{"confirmation"};
        QTest::newRow("manager without scope")
            << ok << name << sm << Password << Password << false << false << QStringList{"scope"};
        QTest::newRow("supervisor with a store")
            << ok << name << QStringLiteral("floor_supervisor") << Password << Password << true
            << true << QStringList{"scope"};
        QTest::newRow("admin with a store") << ok << name << QStringLiteral("admin") << Password
                                            << Password << true << false << QStringList{"scope"};
        QTest::newRow("no role") << ok << name << QString() << Password << Password << true << false
                                 << QStringList{"role"};
        QTest::newRow("everything wrong")
            << QStringLiteral("X") << QString() << sm << QStringLiteral("x") << QString() << false
            << false << QStringList{"displayName", "login", "password", "scope"};
    }

    void clientSideChecksSendNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(bool, withStore);
        QFETCH(bool, withDarkStore);
        QFETCH(QStringList, fields);

        const int before = commandCount();
        QSignalSpy busy(m_controller.get(), &StaffController::busyChanged);
        QSignalSpy finished(m_controller.get(), &StaffController::commandFinished);
        QVERIFY(
            !m_controller->createAccount(login, name, role, password, confirmation,
                                         withStore ? QStringList{m_store} : QStringList{}, {},
                                         withDarkStore ? QStringList{m_darkStore} : QStringList{}));
        QCOMPARE(m_controller->fieldErrors().keys(), fields);
        for (const QString &f : fields)
            QVERIFY(!m_controller->fieldErrors().value(f).toString().isEmpty());
        // Nothing went to the database: no busy phase, no answer, no command recorded.
        QTest::qWait(50);
        QCOMPARE(busy.count(), 0);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(commandCount(), before);

        m_controller->clearFieldError(fields.first());
        QVERIFY(!m_controller->fieldErrors().contains(fields.first()));
        m_controller->clearMessages();
        QVERIFY(m_controller->fieldErrors().isEmpty());
    }

    void duplicateLoginIsRefusedByTheDatabase()
    {
        QSignalSpy finished(m_controller.get(), &StaffController::commandFinished);
        QVERIFY(m_controller->createAccount(m_manager, QStringLiteral("Another Priya"),
                                            QStringLiteral("store_manager"), Password, Password,
                                            {m_store}, {}, {}));
        QVERIFY(!finish(finished));
        QCOMPARE(m_controller->commandError(),
                 QStringLiteral("A database login named \"%1\" already exists on this server.\n"
                                "Choose another login name.")
                     .arg(m_manager));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("login")));
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(m_controller->totalCount(), 2);
    }

    void rescopeReplacesTheScope()
    {
        QSignalSpy finished(m_controller.get(), &StaffController::commandFinished);
        QVERIFY(m_controller->changeScope(m_manager, {}, {m_location}, {m_darkStore}));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(superScalar(QStringLiteral("SELECT string_agg(scope_type || '=' || "
                                            "coalesce(store_id, location_id, dark_store_id), ',' "
                                            "ORDER BY scope_type) FROM staff_scope WHERE "
                                            "login_role = $1"),
                             {m_manager}),
                 QStringLiteral("dark_store=%1,location=%2").arg(m_darkStore, m_location));
        QCOMPARE(m_controller->selectedLogin(), m_manager);
        QCOMPARE(m_controller->selected().value(QStringLiteral("scopeText")).toString(),
                 QStringLiteral("DS1, L1"));
        QCOMPARE(m_controller->selected().value(QStringLiteral("locationIds")).toStringList(),
                 QStringList{m_location});
    }

    void rescopeToNothingIsMarked()
    {
        const int before = commandCount();
        QVERIFY(!m_controller->changeScope(m_manager, {}, {}, {}));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("scope")));
        QCOMPARE(commandCount(), before);
        m_controller->clearMessages();
    }

    void resetPassword()
    {
        const QString fresh = QStringLiteral("new-password-42");
        QVERIFY(!m_controller->resetPassword(m_manager, fresh, QStringLiteral("typo")));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("confirmation")));

        QSignalSpy finished(m_controller.get(), &StaffController::commandFinished);
        QVERIFY(m_controller->resetPassword(m_manager, fresh, fresh));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QVERIFY(canSignIn(m_manager, fresh));
        QVERIFY(!canSignIn(m_manager, Password));
        // Put the first one back for the tests below.
        QVERIFY(m_controller->resetPassword(m_manager, Password, Password));
        QVERIFY(finish(finished));
    }

    void disableAndEnable()
    {
        QSignalSpy finished(m_controller.get(), &StaffController::commandFinished);
        QVERIFY(!m_controller->showDisabled());
        QVERIFY(m_controller->setActive(m_manager, false));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QVERIFY(!canSignIn(m_manager, Password));
        QCOMPARE(superScalar(QStringLiteral("SELECT is_active::text FROM staff WHERE login_role = "
                                            "$1"),
                             {m_manager}),
                 QStringLiteral("false"));
        QCOMPARE(m_controller->disabledCount(), 1);

        // Disabled accounts are hidden by default, but the one just changed stays selected.
        QCOMPARE(m_controller->selectedLogin(), m_manager);
        QVERIFY(m_controller->selectedRow() >= 0);
        QCOMPARE(m_controller->selected().value(QStringLiteral("active")).toBool(), false);
        m_controller->setFilterText(QStringLiteral("priya"));
        QCOMPARE(m_controller->count(), 0);
        QCOMPARE(m_controller->selectedRow(), -1);
        QVERIFY(m_controller->selected().isEmpty());
        m_controller->setShowDisabled(true);
        QCOMPARE(m_controller->count(), 1);
        QVERIFY(m_controller->selectedRow() == 0);

        QVERIFY(m_controller->setActive(m_manager, true));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QVERIFY(canSignIn(m_manager, Password));
        QCOMPARE(m_controller->disabledCount(), 0);
        m_controller->setFilterText({});
        m_controller->setShowDisabled(false);
        QCOMPARE(m_controller->count(), 2);
    }

    void cannotDisableYourself()
    {
        // Refused here, with the database's reason, before anything is sent.
        const int before = commandCount();
        m_controller->setSelectedLogin(m_admin);
        QCOMPARE(m_controller->selected().value(QStringLiteral("canDisable")).toBool(), false);
        QVERIFY(
            !m_controller->selected().value(QStringLiteral("disableReason")).toString().isEmpty());
        QVERIFY(!m_controller->setActive(m_admin, false));
        QVERIFY(m_controller->commandError().startsWith(
            QStringLiteral("You cannot disable your own account.")));
        QCOMPARE(commandCount(), before);

        // A controller that does not know who is signed in sends it; the database refuses
        // (SR004) and its message and hint are shown.
        StaffController unaware;
        unaware.setSource(m_executor.get(), catalogfixture::TenantA, QString());
        QTRY_VERIFY_WITH_TIMEOUT(unaware.loadedOnce(), 20000);
        QSignalSpy finished(&unaware, &StaffController::commandFinished);
        QVERIFY(unaware.setActive(m_admin, false));
        QVERIFY(!finish(finished));
        QCOMPARE(unaware.commandError(), QStringLiteral("You cannot disable your own account.\n"
                                                        "Ask another admin, or use \"stockroomd "
                                                        "staff disable\"."));
        QVERIFY(canSignIn(m_admin, TestDatabase::StaffPassword));
    }

    void filterByText()
    {
        m_controller->setFilterText(QStringLiteral("store man"));
        QCOMPARE(m_controller->count(), 1);
        QCOMPARE(m_controller->members()->index(0, 0).data(StaffListModel::LoginRole).toString(),
                 m_manager);
        m_controller->setFilterText(QStringLiteral("DS1"));
        QCOMPARE(m_controller->count(), 1);
        m_controller->setFilterText(QStringLiteral("nobody-at-all"));
        QCOMPARE(m_controller->count(), 0);
        m_controller->setFilterText({});
        QCOMPARE(m_controller->count(), 2);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_executor.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestStaffController)
#include "tst_staffcontroller.moc"
